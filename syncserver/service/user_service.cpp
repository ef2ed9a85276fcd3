#include "service/user_service.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/response_payload.h"

namespace nok::server {

bool isKnownRole(std::string_view role) {
    return role == "admin" || role == "council" || role == "operator";
}

Result<std::string> addUser(sqlite::Database& db, const std::string& name, const std::string& role,
                            std::int64_t now) {
    if (name.empty() || name.size() > 100)
        return makeError("invalid_argument", "must be 1 to 100 bytes", "--name");
    if (!isKnownRole(role))
        return makeError("invalid_argument", "must be admin, council or operator", "--role");
    auto bytes = crypto::randomBytes(32);
    const std::string token = "nok_" + crypto::toHex(bytes.data(), bytes.size());
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    auto exists = userExists(db, name);
    if (!exists) return exists.error();
    if (*exists) return makeError("user_exists", "a user with this name exists", "--name");
    if (auto s = insertUser(db, {name, role}, crypto::sha256Hex(token), survey::todayUtc()); !s)
        return s.error();
    if (auto s = appendAudit(db, now, "cli", "user.add", name + " (" + role + ")"); !s)
        return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return token;
}

Result<UserRecord> authenticateBearer(sqlite::Database& db, std::string_view authorization) {
    constexpr std::string_view kPrefix = "Bearer ";
    if (authorization.empty())
        return makeError("unauthorized", "an Authorization: Bearer token is required",
                         "Authorization");
    if (authorization.substr(0, kPrefix.size()) != kPrefix ||
        authorization.size() == kPrefix.size())
        return makeError("unauthorized", "expected 'Bearer TOKEN'", "Authorization");
    auto user = findUserByTokenHash(db, crypto::sha256Hex(authorization.substr(kPrefix.size())));
    if (!user) return user.error();
    if (!*user) return makeError("unauthorized", "unknown token", "Authorization");
    return std::move(**user);
}

Status requireRole(const UserRecord& user, std::initializer_list<std::string_view> roles) {
    for (auto r : roles)
        if (user.role == r) return {};
    return makeError("forbidden", "the role '" + user.role + "' may not do this");
}

} // namespace nok::server
