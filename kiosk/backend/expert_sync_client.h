// The two requests that carry an expert check to the server (CONTRACTS of issue 6):
// PUT /api/v1/evidence/{sha256} for each photo, authenticated by X-Nok-Device, X-Nok-Time and
// X-Nok-Auth (Ed25519 by the device key of "nok-evidence\n<device>\n<unix s>\n<sha256>"), and
// POST /api/v1/expert with the signed payload. The check's answer counts only when its
// X-Nok-Signature verifies with the enrolled server key and its body names the check's id.
#pragma once

#include "http_endpoint.h"
#include "nok/crypto/crypto.h"
#include "nok/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nok::kiosk {

// The bytes the device signs for an evidence upload.
[[nodiscard]] std::string evidenceAuthMessage(const std::string& deviceId, std::int64_t unixSeconds,
                                              const std::string& sha256);

// 201 stored or 200 duplicate → ok. Errors: "network_error", "server_error" (5xx),
// "device_not_accepted" (401/403), "evidence_refused" (400/413/415: the photo will never be
// accepted), "http_error".
[[nodiscard]] Status uploadEvidence(HttpEndpoint& endpoint, const std::string& deviceId,
                                    const crypto::SecretBytes& deviceSecret, std::int64_t unixSeconds,
                                    const std::string& sha256, const std::string& mime,
                                    const std::string& bytes);

enum class CheckOutcome { Stored, Duplicate, Refused };

struct CheckReceipt {
    CheckOutcome outcome = CheckOutcome::Stored;
    std::string reason;                  // for Refused: "HTTP 409: ..."
    std::vector<std::string> missingEvidence;
};

// Posts the signed check. Stored/Duplicate only with a verified signature and the right id;
// Refused for 400 and 409 (a server answer, kept as a dead letter). Errors as uploadEvidence, plus
// "bad_receipt_signature" and "malformed_receipt" (the check stays pending).
[[nodiscard]] Result<CheckReceipt> postExpertCheck(HttpEndpoint& endpoint, const std::string& deviceId,
                                                   const crypto::Bytes& serverSignKey, const std::string& checkId,
                                                   const std::string& payload, const std::string& sig);

} // namespace nok::kiosk
