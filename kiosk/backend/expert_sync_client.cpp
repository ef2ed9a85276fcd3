#include "expert_sync_client.h"

#include <nlohmann/json.hpp>

namespace nok::kiosk {

using nlohmann::json;

namespace {

std::string errorCode(const HttpReply& reply) {
    const json doc = json::parse(reply.body, nullptr, false);
    if (doc.is_object() && doc.contains("error") && doc["error"].is_object() &&
        doc["error"].contains("code") && doc["error"]["code"].is_string())
        return doc["error"]["code"].get<std::string>();
    return {};
}

Status commonFailure(const HttpReply& reply, const std::string& what) {
    if (reply.status >= 500)
        return makeError("server_error", "the server failed: " + describeHttpError(reply));
    if (reply.status == 401 || reply.status == 403)
        return makeError("device_not_accepted",
                         "the server does not accept this device: " + describeHttpError(reply));
    return makeError("http_error", what + ": unexpected answer " + describeHttpError(reply));
}

} // namespace

std::string evidenceAuthMessage(const std::string& deviceId, std::int64_t unixSeconds,
                                const std::string& sha256) {
    return "nok-evidence\n" + deviceId + "\n" + std::to_string(unixSeconds) + "\n" + sha256;
}

Status uploadEvidence(HttpEndpoint& endpoint, const std::string& deviceId,
                      const crypto::SecretBytes& deviceSecret, std::int64_t unixSeconds,
                      const std::string& sha256, const std::string& mime, const std::string& bytes) {
    const auto sig = crypto::sign(deviceSecret, evidenceAuthMessage(deviceId, unixSeconds, sha256));
    const HttpEndpoint::Headers headers{{"X-Nok-Device", deviceId},
                                        {"X-Nok-Time", std::to_string(unixSeconds)},
                                        {"X-Nok-Auth", crypto::toBase64(sig)}};
    auto reply = endpoint.put("/api/v1/evidence/" + sha256, bytes, mime, headers);
    if (!reply) return reply.error();
    if (reply->status == 200 || reply->status == 201) return {};
    if (reply->status == 400 || reply->status == 413 || reply->status == 415)
        return makeError("evidence_refused", "photo " + sha256 + ": " + describeHttpError(*reply));
    return commonFailure(*reply, "photo " + sha256);
}

Result<CheckReceipt> postExpertCheck(HttpEndpoint& endpoint, const std::string& deviceId,
                                     const crypto::Bytes& serverSignKey, const std::string& checkId,
                                     const std::string& payload, const std::string& sig) {
    const std::string body = json{{"device", deviceId},
                                  {"payload", crypto::toBase64(std::string_view(payload))},
                                  {"sig", crypto::toBase64(std::string_view(sig))}}
                                 .dump();
    auto reply = endpoint.post("/api/v1/expert", body);
    if (!reply) return reply.error();
    // Refusals are the server's verdict on this check; they never delete it (dead letter).
    if (reply->status == 400 || reply->status == 409 ||
        (reply->status == 403 && errorCode(*reply) == "org_not_allowed"))
        return CheckReceipt{CheckOutcome::Refused, describeHttpError(*reply), {}};
    if (reply->status != 200 && reply->status != 201) return commonFailure(*reply, "expert check").error();

    const std::string sigText = reply->header("x-nok-signature");
    auto serverSig = crypto::fromBase64(sigText);
    if (sigText.empty() || !serverSig || !crypto::verify(serverSignKey, reply->body, *serverSig))
        return makeError("bad_receipt_signature",
                         "the answer to the expert check is not signed by the enrolled server key; "
                         "the check stays in the outbox");
    const json doc = json::parse(reply->body, nullptr, false);
    const auto text = [&](const char* key) {
        return doc.is_object() && doc.contains(key) && doc[key].is_string() ? doc[key].get<std::string>()
                                                                             : std::string();
    };
    const std::string status = text("status");
    const std::string expected = reply->status == 201 ? "stored" : "duplicate";
    if (text("id") != checkId || status != expected)
        return makeError("malformed_receipt",
                         "the server's answer does not acknowledge check " + checkId + " (HTTP " +
                             std::to_string(reply->status) + ", status \"" + status + "\")");
    CheckReceipt receipt{reply->status == 201 ? CheckOutcome::Stored : CheckOutcome::Duplicate, {}, {}};
    if (doc.contains("missing_evidence") && doc["missing_evidence"].is_array())
        for (const auto& sha : doc["missing_evidence"])
            if (sha.is_string()) receipt.missingEvidence.push_back(sha.get<std::string>());
    return receipt;
}

} // namespace nok::kiosk
