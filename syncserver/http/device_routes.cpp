// POST /api/v1/enroll, POST /api/v1/sync, GET /api/v1/device/config.
#include "http/http_errors.h"
#include "http/request_helpers.h"
#include "http/routes.h"
#include "http/sync_request.h"
#include "http/wire_json.h"
#include "nok/crypto/crypto.h"
#include "service/device_config.h"
#include "service/enrolment_service.h"
#include "service/ingest_service.h"

namespace nok::server::http {

namespace {

constexpr char kEnrolBucket[] = "enrol-failures";

void enroll(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    // Checked before the body is even parsed, so a guesser cannot keep the server busy.
    if (!ctx.enrolLimiter.available(kEnrolBucket))
        return sendError(res,
                         makeError("rate_limited", "too many failed enrolments; try again later"));
    auto body = parseJsonBody(req);
    if (!body) return sendError(res, body.error());
    EnrolRequest request;
    for (auto [field, target] :
         {std::pair{"code", &request.code}, std::pair{"public_key", &request.publicKeyBase64},
          std::pair{"label", &request.label}}) {
        auto value = requireString(*body, field);
        if (!value) return sendError(res, value.error());
        *target = std::move(*value);
    }
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto deviceId = enrollDevice(lease->db(), request, unixNow());
    if (!deviceId) {
        if (deviceId.error().code == "enrol_code_invalid")
            (void)ctx.enrolLimiter.take(kEnrolBucket);
        return sendError(res, deviceId.error());
    }
    auto config = buildDeviceConfig(lease->db(), ctx.keys, *deviceId);
    if (!config) return sendError(res, config.error());
    sendJson(res, 201, deviceConfigJson(*config));
}

void sync(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto request = readSyncRequest(req);
    if (!request) return sendError(res, request.error());
    if (!ctx.deviceLimiter.take(request->device))
        return sendError(
            res,
            makeError("rate_limited", "too many batches from this device; retry later", "device"));
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto receipts = ingestBatch(lease->db(), ctx.keys, request->device, std::move(request->items),
                                BatchWriter{ctx.writeLock, *ctx.ingestWriter});
    if (!receipts) return sendError(res, receipts.error());
    const std::string text = receiptsText(*receipts);
    // The device deletes its copy only after this signature verifies over these exact bytes.
    res.set_header("X-Nok-Signature",
                   crypto::toBase64(crypto::sign(ctx.keys.sign.secretKey, text)));
    res.status = 200;
    res.set_content(text, "application/json");
}

void config(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    const auto deviceId = req.get_header_value("X-Nok-Device");
    if (deviceId.empty())
        return sendError(
            res, makeError("unauthorized", "the X-Nok-Device header is required", "X-Nok-Device"));
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto auth = authenticateConfigPull(lease->db(), deviceId, req.get_header_value("X-Nok-Time"),
                                       req.get_header_value("X-Nok-Auth"), unixNow());
    if (!auth) return sendError(res, auth.error());
    auto cfg = buildDeviceConfig(lease->db(), ctx.keys, deviceId);
    if (!cfg) return sendError(res, cfg.error());
    sendJson(res, 200, deviceConfigJson(*cfg));
}

} // namespace

void registerDeviceRoutes(httplib::Server& server, ServerContext& ctx) {
    server.Post("/api/v1/enroll",
                [&ctx](const httplib::Request& q, httplib::Response& r) { enroll(ctx, q, r); });
    server.Post("/api/v1/sync",
                [&ctx](const httplib::Request& q, httplib::Response& r) { sync(ctx, q, r); });
    server.Get("/api/v1/device/config",
               [&ctx](const httplib::Request& q, httplib::Response& r) { config(ctx, q, r); });
}

} // namespace nok::server::http
