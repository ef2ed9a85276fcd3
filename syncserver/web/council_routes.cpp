// /council: sign-in with a council token, sessions in memory (HttpOnly, SameSite=Strict cookie,
// Secure on TLS, fixed expiry), campaigns, rankings, organisation pages and downloads. Every
// page needs a session; without one the browser is sent to the sign-in page.
#include "nok/crypto/crypto.h"
#include "web/council_pages.h"
#include "web/streamed_document.h"
#include "web/web_routes_internal.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

namespace nok::web::detail {

namespace {

std::optional<CouncilUser> sessionUser(WebState& s, const httplib::Request& req) {
    auto id = cookieValue(req, kSessionCookie);
    if (!id) return std::nullopt;
    return s.sessions.find(*id, s.now());
}

// Runs `page` with the signed-in user, or redirects to the sign-in page.
template <typename F> auto withSession(const std::shared_ptr<WebState>& state, F page) {
    return [state, page](const httplib::Request& req, httplib::Response& res) {
        auto user = sessionUser(*state, req);
        if (!user) {
            redirect(res, "/council");
            return;
        }
        CouncilFrame frame{user->name, csrfTokenFor(*state, req, res)};
        page(*state, frame, req, res);
    };
}

bool mayUseDashboard(const CouncilUser& u) {
    return u.role == "council" || u.role == "admin";
}

void signIn(WebState& s, const httplib::Request& req, httplib::Response& res) {
    const auto fail = [&](int status, const std::string& message) {
        sendHtml(res, status, renderSignInPage(csrfTokenFor(s, req, res), message));
    };
    if (!s.loginLimiter.allow(req.remote_addr, s.now()))
        return fail(429, "Слишком много попыток входа с этого адреса. Попробуйте позже.");
    if (!csrfValid(s, req)) return fail(403, "Форма входа устарела. Введите токен ещё раз.");
    const std::string token = param(req, "token");
    if (token.empty()) return fail(400, "Введите токен доступа.");
    if (!s.ctx.authenticateCouncilToken) return fail(503, "Вход не настроен на этом сервере.");
    auto user = s.ctx.authenticateCouncilToken(token);
    if (!user) return fail(401, "Токен не подошёл. Проверьте его и попробуйте ещё раз.");
    if (!mayUseDashboard(*user))
        return fail(403,
                    "Этот токен не даёт доступа к панели совета (нужна роль council или admin).");
    const std::string id = s.sessions.create(*user, s.now());
    res.set_header("Set-Cookie", cookie(s, kSessionCookie, id, "/council", s.sessions.ttl()));
    redirect(res, "/council");
}

void signOut(WebState& s, const httplib::Request& req, httplib::Response& res) {
    if (csrfValid(s, req))
        if (auto id = cookieValue(req, kSessionCookie)) s.sessions.remove(*id);
    res.set_header("Set-Cookie", cookie(s, kSessionCookie, "", "/council", 0));
    redirect(res, "/council");
}

// The campaign named in the URL, or an error page already sent.
std::optional<CampaignInfo> campaignOf(WebState& s, const CouncilFrame& frame,
                                       const httplib::Request& req, httplib::Response& res) {
    auto info =
        s.ctx.campaignInfo
            ? s.ctx.campaignInfo(req.matches[1])
            : Result<std::optional<CampaignInfo>>(makeError("unavailable", "not configured"));
    if (!info) {
        sendHtml(res, 500, renderCouncilMessage(frame, "Ошибка сервера", info.error().describe()));
        return std::nullopt;
    }
    if (!*info) {
        sendHtml(res, 404,
                 renderCouncilMessage(frame, "Кампания не найдена",
                                      "Нет кампании с таким идентификатором."));
        return std::nullopt;
    }
    return **info;
}

std::optional<nlohmann::json> resultsOf(WebState& s, const CouncilFrame& frame,
                                        const std::string& campaign, httplib::Response& res) {
    auto r = s.ctx.resultsJson
                 ? s.ctx.resultsJson(campaign)
                 : Result<nlohmann::json>(makeError("unavailable", "results are not configured"));
    if (!r) {
        sendHtml(res, 503,
                 renderCouncilMessage(frame, "Результаты недоступны", r.error().describe()));
        return std::nullopt;
    }
    return *r;
}

// The campaign page's results: the shared ranking view when the server provides one, else the
// whole results JSON.
std::shared_ptr<const nlohmann::json> rankingOf(WebState& s, const CouncilFrame& frame,
                                                const std::string& campaign,
                                                httplib::Response& res) {
    if (!s.ctx.rankingJson) {
        auto full = resultsOf(s, frame, campaign, res);
        if (!full) return nullptr;
        return std::make_shared<const nlohmann::json>(std::move(*full));
    }
    auto r = s.ctx.rankingJson(campaign);
    if (!r) {
        sendHtml(res, 503,
                 renderCouncilMessage(frame, "Результаты недоступны", r.error().describe()));
        return nullptr;
    }
    return *r;
}

// One organisation's results object: nullopt with a page already sent (an error, or 404).
std::optional<nlohmann::json> organizationOf(WebState& s, const CouncilFrame& frame,
                                             const nlohmann::json& results,
                                             const std::string& campaign, const std::string& org,
                                             httplib::Response& res) {
    std::optional<nlohmann::json> found;
    if (s.ctx.organizationResult) {
        auto r = s.ctx.organizationResult(campaign, org);
        if (!r) {
            sendHtml(res, 503,
                     renderCouncilMessage(frame, "Результаты недоступны", r.error().describe()));
            return std::nullopt;
        }
        found = std::move(*r);
    } else {
        for (const auto& o : results.value("organizations", nlohmann::json::array()))
            if (textAt(o, "id") == org) found = o;
    }
    if (!found)
        sendHtml(res, 404,
                 renderCouncilMessage(frame, "Организация не найдена",
                                      "В этой кампании нет такой организации."));
    return found;
}

// The dashboard's home: the campaign list when signed in, the sign-in page otherwise.
void dashboardHome(WebState& s, const httplib::Request& req, httplib::Response& res) {
    auto user = sessionUser(s, req);
    if (!user) return sendHtml(res, 200, renderSignInPage(csrfTokenFor(s, req, res), {}));
    CouncilFrame frame{user->name, csrfTokenFor(s, req, res)};
    auto list = s.ctx.listCampaigns
                    ? s.ctx.listCampaigns()
                    : Result<std::vector<CampaignInfo>>(std::vector<CampaignInfo>{});
    if (!list)
        return sendHtml(res, 500,
                        renderCouncilMessage(frame, "Ошибка сервера", list.error().describe()));
    sendHtml(res, 200, renderCampaignListPage(frame, *list));
}

struct CampaignRanking {
    CampaignInfo campaign;
    std::shared_ptr<const nlohmann::json> results;
};

// The campaign named in the URL with its ranking view; nullopt with an error page already sent.
std::optional<CampaignRanking> campaignAndRanking(WebState& s, const CouncilFrame& frame,
                                                  const httplib::Request& req,
                                                  httplib::Response& res) {
    auto c = campaignOf(s, frame, req, res);
    if (!c) return std::nullopt;
    auto results = rankingOf(s, frame, c->id, res);
    if (!results) return std::nullopt;
    return CampaignRanking{std::move(*c), std::move(results)};
}

void campaignPage(WebState& s, const CouncilFrame& frame, const httplib::Request& req,
                  httplib::Response& res) {
    auto found = campaignAndRanking(s, frame, req, res);
    if (!found) return;
    const auto& [c, results] = *found;
    const auto order =
        parseSortOrder(param(req, "sort"), param(req, "dir"), criterionIds(*results));
    nlohmann::json progress = nullptr; // no section when the server wires no plans
    if (s.ctx.planProgress)
        if (auto p = s.ctx.planProgress(c.id)) progress = std::move(*p);
    std::string page = renderCampaignPage(frame, c, *results, order,
                                          Labels::forResults(*results, c.questionnaire), progress);
    if (s.ctx.proposals) {
        auto text = s.ctx.proposals(c.id);
        const std::string form =
            proposalsForm(frame, c.id, text ? *text : std::string(), param(req, "saved") == "1");
        // Before the page's closing main, after the rankings, charts and plans.
        if (auto at = page.rfind("</main>"); at != std::string::npos) page.insert(at, form);
    }
    sendHtml(res, 200, page);
}

// The council's proposals (printed in the report): a CSRF-protected form, as sign-in.
void submitProposals(WebState& s, const CouncilFrame& frame, const httplib::Request& req,
                     httplib::Response& res) {
    auto c = campaignOf(s, frame, req, res);
    if (!c) return;
    if (!csrfValid(s, req))
        return sendHtml(res, 403,
                        renderCouncilMessage(frame, "Форма устарела",
                                             "Откройте страницу кампании ещё раз и повторите."));
    if (!s.ctx.saveProposals)
        return sendHtml(res, 503,
                        renderCouncilMessage(frame, "Недоступно", "Сохранение не настроено."));
    if (auto st = s.ctx.saveProposals(c->id, param(req, "text"), frame.userName); !st)
        return sendHtml(
            res, 400, renderCouncilMessage(frame, "Предложения не сохранены", st.error().message));
    redirect(res, campaignPath(c->id) + "?saved=1#proposals");
}

void organizationPage(WebState& s, const CouncilFrame& frame, const httplib::Request& req,
                      httplib::Response& res) {
    auto found = campaignAndRanking(s, frame, req, res);
    if (!found) return;
    const auto& [c, results] = *found;
    const std::string orgId = req.matches[2];
    auto org = organizationOf(s, frame, *results, c.id, orgId, res);
    if (!org) return;
    nlohmann::json extras = nlohmann::json::object();
    if (s.ctx.organizationExtras)
        if (auto e = s.ctx.organizationExtras(c.id, orgId)) extras = *e;
    // The council's decision is shown on every page of the campaign.
    extras["approval"] = results->value("approval", nlohmann::json());
    sendHtml(res, 200,
             renderOrganizationPage(frame, c, *org, extras,
                                    Labels::forResults(*results, c.questionnaire)));
}

// The Russian Excel dialect by default (semicolons, decimal comma, Russian headers);
// ?dialect=standard gives the table of `nok-server results --format csv`.
void resultsCsvDownload(WebState& s, const CouncilFrame& frame, const httplib::Request& req,
                        httplib::Response& res) {
    const std::string id = req.matches[1];
    const std::string dialect = param(req, "dialect");
    if (!dialect.empty() && dialect != "excel-ru" && dialect != "standard")
        return sendHtml(res, 400,
                        renderCouncilMessage(frame, "Неизвестный формат таблицы",
                                             "Параметр dialect может быть excel-ru (для Excel) "
                                             "или standard."));
    const bool excelRu = dialect != "standard";
    download(res,
             s.ctx.resultsCsv
                 ? s.ctx.resultsCsv(id, excelRu)
                 : Result<std::string>(makeError("unavailable", "CSV is not configured")),
             "text/csv; charset=utf-8", excelRu ? "results-excel.csv" : "results.csv");
}

void resultsJsonDownload(WebState& s, const CouncilFrame&, const httplib::Request& req,
                         httplib::Response& res) {
    if (s.ctx.resultsJsonDocument)
        return download(res, s.ctx.resultsJsonDocument(req.matches[1]), "application/json",
                        "results.json");
    auto r = s.ctx.resultsJson
                 ? s.ctx.resultsJson(req.matches[1])
                 : Result<nlohmann::json>(makeError("unavailable", "results are not configured"));
    download(res, r ? Result<std::string>(r->dump(2)) : Result<std::string>(r.error()),
             "application/json", "results.json");
}

// Evidence photos for the organisation pages. The hash in the path is the only input and must be
// 64 lowercase hex; the bytes were checked to be JPEG or PNG when they were uploaded.
void evidencePhoto(WebState& s, const CouncilFrame& frame, const httplib::Request& req,
                   httplib::Response& res) {
    const std::string sha = req.matches[1];
    if (!crypto::isSha256Hex(sha))
        return sendHtml(res, 400,
                        renderCouncilMessage(frame, "Неверная ссылка на фото",
                                             "Ссылка должна содержать SHA-256 файла: 64 строчные "
                                             "шестнадцатеричные цифры."));
    auto image = s.ctx.evidenceImage ? s.ctx.evidenceImage(sha)
                                     : Result<std::optional<EvidenceImage>>(
                                           makeError("unavailable", "evidence is not configured"));
    if (!image)
        return sendHtml(res, 503,
                        renderCouncilMessage(frame, "Фото недоступно", image.error().describe()));
    if (!*image)
        return sendHtml(res, 404,
                        renderCouncilMessage(frame, "Фото не найдено",
                                             "Такого файла на сервере нет: планшет мог ещё не "
                                             "отправить его."));
    setSecurityHeaders(res);
    res.set_header("Cache-Control", "private, max-age=86400"); // content-addressed
    res.set_content((*image)->bytes, (*image)->mediaType);
}

void reportDownload(WebState& s, const CouncilFrame&, const httplib::Request& req,
                    httplib::Response& res) {
    const std::string id = req.matches[1];
    download(res,
             s.ctx.resultsHtml
                 ? s.ctx.resultsHtml(id)
                 : Result<DocumentWriter>(makeError("unavailable", "report is not configured")),
             "text/html; charset=utf-8", "report.html");
}

enum class Method { Get, Post };
using Open = void (*)(WebState&, const httplib::Request&, httplib::Response&);
using Page = void (*)(WebState&, const CouncilFrame&, const httplib::Request&, httplib::Response&);

} // namespace

void registerCouncilRoutes(httplib::Server& server, const std::shared_ptr<WebState>& state) {
    // Reachable without a session: the home page (sign-in or the list), signing in and out.
    const std::tuple<Method, const char*, Open> open[] = {
        {Method::Get, "/council", dashboardHome},
        {Method::Post, "/council/login", signIn},
        {Method::Post, "/council/logout", signOut},
    };
    // Every other page needs a session (withSession sends the browser to sign in).
    const std::tuple<Method, const char*, Page> pages[] = {
        {Method::Get, R"(/council/c/([^/]+))", campaignPage},
        {Method::Post, R"(/council/c/([^/]+)/proposals)", submitProposals},
        {Method::Get, R"(/council/c/([^/]+)/org/([^/]+))", organizationPage},
        {Method::Get, R"(/council/c/([^/]+)/results\.csv)", resultsCsvDownload},
        {Method::Get, R"(/council/c/([^/]+)/results\.json)", resultsJsonDownload},
        {Method::Get, R"(/council/evidence/([^/]+))", evidencePhoto},
        {Method::Get, R"(/council/c/([^/]+)/report\.html)", reportDownload},
    };
    const auto add = [&server](Method method, const char* pattern,
                               httplib::Server::Handler handler) {
        method == Method::Post ? server.Post(pattern, std::move(handler))
                               : server.Get(pattern, std::move(handler));
    };
    for (const auto& [method, pattern, handler] : open)
        add(method, pattern,
            [state, handler = handler](const httplib::Request& q, httplib::Response& r) {
                handler(*state, q, r);
            });
    for (const auto& [method, pattern, page] : pages)
        add(method, pattern, withSession(state, page));
}

} // namespace nok::web::detail
