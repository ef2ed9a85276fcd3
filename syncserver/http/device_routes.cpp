// POST /api/v1/enroll, POST /api/v1/sync, GET /api/v1/device/config.
#include "http/client_address.h"
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

// Enrolment: wrong codes are counted per source address (so one address guessing cannot shut
// enrolment for everyone else) and every attempt per code (so one code cannot be tried against
// forever from many addresses). Checked before the body is parsed, so a guesser cannot keep
// the server busy.
void enroll(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    const std::string address = addressKey(req.remote_addr);
    if (!ctx.enrolLimiter.available(address))
        return sendError(res, makeError("rate_limited",
                                        "too many failed enrolments from your address; try again "
                                        "later"));
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
    if (!ctx.enrolCodeLimiter.take(request.code))
        return sendError(res, makeError("rate_limited",
                                        "too many attempts with this code; try again later",
                                        "code"));
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto deviceId = enrollDevice(lease->db(), request, unixNow());
    if (!deviceId) {
        if (deviceId.error().code == "enrol_code_invalid")
            (void)ctx.enrolLimiter.take(address);
        return sendError(res, deviceId.error());
    }
    auto config = buildDeviceConfig(lease->db(), ctx.keys, *deviceId);
    if (!config) return sendError(res, config.error());
    sendJson(res, 201, deviceConfigJson(*config));
}

// True when at least one item got past the signature check, i.e. the batch came from the
// device it names. The reasons below are the only ones given before verification.
bool batchAuthenticated(const std::vector<Receipt>& receipts) {
    for (const auto& r : receipts) {
        const std::string reason = r.reason.value_or("");
        if (reason.rfind("malformed_item", 0) != 0 && reason.rfind("seal_open_failed", 0) != 0 &&
            reason.rfind("bad_signature", 0) != 0)
            return true;
    }
    return false;
}

// The per-device limit counts only batches that proved to come from the device: anyone can
// write a device id into a body, and unsigned batches naming a device must not throttle its
// genuine ones. Whatever does not authenticate is counted against the source address instead.
void sync(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    const std::string address = addressKey(req.remote_addr);
    if (!ctx.noiseLimiter.available(address))
        return sendError(res, makeError("rate_limited",
                                        "too many unauthenticated requests from your address; "
                                        "retry later"));
    auto request = readSyncRequest(req);
    if (!request) {
        (void)ctx.noiseLimiter.take(address);
        return sendError(res, request.error());
    }
    if (!ctx.deviceLimiter.available(request->device))
        return sendError(
            res,
            makeError("rate_limited", "too many batches from this device; retry later", "device"));
    // A device that names its batch's hash gets it back inside the signed receipt, so a receipt
    // recorded from an earlier exchange cannot be passed off as the answer to this one.
    std::string batch;
    if (req.has_header("X-Nok-Batch")) {
        batch = crypto::sha256Hex(req.body);
        if (req.get_header_value("X-Nok-Batch") != batch) {
            (void)ctx.noiseLimiter.take(address);
            return sendError(res, makeError("batch_mismatch",
                                            "is not the sha256 (lower-case hex) of the request "
                                            "body; nothing was stored",
                                            "X-Nok-Batch"));
        }
    }
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    const std::string device = request->device;
    auto receipts = ingestBatch(lease->db(), ctx.keys, device, std::move(request->items),
                                BatchWriter{ctx.writeLock, *ctx.ingestWriter}, ctx.today());
    if (!receipts) {
        if (statusForCode(receipts.error().code) < 500) (void)ctx.noiseLimiter.take(address);
        return sendError(res, receipts.error());
    }
    if (batchAuthenticated(*receipts))
        (void)ctx.deviceLimiter.take(device);
    else
        (void)ctx.noiseLimiter.take(address);
    const std::string text = receiptsText(*receipts, batch);
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
