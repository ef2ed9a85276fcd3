// The two requests that give a kiosk its configuration: the one-time enrolment
// (POST /api/v1/enroll with the device public key and the code) and the periodic config pull
// (GET /api/v1/device/config, authenticated by a signature of "nok-config\n<device>\n<time>"
// with the device key). Both answers are parsed and checked before anything is stored.
#pragma once

#include "enrolment_document.h"
#include "http_endpoint.h"
#include "nok/crypto/crypto.h"

#include <cstdint>
#include <string>

namespace nok::kiosk {

// Error codes: "enrolment_refused" (403: used, unknown or expired code), "network_error",
// "http_error", and the parse errors of the document (field = JSON path).
[[nodiscard]] Result<Enrolment> requestEnrolment(HttpEndpoint& endpoint, const std::string& code,
                                                 const crypto::Bytes& devicePublicKey,
                                                 const std::string& label);

// The bytes the device signs for a config pull.
[[nodiscard]] std::string configAuthMessage(const std::string& deviceId, std::int64_t unixSeconds);

// Error codes: "device_not_accepted" (401/403), "network_error", "http_error", parse errors.
[[nodiscard]] Result<Enrolment> requestConfiguration(HttpEndpoint& endpoint,
                                                     const std::string& deviceId,
                                                     const crypto::SecretBytes& deviceSecret,
                                                     std::int64_t unixSeconds);

} // namespace nok::kiosk
