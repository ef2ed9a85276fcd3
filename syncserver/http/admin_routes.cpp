// Admin endpoints (role admin): GET /api/v1/devices, POST /api/v1/devices/{id}/revoke.
#include "http/http_errors.h"
#include "http/request_helpers.h"
#include "http/routes.h"
#include "service/device_admin.h"

namespace nok::server::http {

namespace {

using nlohmann::json;

void listDevices(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    if (auto user = requireUser(lease->db(), req, {"admin"}); !user)
        return sendError(res, user.error());
    auto devices = summarizeDevices(lease->db());
    if (!devices) return sendError(res, devices.error());
    json list = json::array();
    for (const auto& d : *devices) {
        json gaps = json::array();
        for (const auto& [from, to] : d.gaps)
            gaps.push_back({{"from", from}, {"to", to}});
        list.push_back(
            {{"id", d.device.id},
             {"label", d.device.label},
             {"organizations", d.orgs},
             {"state", d.device.revoked ? "revoked" : "active"},
             {"enrolled_day", d.device.enrolledDay},
             {"revoked_day", d.device.revokedDay ? json(*d.device.revokedDay) : json(nullptr)},
             {"last_seq", d.device.lastSeq},
             {"stored", d.stored},
             {"missing_seq", gaps},
             {"over_daily_limit", d.overLimit}});
    }
    sendJson(res, 200, {{"devices", list}});
}

void revoke(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto user = requireUser(lease->db(), req, {"admin"});
    if (!user) return sendError(res, user.error());
    const std::string id = req.matches[1];
    auto done = revokeDeviceAudited(lease->db(), id, user->name, unixNow());
    if (!done) {
        // Here an unknown id is a missing resource, not an unauthenticated device.
        if (done.error().code == "unknown_device")
            return sendError(res,
                             makeError("not_found", "no device is enrolled with this id", "id"));
        return sendError(res, done.error());
    }
    sendJson(res, 200, {{"device", id}, {"state", "revoked"}});
}

} // namespace

void registerAdminRoutes(httplib::Server& server, ServerContext& ctx) {
    server.Get("/api/v1/devices",
               [&ctx](const httplib::Request& q, httplib::Response& r) { listDevices(ctx, q, r); });
    server.Post(R"(/api/v1/devices/([A-Za-z0-9_-]+)/revoke)",
                [&ctx](const httplib::Request& q, httplib::Response& r) { revoke(ctx, q, r); });
}

} // namespace nok::server::http
