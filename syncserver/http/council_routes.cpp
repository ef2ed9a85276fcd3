// Council endpoints (role council or admin): the campaign list, a campaign's scored results as
// JSON, CSV or the printable HTML report, the regional summary, and respondents' suggestions.
// Scoring and rendering belong to the results service and report/ (through http/results_documents,
// shared with the web dashboard); the scored campaign comes from the server's ResultsCache, so it
// is computed once per change of the campaign's data. This file only maps HTTP.
#include "http/http_errors.h"
#include "http/request_helpers.h"
#include "http/results_documents.h"
#include "http/routes.h"
#include "service/campaign_catalog.h"
#include "service/results_service.h"

namespace nok::server::http {

namespace {

using nlohmann::json;
using Handler = void (*)(ServerContext&, sqlite::Database&, const httplib::Request&,
                         httplib::Response&);

// The campaign id from the path; a service error about --campaign becomes one about the path.
// A bad ?compare= is the query's fault, not a missing resource: 400 naming the parameter.
Error forPath(Error e) {
    if (e.field == "--campaign") e.field = "id";
    if (e.field == "--compare") {
        e.field = "compare";
        e.code = "invalid_request";
    }
    return e;
}

// ?compare=C1 compares with C1, ?compare= (empty) with nothing; absent: the campaign's own
// predecessor, if it names one.
std::optional<std::string> compareParam(const httplib::Request& req) {
    if (!req.has_param("compare")) return std::nullopt;
    return req.get_param_value("compare");
}

void campaigns(ServerContext&, sqlite::Database& db, const httplib::Request&,
               httplib::Response& res) {
    auto list = campaignCatalog(db);
    if (!list) return sendError(res, list.error());
    json out = json::array();
    for (const auto& c : *list)
        out.push_back({{"id", c.id},
                       {"title", c.title},
                       {"region", c.region},
                       {"year", c.year},
                       {"methodology", c.methodology},
                       {"organizations", c.organizations},
                       {"responses", c.responses}});
    sendJson(res, 200, {{"campaigns", out}});
}

void results(ServerContext& ctx, sqlite::Database& db, const httplib::Request& req,
             httplib::Response& res) {
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
    if (format != "json" && format != "csv" && format != "html")
        return sendError(res, makeError("invalid_request", "must be json, csv or html", "format"));
    auto dialect = report::parseCsvDialect(req.has_param("dialect") ? req.get_param_value("dialect")
                                                                    : "standard");
    if (!dialect)
        return sendError(res,
                         makeError("invalid_request", "must be standard or excel-ru", "dialect"));
    const std::string campaign = req.matches[1];
    auto cached = ctx.results.get(db, campaign, compareParam(req));
    if (!cached) return sendError(res, forPath(cached.error()));
    res.status = 200;
    if (format == "json") {
        // The cache's text itself, shared with the entry rather than copied per request.
        const std::shared_ptr<const CachedResults> entry = *cached;
        return web::sendShared(res, "application/json",
                               std::shared_ptr<const std::string>(entry, &entry->fullJson()));
    }
    if (format == "csv") {
        res.set_header("Content-Disposition",
                       "attachment; filename=\"" + campaign + "-results.csv\"");
        res.set_content(campaignResultsCsv((*cached)->reportTree(), *dialect),
                        "text/csv; charset=utf-8");
    } else {
        // Written while it is sent, one organisation at a time (web/streamed_document.h).
        auto html = campaignResultsHtml(ctx, db, *cached);
        if (!html) return sendError(res, forPath(html.error()));
        web::sendStreamed(res, "text/html; charset=utf-8", std::move(*html));
    }
}

void summary(ServerContext& ctx, sqlite::Database& db, const httplib::Request& req,
             httplib::Response& res) {
    auto cached = ctx.results.get(db, req.matches[1]);
    if (!cached) return sendError(res, forPath(cached.error()));
    const json& body = (*cached)->ranking();
    sendJson(res, 200,
             {{"campaign", body["campaign"]},
              {"methodology", body["methodology"]},
              {"region", body["region"]},
              {"categories", body["categories"]}});
}

void suggestions(ServerContext& ctx, sqlite::Database& db, const httplib::Request& req,
                 httplib::Response& res) {
    const ResultsRequest request{.campaign = req.matches[1]};
    auto cached = ctx.results.get(db, request.campaign);
    if (!cached) return sendError(res, forPath(cached.error()));
    auto context = reportContext(db, request);
    if (!context) return sendError(res, forPath(context.error()));
    json orgs = json::array();
    for (const auto& org : (*cached)->ranking()["organizations"]) {
        const std::string id = org["id"];
        auto it = context->suggestions.find(id);
        orgs.push_back(
            {{"id", id},
             {"name", org["name"]},
             {"suggestions", it == context->suggestions.end() ? json::array() : json(it->second)}});
    }
    sendJson(res, 200, {{"campaign", request.campaign}, {"organizations", orgs}});
}

void guarded(ServerContext& ctx, Handler handler, const httplib::Request& req,
             httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    if (auto user = requireUser(lease->db(), req, {"council", "admin"}); !user)
        return sendError(res, user.error());
    handler(ctx, lease->db(), req, res);
}

} // namespace

void registerCouncilRoutes(httplib::Server& server, ServerContext& ctx) {
    const std::pair<const char*, Handler> routes[] = {
        {"/api/v1/campaigns", campaigns},
        {R"(/api/v1/campaigns/([^/]+)/results)", results},
        {R"(/api/v1/campaigns/([^/]+)/summary)", summary},
        {R"(/api/v1/campaigns/([^/]+)/suggestions)", suggestions},
    };
    for (const auto& [pattern, handler] : routes)
        server.Get(pattern,
                   [&ctx, handler = handler](const httplib::Request& q, httplib::Response& r) {
                       guarded(ctx, handler, q, r);
                   });
}

} // namespace nok::server::http
