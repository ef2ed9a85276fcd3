// One-time enrolment codes, API users and the audit trail (sql/0002). Codes and tokens are
// stored only as sha256 hashes, so a copy of the database does not let anyone enrol or log in.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct EnrolCode {
    std::string codeHash;
    std::int64_t expiresAt = 0; // unix seconds
    bool used = false;
    std::vector<std::string> orgs;
};

[[nodiscard]] Status insertEnrolCode(sqlite::Database& db, const EnrolCode& code);
[[nodiscard]] Result<std::optional<EnrolCode>> findEnrolCode(sqlite::Database& db,
                                                             const std::string& codeHash);
// Marks an unused code used; false if it was used already (so two racing enrolments cannot both
// win).
[[nodiscard]] Result<bool> consumeEnrolCode(sqlite::Database& db, const std::string& codeHash,
                                            const std::string& deviceId);

struct UserRecord {
    std::string name;
    std::string role; // admin | council | operator
};

// A user as `user list` shows it; never the token.
struct UserEntry {
    UserRecord user;
    std::string createdDay;
    std::optional<std::string> expiresDay;  // last UTC day the token works
    std::optional<std::string> revokedDay;
    std::optional<std::string> lastUsedDay; // written at most once a day
    std::optional<std::string> rotatedDay;
};

[[nodiscard]] Status insertUser(sqlite::Database& db, const UserRecord& user,
                                const std::string& tokenHash, const std::string& createdDay,
                                const std::optional<std::string>& expiresDay);
[[nodiscard]] Result<bool> userExists(sqlite::Database& db, const std::string& name);
// The user holding this token hash, with its lifecycle fields (revoked and expired users too:
// the caller decides, so it can say why a token no longer works).
[[nodiscard]] Result<std::optional<UserEntry>> findUserByTokenHash(sqlite::Database& db,
                                                                   const std::string& tokenHash);
[[nodiscard]] Result<std::optional<UserEntry>> findUserByName(sqlite::Database& db,
                                                              const std::string& name);
[[nodiscard]] Result<std::vector<UserEntry>> listUsers(sqlite::Database& db);
[[nodiscard]] Status revokeUser(sqlite::Database& db, const std::string& name,
                                const std::string& day);
[[nodiscard]] Status replaceTokenHash(sqlite::Database& db, const std::string& name,
                                      const std::string& tokenHash, const std::string& day);
// Records the day a token was used; a no-op when that day is already recorded.
[[nodiscard]] Status touchUserLastUsed(sqlite::Database& db, const std::string& name,
                                       const std::string& day);

[[nodiscard]] Status appendAudit(sqlite::Database& db, std::int64_t at, const std::string& actor,
                                 const std::string& action, const std::string& target);

} // namespace nok::server
