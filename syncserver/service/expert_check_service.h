// A device's expert check (POST /api/v1/expert, docs/api.md): the Ed25519 signature over the
// exact payload bytes is verified with the device's enrolled key BEFORE the payload is parsed;
// then the check must name this device, an organisation the device is enrolled for, a campaign
// containing it, and pass the core validation against the server's current checklist. A stored
// check appends a version of the organisation's expert record (its summary) — always, even when
// the summary equals the newest version, so every check is a version the council can see and
// the newest check is what scores. Same id + same bytes: duplicate; same id + other bytes:
// conflict, that version kept in quarantine. One transaction per check.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace nok::server {

struct ExpertSubmission {
    std::string deviceId;
    std::string payloadBase64;
    std::string sigBase64;
};

struct ExpertReceipt {
    std::string id;
    std::string status; // stored | duplicate | conflict
    std::int64_t version = 0; // the expert record version of this check (0 for conflict)
    std::vector<std::string> missingEvidence; // hashes referenced but not uploaded yet
};

// Errors: unknown_device, device_revoked, invalid_request (base64), bad_signature,
// invalid_expert_check (field "payload.<path>"), device_mismatch, org_not_allowed,
// org_not_in_campaign; storage errors. A conflict is a receipt (the quarantine row is committed).
[[nodiscard]] Result<ExpertReceipt> submitExpertCheck(sqlite::Database& db, const ExpertSubmission& submission,
                                                      const std::string& today, std::mutex* writeLock = nullptr);

} // namespace nok::server
