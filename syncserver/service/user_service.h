// API users and roles. `user add` creates a user with a random bearer token shown once; only its
// sha256 is stored. Requests carry `Authorization: Bearer TOKEN`; a missing or unknown token is
// "unauthorized" (401), a known token without the needed role "forbidden" (403).
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/access_store.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace nok::server {

[[nodiscard]] bool isKnownRole(std::string_view role);

// The token, to be shown once. Errors "invalid_argument" (bad name or role), "user_exists".
[[nodiscard]] Result<std::string> addUser(sqlite::Database& db, const std::string& name,
                                          const std::string& role, std::int64_t now);

// `authorization` is the raw header value (may be empty).
[[nodiscard]] Result<UserRecord> authenticateBearer(sqlite::Database& db,
                                                    std::string_view authorization);
[[nodiscard]] Status requireRole(const UserRecord& user,
                                 std::initializer_list<std::string_view> roles);

} // namespace nok::server
