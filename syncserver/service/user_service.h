// API users, roles and the life of their bearer tokens. `user add` creates a user with a random
// token shown once (only its sha256 is stored), optionally expiring after a given UTC day;
// `user rotate` replaces the token (the old one stops at once), `user revoke` stops it for good,
// `user list` shows each user's state and last use, never a token. Each change is an audit event.
// Requests carry exactly `Authorization: Bearer <token>`; anything else, or an unknown, revoked or
// expired token, is "unauthorized" (401), a valid token without the needed role "forbidden" (403).
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/access_store.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::server {

[[nodiscard]] bool isKnownRole(std::string_view role);

// The token, to be shown once. Errors "invalid_argument" (bad name, role or expiry day; an expiry
// must be a real date, today or later), "user_exists".
[[nodiscard]] Result<std::string> addUser(sqlite::Database& db, const std::string& name,
                                          const std::string& role, std::int64_t now,
                                          const std::optional<std::string>& expiresDay = {});
// A new token for the user; the old one stops working. Errors "user_not_found", "user_revoked".
[[nodiscard]] Result<std::string> rotateUserToken(sqlite::Database& db, const std::string& name,
                                                  std::int64_t now);
// Errors "user_not_found", "user_revoked" (already).
[[nodiscard]] Status revokeUserToken(sqlite::Database& db, const std::string& name,
                                     std::int64_t now);
[[nodiscard]] Result<std::vector<UserEntry>> listApiUsers(sqlite::Database& db);
// "active", "revoked" or "expired" on `today` (YYYY-MM-DD).
[[nodiscard]] std::string tokenState(const UserEntry& user, const std::string& today);

// `authorization` is the raw header value (may be empty). Records the day of use (at most one
// write per user per day; a failed write does not refuse the request).
[[nodiscard]] Result<UserRecord> authenticateBearer(sqlite::Database& db,
                                                    std::string_view authorization);
[[nodiscard]] Status requireRole(const UserRecord& user,
                                 std::initializer_list<std::string_view> roles);

} // namespace nok::server
