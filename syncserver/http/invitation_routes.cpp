// Invitation endpoints (role admin or operator):
//   POST /api/v1/campaigns/{id}/orgs/{org}/invitations  {"count": N, "base_url"?: URL}
//        → 201 {"batch", "campaign", "org", "created_day", "survey_url", "codes": [...]}, or with
//        ?format=html the printable A4 sheet of the same new codes (the only time they exist in
//        plain text: the database keeps hashes, so a sheet cannot be fetched later);
//   GET  /api/v1/campaigns/{id}/invitations[?org=ID] → issued/used/unused per org and batch.
#include "http/http_errors.h"
#include "http/request_helpers.h"
#include "http/routes.h"
#include "report/invitation_sheet.h"
#include "service/invitation_service.h"

#include <mutex>

namespace nok::server::http {

namespace {

using nlohmann::json;

// Request errors with the HTTP status that belongs to them (the service speaks CLI words).
void sendServiceError(httplib::Response& res, Error e) {
    if (e.code == "invalid_argument") e.code = "invalid_request";
    if (e.code == "unknown_org") return sendError(res, 404, e);
    sendError(res, e);
}

Result<int> countOf(const json& body) {
    auto it = body.find("count");
    if (it == body.end()) return makeError("invalid_request", "is required", "count");
    if (!it->is_number_integer() || it->get<long long>() < 1 ||
        it->get<long long>() > kMaxInvitationsPerBatch)
        return makeError("invalid_request",
                         "must be an integer from 1 to " + std::to_string(kMaxInvitationsPerBatch),
                         "count");
    return static_cast<int>(it->get<long long>());
}

// The address printed on the sheet: "base_url" from the body, or this server as the client
// reached it (the Host header), checked like the CLI's --base-url.
Result<std::string> baseUrlOf(const ServerContext& ctx, const httplib::Request& req,
                              const json& body) {
    if (auto it = body.find("base_url"); it != body.end()) {
        if (!it->is_string()) return makeError("invalid_request", "must be a string", "base_url");
        const std::string url = it->get<std::string>();
        if (auto s = checkBaseUrl(url, "base_url"); !s)
            return makeError("invalid_request", s.error().message, "base_url");
        return url;
    }
    const std::string url = std::string(ctx.options.tlsCert.empty() ? "http" : "https") + "://" +
                            req.get_header_value("Host");
    if (auto s = checkBaseUrl(url, "base_url"); !s)
        return makeError("invalid_request",
                         "the Host header cannot form the survey address; give base_url",
                         "base_url");
    return url;
}

void create(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto user = requireUser(lease->db(), req, {"admin", "operator"});
    if (!user) return sendError(res, user.error());
    const bool html = req.has_param("format") && req.get_param_value("format") == "html";
    if (req.has_param("format") && !html && req.get_param_value("format") != "json")
        return sendError(res, makeError("invalid_request", "must be json or html", "format"));
    auto body = parseJsonBody(req);
    if (!body) return sendError(res, body.error());
    auto count = countOf(*body);
    if (!count) return sendError(res, count.error());
    auto base = baseUrlOf(ctx, req, *body);
    if (!base) return sendError(res, base.error());

    std::unique_lock lock(ctx.writeLock);
    auto issued = issueInvitations(lease->db(), req.matches[1], req.matches[2], *count,
                                   user->name, unixNow());
    lock.unlock();
    if (!issued) return sendServiceError(res, issued.error());
    const std::string url = report::surveyAddress(*base, issued->campaign, issued->org);
    res.set_header("Cache-Control", "no-store"); // the codes are shown this once
    if (html) {
        report::InvitationSheet sheet{issued->campaignTitle, issued->orgName, issued->batch,
                                      issued->createdDay, url, issued->codes};
        res.status = 201;
        res.set_header("X-Nok-Batch", issued->batch);
        res.set_content(report::renderInvitationSheet(sheet), "text/html; charset=utf-8");
        return;
    }
    sendJson(res, 201,
             {{"batch", issued->batch},
              {"campaign", issued->campaign},
              {"org", issued->org},
              {"created_day", issued->createdDay},
              {"survey_url", url},
              {"codes", issued->codes}});
}

void list(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    if (auto user = requireUser(lease->db(), req, {"admin", "operator"}); !user)
        return sendError(res, user.error());
    std::optional<std::string> org;
    if (req.has_param("org")) org = req.get_param_value("org");
    auto counts = invitationCounts(lease->db(), req.matches[1], org);
    if (!counts) return sendServiceError(res, counts.error());
    json batches = json::array();
    for (const auto& c : *counts)
        batches.push_back({{"org", c.org},
                           {"batch", c.batch},
                           {"created_day", c.createdDay},
                           {"issued", c.issued},
                           {"used", c.used},
                           {"unused", c.issued - c.used}});
    sendJson(res, 200, {{"campaign", std::string(req.matches[1])}, {"batches", batches}});
}

} // namespace

void registerInvitationRoutes(httplib::Server& server, ServerContext& ctx) {
    server.Post(R"(/api/v1/campaigns/([^/]+)/orgs/([^/]+)/invitations)",
                [&ctx](const httplib::Request& q, httplib::Response& r) { create(ctx, q, r); });
    server.Get(R"(/api/v1/campaigns/([^/]+)/invitations)",
               [&ctx](const httplib::Request& q, httplib::Response& r) { list(ctx, q, r); });
}

} // namespace nok::server::http
