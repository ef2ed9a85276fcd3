// Photo evidence uploads (PUT /api/v1/evidence/{sha256}, docs/api.md). A device authenticates by
// signing "nok-evidence\n<device id>\n<unix seconds>\n<sha256 hex>" with its key (time within
// ±300 s); the body must be at most 6 MiB, hash to the path's sha256 and be a JPEG or PNG whose
// magic bytes match the Content-Type. Stored content-addressed; a second upload is a duplicate.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/evidence_store.h"

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace nok::server {

constexpr std::size_t kMaxEvidenceBytes = 6291456; // 6 MiB

struct EvidenceUpload {
    std::string sha256; // from the path
    std::string contentType;
    std::string deviceId, unixTime, authBase64; // X-Nok-Device, X-Nok-Time, X-Nok-Auth
    const std::string* body = nullptr;
};

// "stored" or "duplicate". Errors: invalid_request (path), unauthorized / unknown_device /
// device_revoked / bad_auth, payload_too_large, hash_mismatch, not_an_image.
[[nodiscard]] Result<std::string> storeEvidence(sqlite::Database& db, const EvidenceUpload& upload,
                                                std::int64_t now, const std::string& today,
                                                std::mutex* writeLock = nullptr);

// The stored photo with this sha256 (lowercase hex), nullopt when none is stored. The caller has
// checked the hash's form and the reader's right to see it.
[[nodiscard]] Result<std::optional<EvidenceFile>> findEvidenceFile(sqlite::Database& db,
                                                                   const std::string& sha256);

} // namespace nok::server
