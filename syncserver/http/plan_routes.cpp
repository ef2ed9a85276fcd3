// An organisation's improvement plan and its own results:
//   GET/PUT /api/v1/campaigns/{c}/orgs/{o}/plan   (admin, council: any organisation;
//                                                  organization: its own only)
//   GET     /api/v1/campaigns/{c}/orgs/{o}/results (the same roles; the organization role sees
//                                                  aggregated figures only, org_results_view.h)
// The plan document is nok-plan/1 both ways; a PUT replaces the plan in one transaction (under the
// server's write lock) and is an audit event in the user's name. Deciding is plan_service's; this
// file maps HTTP.
#include "http/http_errors.h"
#include "http/request_helpers.h"
#include "http/routes.h"
#include "service/campaign_catalog.h"
#include "service/org_results_view.h"
#include "service/plan_document.h"
#include "service/plan_service.h"
#include "service/user_service.h"

namespace nok::server::http {

namespace {

using nlohmann::json;

// A service error about a CLI option becomes one about the path.
Error planPathError(Error e) {
    if (e.field == "--campaign") e.field = "campaign";
    if (e.field == "--org") e.field = "org";
    return e;
}

// The signed-in user if it may see this organisation; otherwise the error is already sent.
std::optional<UserRecord> userFor(sqlite::Database& db, const httplib::Request& req,
                                  httplib::Response& res) {
    auto user = requireUser(db, req, {"admin", "council", "organization"});
    if (!user) {
        sendError(res, user.error());
        return std::nullopt;
    }
    if (auto s = requireOrgAccess(*user, req.matches[2]); !s) {
        sendError(res, s.error());
        return std::nullopt;
    }
    return *user;
}

void getPlan(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    if (!userFor(lease->db(), req, res)) return;
    auto plan = planOf(lease->db(), req.matches[1], req.matches[2]);
    if (!plan) return sendError(res, planPathError(plan.error()));
    res.status = 200;
    res.set_content(planJson(*plan).dump(), "application/json");
}

void putPlan(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto user = userFor(lease->db(), req, res);
    if (!user) return;
    auto body = parseJsonBody(req);
    if (!body) return sendError(res, body.error());
    const std::string campaign = req.matches[1], org = req.matches[2];
    // Unknown campaign or organisation in the path: 404 before the body is judged.
    if (auto known = planOf(lease->db(), campaign, org); !known)
        return sendError(res, planPathError(known.error()));
    for (auto [field, expected] : {std::pair{"campaign", campaign}, std::pair{"org", org}})
        if (!body->contains(field) || (*body)[field] != expected)
            return sendError(res, makeError("invalid_plan",
                                            "must be '" + expected + "', as in the URL", field));
    std::shared_ptr<const CachedResults> cached;
    const ScoredLookup lookup = [&](const std::string& id) -> Result<const ScoredCampaign*> {
        auto got = ctx.results.get(lease->db(), id);
        if (!got) return got.error();
        cached = *got;
        return &cached->scored();
    };
    std::lock_guard lock(ctx.writeLock);
    auto plan = importPlan(lease->db(), *body, lookup, user->name, unixNow());
    if (!plan) return sendError(res, planPathError(plan.error()));
    res.status = 200;
    res.set_content(planJson(*plan).dump(), "application/json");
}

void getResults(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto user = userFor(lease->db(), req, res);
    if (!user) return;
    auto cached = ctx.results.get(lease->db(), req.matches[1]);
    if (!cached) return sendError(res, planPathError(cached.error()));
    auto org = (*cached)->organization(req.matches[2]);
    if (!org)
        return sendError(res, makeError("unknown_org", "this campaign has no such organisation",
                                        "org"));
    auto suggestions = organizationSuggestions(lease->db(), req.matches[1], req.matches[2]);
    if (!suggestions) return sendError(res, suggestions.error());
    const json& ranking = (*cached)->ranking();
    sendJson(res, 200,
             {{"campaign", ranking["campaign"]},
              {"methodology", ranking["methodology"]},
              {"organization",
               organizationView(*org, *suggestions, user->role == "organization")}});
}

} // namespace

void registerPlanRoutes(httplib::Server& server, ServerContext& ctx) {
    const char* plan = R"(/api/v1/campaigns/([^/]+)/orgs/([^/]+)/plan)";
    server.Get(plan, [&ctx](const httplib::Request& q, httplib::Response& r) { getPlan(ctx, q, r); });
    server.Put(plan, [&ctx](const httplib::Request& q, httplib::Response& r) { putPlan(ctx, q, r); });
    server.Get(R"(/api/v1/campaigns/([^/]+)/orgs/([^/]+)/results)",
               [&ctx](const httplib::Request& q, httplib::Response& r) { getResults(ctx, q, r); });
}

} // namespace nok::server::http
