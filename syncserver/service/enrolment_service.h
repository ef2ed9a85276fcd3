// Enrolment: an administrator issues a one-time code for one or more organisations (`device
// code`); a kiosk or tablet trades the code and its Ed25519 public key for a device id and its
// configuration (POST /api/v1/enroll). Codes are short and readable (K7QD-M2XP-9F, no 0/O/1/I/L),
// time-limited, stored only hashed, and usable once.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/server_keys.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nok::server {

// Upper case without separators, so "k7qd m2xp-9f" and "K7QD-M2XP-9F" are the same code.
[[nodiscard]] std::string normalizeEnrolCode(std::string_view text);

// Errors: "unknown_org" (field --org) when an organisation is in no campaign; "invalid_argument".
[[nodiscard]] Result<std::string> issueEnrolCode(sqlite::Database& db,
                                                 const std::vector<std::string>& orgs,
                                                 std::int64_t ttlSeconds, std::int64_t now);

struct EnrolRequest {
    std::string code;
    std::string publicKeyBase64;
    std::string label;
};

// The new device's id. Errors: "enrol_code_invalid" (unknown, used or expired: one code for all
// three so a guesser learns nothing), "invalid_public_key", "invalid_label",
// "key_already_enrolled".
[[nodiscard]] Result<std::string> enrollDevice(sqlite::Database& db, const EnrolRequest& request,
                                               std::int64_t now);

} // namespace nok::server
