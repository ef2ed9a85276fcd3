// GET/POST /survey/{campaign}/{org} and its thank-you page. The POST is validated on the server
// whether or not JavaScript ran in the browser: rate limit, CSRF, campaign and organisation,
// the questionnaire's validator (skip logic included), the invitation code; on any error the
// form comes back with the answers kept and the error next to its question.
#include "nok/survey/answer_validator.h"
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

void showForm(WebState& s, const httplib::Request& req, httplib::Response& res) {
    auto t = resolve(s, req, res);
    if (!t) return;
    const bool invitation = s.ctx.requiresInvitation && s.ctx.requiresInvitation(t->campaign.id);
    SurveyForm f = formFor(*t, displayOf(req), csrfTokenFor(s, req, res), invitation);
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
    const bool invitationRequired =
        s.ctx.requiresInvitation && s.ctx.requiresInvitation(t->campaign.id);
    const nlohmann::json answers = answersFromForm(
        t->questionnaire, [&](const std::string& name) -> std::optional<std::string> {
            if (!req.has_param(name.c_str())) return std::nullopt;
            return req.get_param_value(name.c_str());
        });
    SurveyForm f = formFor(*t, d, param(req, "csrf"), invitationRequired);
    f.answers = answers;
    f.errors = localizeErrors(t->questionnaire, survey::validateAnswers(t->questionnaire, answers),
                              d.lang);
    const std::string code = param(req, "invitation");
    f.invitation = code;
    if (invitationRequired && code.find_first_not_of(" \t") == std::string::npos)
        f.errors["invitation"] =
            L(d, "Для этой анкеты нужен код приглашения. Введите код из приглашения.",
              "This survey needs an invitation code. Enter the code from your invitation.");
    if (f.errors.empty() && invitationRequired) {
        auto used = s.ctx.consumeInvitation
                        ? s.ctx.consumeInvitation(t->campaign.id, code)
                        : Status(makeError("unavailable", "no invitation store"));
        if (!used) {
            f.errors["invitation"] = L(d, "Код приглашения не найден или уже использован.",
                                       "The invitation code is unknown or was already used.");
            f.invitation.clear();
        }
    }
    if (!f.errors.empty()) {
        sendHtml(res, 400, renderSurveyPage(f));
        return;
    }
    auto stored =
        s.ctx.submitWebResponse
            ? s.ctx.submitWebResponse(WebAnswers{t->campaign.id, t->org.id, d.lang, answers})
            : Result<std::string>(makeError("unavailable", "no response store"));
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
