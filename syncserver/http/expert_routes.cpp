// POST /api/v1/expert (a device's signed expert check), PUT /api/v1/evidence/{sha256} (a photo),
// GET /api/v1/evidence/{sha256} and GET /api/v1/campaigns/{id}/orgs/{org}/expert/history
// (council or admin). Device answers are signed with X-Nok-Signature over the exact body bytes,
// like sync, so the tablet deletes its copy only after the server's key vouches for the answer.
#include "http/client_address.h"
#include "http/http_errors.h"
#include "http/request_helpers.h"
#include "http/routes.h"
#include "nok/crypto/crypto.h"
#include "nok/survey/response_payload.h"
#include "service/evidence_service.h"
#include "service/expert_check_service.h"
#include "service/expert_history.h"

namespace nok::server::http {

namespace {

using nlohmann::json;

// Signs whatever body the handler left (answers and errors alike).
void signBody(ServerContext& ctx, httplib::Response& res) {
    res.set_header("X-Nok-Signature", crypto::toBase64(crypto::sign(ctx.keys.sign.secretKey, res.body)));
}

// Limited like sync: the device's bucket counts only checks that were stored (so signed by the
// device), anything refused counts against the source address.
void postExpert(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    const std::string address = addressKey(req.remote_addr);
    if (!ctx.noiseLimiter.available(address))
        return sendError(res, makeError("rate_limited",
                                        "too many unauthenticated requests from your address; "
                                        "retry later"));
    auto body = parseJsonBody(req);
    if (!body) {
        (void)ctx.noiseLimiter.take(address);
        return sendError(res, body.error());
    }
    ExpertSubmission submission;
    for (auto [field, target] : {std::pair{"device", &submission.deviceId},
                                 std::pair{"payload", &submission.payloadBase64},
                                 std::pair{"sig", &submission.sigBase64}}) {
        auto value = requireString(*body, field);
        if (!value) {
            (void)ctx.noiseLimiter.take(address);
            return sendError(res, value.error());
        }
        *target = std::move(*value);
    }
    if (!ctx.deviceLimiter.available(submission.deviceId))
        return sendError(res, makeError("rate_limited", "too many requests from this device; retry later", "device"));
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto receipt = submitExpertCheck(lease->db(), submission, survey::todayUtc(), &ctx.writeLock);
    if (!receipt) {
        if (statusForCode(receipt.error().code) < 500) (void)ctx.noiseLimiter.take(address);
        return sendError(res, receipt.error());
    }
    (void)ctx.deviceLimiter.take(submission.deviceId);
    if (receipt->status == "conflict")
        return sendError(res, makeError("conflict",
                                        "another version of expert check '" + receipt->id +
                                            "' is stored; this one is kept in quarantine",
                                        "payload.id"));
    sendJson(res, receipt->status == "stored" ? 201 : 200,
             {{"id", receipt->id},
              {"status", receipt->status},
              {"version", receipt->version},
              {"missing_evidence", receipt->missingEvidence}});
}

void putEvidence(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    EvidenceUpload upload;
    upload.sha256 = req.matches[1];
    upload.contentType = req.get_header_value("Content-Type");
    upload.deviceId = req.get_header_value("X-Nok-Device");
    upload.unixTime = req.get_header_value("X-Nok-Time");
    upload.authBase64 = req.get_header_value("X-Nok-Auth");
    upload.body = &req.body;
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    auto status = storeEvidence(lease->db(), upload, unixNow(), survey::todayUtc(), &ctx.writeLock);
    if (!status) return sendError(res, status.error());
    sendJson(res, *status == "stored" ? 201 : 200, {{"sha256", upload.sha256}, {"status", *status}});
}

void getEvidence(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    if (auto user = requireUser(lease->db(), req, {"council", "admin"}); !user) return sendError(res, user.error());
    const std::string sha = req.matches[1];
    if (!crypto::isSha256Hex(sha))
        return sendError(res, makeError("invalid_request", "must be 64 lowercase hex digits", "sha256"));
    auto file = findEvidenceFile(lease->db(), sha);
    if (!file) return sendError(res, file.error());
    if (!*file) return sendError(res, makeError("not_found", "no evidence file with this sha256", "sha256"));
    res.status = 200;
    // Immutable (content-addressed) and private to the council.
    res.set_header("Cache-Control", "private, max-age=31536000, immutable");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content((*file)->bytes, (*file)->mediaType);
}

void history(ServerContext& ctx, const httplib::Request& req, httplib::Response& res) {
    auto lease = ctx.pool.acquire();
    if (!lease) return sendError(res, lease.error());
    if (auto user = requireUser(lease->db(), req, {"council", "admin"}); !user) return sendError(res, user.error());
    auto body = expertHistoryJson(lease->db(), req.matches[1], req.matches[2]);
    if (!body) return sendError(res, body.error());
    sendJson(res, 200, *body);
}

} // namespace

void registerExpertRoutes(httplib::Server& server, ServerContext& ctx) {
    server.Post("/api/v1/expert", [&ctx](const httplib::Request& q, httplib::Response& r) {
        postExpert(ctx, q, r);
        signBody(ctx, r);
    });
    server.Put(R"(/api/v1/evidence/([^/]+))", [&ctx](const httplib::Request& q, httplib::Response& r) {
        putEvidence(ctx, q, r);
        signBody(ctx, r);
    });
    server.Get(R"(/api/v1/evidence/([^/]+))",
               [&ctx](const httplib::Request& q, httplib::Response& r) { getEvidence(ctx, q, r); });
    server.Get(R"(/api/v1/campaigns/([^/]+)/orgs/([^/]+)/expert/history)",
               [&ctx](const httplib::Request& q, httplib::Response& r) { history(ctx, q, r); });
}

} // namespace nok::server::http
