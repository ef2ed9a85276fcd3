#include "service/user_service.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/response_payload.h"

#include <algorithm>

namespace nok::server {

namespace {

constexpr std::string_view kTokenPrefix = "nok_";
constexpr std::size_t kTokenHexLength = 64;

std::string newToken() {
    auto bytes = crypto::randomBytes(32);
    return std::string(kTokenPrefix) + crypto::toHex(bytes.data(), bytes.size());
}

// Exactly what newToken() makes: anything else (a NUL httplib decoded from "%00", trailing junk,
// a space) is not a token, whatever a prefix of it would match.
bool isTokenShaped(std::string_view token) {
    if (token.size() != kTokenPrefix.size() + kTokenHexLength ||
        token.substr(0, kTokenPrefix.size()) != kTokenPrefix)
        return false;
    return std::all_of(token.begin() + kTokenPrefix.size(), token.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Result<UserEntry> existingUser(sqlite::Database& db, const std::string& name) {
    auto user = findUserByName(db, name);
    if (!user) return user.error();
    if (!*user) return makeError("user_not_found", "no user with this name", "--name");
    return std::move(**user);
}

} // namespace

bool isKnownRole(std::string_view role) {
    return role == "admin" || role == "council" || role == "operator";
}

std::string tokenState(const UserEntry& user, const std::string& today) {
    if (user.revokedDay) return "revoked";
    if (user.expiresDay && *user.expiresDay < today) return "expired";
    return "active";
}

Result<std::string> addUser(sqlite::Database& db, const std::string& name, const std::string& role,
                            std::int64_t now, const std::optional<std::string>& expiresDay) {
    if (name.empty() || name.size() > 100)
        return makeError("invalid_argument", "must be 1 to 100 bytes", "--name");
    if (!isKnownRole(role))
        return makeError("invalid_argument", "must be admin, council or operator", "--role");
    if (expiresDay && !survey::isIsoDay(*expiresDay))
        return makeError("invalid_argument", "must be a real date YYYY-MM-DD", "--expires");
    if (expiresDay && *expiresDay < survey::todayUtc())
        return makeError("invalid_argument",
                         "is in the past (the token would never work); today is " +
                             survey::todayUtc() + " UTC",
                         "--expires");
    const std::string token = newToken();
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    auto exists = userExists(db, name);
    if (!exists) return exists.error();
    if (*exists) return makeError("user_exists", "a user with this name exists", "--name");
    if (auto s =
            insertUser(db, {name, role}, crypto::sha256Hex(token), survey::todayUtc(), expiresDay);
        !s)
        return s.error();
    const std::string target =
        name + " (" + role + (expiresDay ? ", expires " + *expiresDay : std::string()) + ")";
    if (auto s = appendAudit(db, now, "cli", "user.add", target); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return token;
}

Result<std::string> rotateUserToken(sqlite::Database& db, const std::string& name,
                                    std::int64_t now) {
    const std::string token = newToken();
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    auto user = existingUser(db, name);
    if (!user) return user.error();
    if (user->revokedDay)
        return makeError(
            "user_revoked",
            "this user was revoked on " + *user->revokedDay + "; add a new user instead", "--name");
    if (auto s = replaceTokenHash(db, name, crypto::sha256Hex(token), survey::todayUtc()); !s)
        return s.error();
    if (auto s = appendAudit(db, now, "cli", "user.rotate", name); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return token;
}

Status revokeUserToken(sqlite::Database& db, const std::string& name, std::int64_t now) {
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    auto user = existingUser(db, name);
    if (!user) return user.error();
    if (user->revokedDay)
        return makeError("user_revoked", "already revoked on " + *user->revokedDay, "--name");
    if (auto s = revokeUser(db, name, survey::todayUtc()); !s) return s;
    if (auto s = appendAudit(db, now, "cli", "user.revoke", name); !s) return s;
    return tx.commit();
}

Result<std::vector<UserEntry>> listApiUsers(sqlite::Database& db) {
    return listUsers(db);
}

Result<UserRecord> authenticateBearer(sqlite::Database& db, std::string_view authorization) {
    constexpr std::string_view kPrefix = "Bearer ";
    if (authorization.empty())
        return makeError("unauthorized", "an Authorization: Bearer token is required",
                         "Authorization");
    if (authorization.substr(0, kPrefix.size()) != kPrefix ||
        !isTokenShaped(authorization.substr(kPrefix.size())))
        return makeError("unauthorized", "expected exactly 'Bearer TOKEN'", "Authorization");
    auto user = findUserByTokenHash(db, crypto::sha256Hex(authorization.substr(kPrefix.size())));
    if (!user) return user.error();
    if (!*user) return makeError("unauthorized", "unknown token", "Authorization");
    const std::string today = survey::todayUtc();
    const std::string state = tokenState(**user, today);
    if (state == "revoked")
        return makeError("unauthorized", "this token was revoked", "Authorization");
    if (state == "expired")
        return makeError("unauthorized", "this token expired after " + *(*user)->expiresDay,
                         "Authorization");
    if ((*user)->lastUsedDay != today) {
        // Best effort: a busy database must not refuse a valid token; the day is written on the
        // next request instead.
        (void)touchUserLastUsed(db, (*user)->user.name, today);
    }
    return std::move((*user)->user);
}

Status requireRole(const UserRecord& user, std::initializer_list<std::string_view> roles) {
    for (auto r : roles)
        if (user.role == r) return {};
    return makeError("forbidden", "the role '" + user.role + "' may not do this");
}

} // namespace nok::server
