// GET/POST /survey/{campaign}/{org} and its thank-you page. The POST is validated on the server
// whether or not JavaScript ran in the browser: rate limit, CSRF, campaign and organisation,
// the questionnaire's validator (skip logic included), the invitation code; on any error the
// form comes back with the answers kept and the error next to its question. An organisation
// that issued invitation codes first asks for a code (web/invitation_page, or `?code=` in the
// link); it is checked without being spent, and spent only when the answers are stored. Wrong
// codes are counted per address (WebState::invitationLimiter).
#include "nok/survey/answer_validator.h"
#include "web/invitation_page.h"
#include "web/survey_form.h"
#include "web/survey_page.h"
#include "web/web_routes_internal.h"

#include <algorithm>

namespace nok::web::detail {

namespace {

const char* L(const Display& d, const char* ru, const char* en) {
    return d.lang == "en" ? en : ru;
}

struct Target {
    CampaignInfo campaign;
    OrgSummary org;
    survey::Questionnaire questionnaire;
};

// The campaign, organisation and questionnaire of a request, or an error page already sent.
std::optional<Target> resolve(WebState& s, const httplib::Request& req, httplib::Response& res) {
    const Display d = displayOf(req);
    if (!s.ctx.campaignInfo) {
        sendHtml(res, 503,
                 renderMessagePage(
                     d, L(d, "Анкета недоступна", "Survey unavailable"),
                     L(d, "Сервер настроен без анкет.", "The server is set up without surveys.")));
        return std::nullopt;
    }
    auto info = s.ctx.campaignInfo(req.matches[1]);
    const std::string orgId = req.matches[2];
    const OrgSummary* org = nullptr;
    if (info && *info) {
        const auto& orgs = (*info)->organizations;
        auto it = std::find_if(orgs.begin(), orgs.end(),
                               [&](const OrgSummary& o) { return o.id == orgId; });
        if (it != orgs.end()) org = &*it;
    }
    if (!org) {
        sendHtml(
            res, info ? 404 : 500,
            renderMessagePage(
                d, L(d, "Анкета не найдена", "Survey not found"),
                L(d,
                  "Проверьте ссылку: такой анкеты нет. Ссылку Вам мог дать сотрудник организации.",
                  "Please check the link: there is no such survey.")));
        return std::nullopt;
    }
    auto q = survey::builtinQuestionnaire((*info)->questionnaire);
    if (!q) {
        sendHtml(res, 500,
                 renderMessagePage(d, L(d, "Анкета недоступна", "Survey unavailable"),
                                   q.error().describe()));
        return std::nullopt;
    }
    return Target{**info, *org, std::move(*q)};
}

SurveyForm formFor(const Target& t, const Display& d, const std::string& csrf,
                   bool invitationRequired) {
    SurveyForm f;
    f.display = d;
    f.campaignId = t.campaign.id;
    f.campaignTitle = t.campaign.title;
    f.orgId = t.org.id;
    f.orgName = t.org.name;
    f.questionnaire = &t.questionnaire;
    f.csrfToken = csrf;
    f.invitationRequired = invitationRequired;
    return f;
}

// Whether the organisation's form needs an invitation code; nullopt when that cannot be told
// (a 503 page is then sent: a form that needs a code is never opened without one by mistake).
std::optional<bool> invitationNeeded(WebState& s, const Target& t, const Display& d,
                                     httplib::Response& res) {
    if (!s.ctx.requiresInvitation) return false;
    auto required = s.ctx.requiresInvitation(t.campaign.id, t.org.id);
    if (required) return *required;
    sendHtml(res, 503,
             renderMessagePage(d, L(d, "Анкета недоступна", "Survey unavailable"),
                               L(d, "Сервер не смог проверить приглашения. Попробуйте позже.",
                                 "The server could not check invitations. Please try later.")));
    return std::nullopt;
}

// 400 for a missing or mistyped code, 403 for a code that exists but may not be used here.
int invitationStatus(const std::string& code) {
    return code == "invitation_required" || code == "invitation_malformed" ? 400 : 403;
}

bool isInvitationError(const Error& e) {
    return e.code.rfind("invitation_", 0) == 0;
}

void sendTooManyCodes(WebState& s, const Display& d, httplib::Response& res) {
    res.set_header("Retry-After", std::to_string(s.ctx.options.invitationWindowSeconds));
    sendHtml(res, 429,
             renderMessagePage(d, L(d, "Слишком много неверных кодов", "Too many wrong codes"),
                               invitationErrorText(d, "invitation_rate_limited")));
}

void showForm(WebState& s, const httplib::Request& req, httplib::Response& res) {
    auto t = resolve(s, req, res);
    if (!t) return;
    const Display d = displayOf(req);
    auto needed = invitationNeeded(s, *t, d, res);
    if (!needed) return;
    SurveyForm f = formFor(*t, d, csrfTokenFor(s, req, res), *needed);
    if (*needed) {
        InvitationGate gate{d, t->campaign.id, t->campaign.title, t->org.id, t->org.name,
                            param(req, "code"), {}};
        if (gate.code.empty()) return sendHtml(res, 200, renderInvitationPage(gate));
        // The code is only checked here; it is spent when the answers are stored.
        if (!s.invitationLimiter.available(req.remote_addr)) return sendTooManyCodes(s, d, res);
        auto checked = s.ctx.checkInvitation
                           ? s.ctx.checkInvitation(t->campaign.id, t->org.id, gate.code)
                           : Status(makeError("unavailable", "no invitation store"));
        if (!checked) {
            if (!isInvitationError(checked.error()))
                return sendHtml(res, 503,
                                renderMessagePage(d, L(d, "Анкета недоступна", "Survey unavailable"),
                                                  checked.error().describe()));
            (void)s.invitationLimiter.take(req.remote_addr);
            gate.error = invitationErrorText(d, checked.error().code);
            return sendHtml(res, invitationStatus(checked.error().code),
                            renderInvitationPage(gate));
        }
        f.invitation = gate.code;
    }
    sendHtml(res, 200, renderSurveyPage(f));
}

void submitForm(WebState& s, const httplib::Request& req, httplib::Response& res) {
    const Display d = displayOf(req);
    // The address is used for this window's count only and is never passed on with the answers.
    if (!s.surveyLimiter.allow(req.remote_addr, s.now())) {
        res.set_header("Retry-After", std::to_string(s.ctx.options.rateLimitWindowSeconds));
        sendHtml(res, 429,
                 renderMessagePage(
                     d, L(d, "Слишком много отправок", "Too many submissions"),
                     L(d, "С этого адреса недавно отправили много анкет. Попробуйте позже.",
                       "Many forms were sent from this address recently. Please try later.")));
        return;
    }
    if (!csrfValid(s, req)) {
        const std::string back = surveyFormAction(req.matches[1], req.matches[2]) + displayQuery(d);
        sendHtml(
            res, 403,
            renderMessagePage(
                d, L(d, "Форма устарела", "The form has expired"),
                L(d, "Ответы не сохранены: форма была открыта слишком давно или в другом окне.",
                  "Your answers were not saved: the form was opened too long ago or in another "
                  "window."),
                back, L(d, "Открыть анкету заново", "Open the survey again")));
        return;
    }
    auto t = resolve(s, req, res);
    if (!t) return;
    auto needed = invitationNeeded(s, *t, d, res);
    if (!needed) return;
    const nlohmann::json answers = answersFromForm(
        t->questionnaire, [&](const std::string& name) -> std::optional<std::string> {
            if (!req.has_param(name.c_str())) return std::nullopt;
            return req.get_param_value(name.c_str());
        });
    SurveyForm f = formFor(*t, d, param(req, "csrf"), *needed);
    f.answers = answers;
    f.errors = localizeErrors(t->questionnaire, survey::validateAnswers(t->questionnaire, answers),
                              d.lang);
    f.invitation = *needed ? param(req, "invitation") : std::string();
    int status = 400;
    if (*needed) {
        if (!s.invitationLimiter.available(req.remote_addr)) return sendTooManyCodes(s, d, res);
        // Checked here too, so a form with wrong answers also shows a wrong code at once.
        auto checked = s.ctx.checkInvitation
                           ? s.ctx.checkInvitation(t->campaign.id, t->org.id, f.invitation)
                           : Status(makeError("unavailable", "no invitation store"));
        if (!checked && !isInvitationError(checked.error())) {
            sendHtml(res, 503,
                     renderMessagePage(d, L(d, "Ответы не сохранены", "Answers not saved"),
                                       L(d, "Сервер не смог проверить код приглашения. "
                                            "Вернитесь назад и отправьте анкету ещё раз.",
                                         "The server could not check the invitation code. Go "
                                         "back and send the form again.")));
            return;
        }
        if (!checked) {
            if (checked.error().code != "invitation_required")
                (void)s.invitationLimiter.take(req.remote_addr);
            status = invitationStatus(checked.error().code);
            f.errors["invitation"] = invitationErrorText(d, checked.error().code);
        }
    }
    if (!f.errors.empty()) {
        sendHtml(res, f.errors.count("invitation") ? status : 400, renderSurveyPage(f));
        return;
    }
    auto stored = s.ctx.submitWebResponse
                      ? s.ctx.submitWebResponse(
                            WebAnswers{t->campaign.id, t->org.id, d.lang, answers, f.invitation})
                      : Result<std::string>(makeError("unavailable", "no response store"));
    if (!stored && isInvitationError(stored.error())) {
        // Spent by another submission between the check and now: nothing was stored.
        f.errors["invitation"] = invitationErrorText(d, stored.error().code);
        sendHtml(res, invitationStatus(stored.error().code), renderSurveyPage(f));
        return;
    }
    if (!stored) {
        sendHtml(
            res, 503,
            renderMessagePage(
                d, L(d, "Ответы не сохранены", "Answers not saved"),
                L(d, "Сервер не смог сохранить ответы. Вернитесь назад и отправьте анкету ещё раз.",
                  "The server could not save the answers. Go back and send the form again.")));
        return;
    }
    redirect(res, surveyFormAction(t->campaign.id, t->org.id) + "/thanks" + displayQuery(d));
}

} // namespace

void registerSurveyRoutes(httplib::Server& server, const std::shared_ptr<WebState>& state) {
    server.Get(R"(/survey/([^/]+)/([^/]+))",
               [state](const httplib::Request& req, httplib::Response& res) {
                   showForm(*state, req, res);
               });
    server.Post(R"(/survey/([^/]+)/([^/]+))",
                [state](const httplib::Request& req, httplib::Response& res) {
                    submitForm(*state, req, res);
                });
    server.Get(R"(/survey/([^/]+)/([^/]+)/thanks)", [state](const httplib::Request& req,
                                                            httplib::Response& res) {
        auto t = resolve(*state, req, res);
        if (!t) return;
        sendHtml(res, 200, renderThanksPage(displayOf(req), t->campaign.title, t->org.name));
    });
}

} // namespace nok::web::detail
