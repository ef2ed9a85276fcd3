#include "enrolment_client.h"

#include <nlohmann/json.hpp>

namespace nok::kiosk {

Result<Enrolment> requestEnrolment(HttpEndpoint& endpoint, const std::string& code,
                                   const crypto::Bytes& devicePublicKey, const std::string& label) {
    const std::string body = nlohmann::json{
        {"code", code},
        {"public_key", crypto::toBase64(devicePublicKey)},
        {"label", label}}.dump();
    auto reply = endpoint.post("/api/v1/enroll", body);
    if (!reply) return reply.error();
    if (reply->status == 403 || reply->status == 404 || reply->status == 410)
        return makeError("enrolment_refused",
                         "the server refused the code (used, unknown or expired): " +
                             describeHttpError(*reply),
                         "code");
    if (reply->status != 201 && reply->status != 200)
        return makeError("http_error", "enrolment failed: " + describeHttpError(*reply));
    auto doc = parseEnrolmentDocument(reply->body);
    if (!doc) {
        Error e = doc.error();
        e.message = "the server's enrolment answer is invalid: " + e.message;
        return e;
    }
    return doc;
}

std::string configAuthMessage(const std::string& deviceId, std::int64_t unixSeconds) {
    return "nok-config\n" + deviceId + "\n" + std::to_string(unixSeconds);
}

Result<Enrolment> requestConfiguration(HttpEndpoint& endpoint, const std::string& deviceId,
                                       const crypto::SecretBytes& deviceSecret,
                                       std::int64_t unixSeconds) {
    const auto sig = crypto::sign(deviceSecret, configAuthMessage(deviceId, unixSeconds));
    const HttpEndpoint::Headers headers{{"X-Nok-Device", deviceId},
                                        {"X-Nok-Time", std::to_string(unixSeconds)},
                                        {"X-Nok-Auth", crypto::toBase64(sig)}};
    auto reply = endpoint.get("/api/v1/device/config", headers);
    if (!reply) return reply.error();
    if (reply->status == 401 || reply->status == 403)
        return makeError("device_not_accepted",
                         "the server does not accept this device: " + describeHttpError(*reply));
    if (reply->status != 200)
        return makeError("http_error", "config pull failed: " + describeHttpError(*reply));
    auto doc = parseEnrolmentDocument(reply->body);
    if (!doc) {
        Error e = doc.error();
        e.message = "the server's configuration is invalid: " + e.message;
        return e;
    }
    return doc;
}

} // namespace nok::kiosk
