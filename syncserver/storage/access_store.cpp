#include "storage/access_store.h"

#include <functional>

namespace nok::server {

namespace {

constexpr char kAccessStoreInsertCodeSql[] =
    "INSERT INTO enrol_codes (code_hash, expires_at, used) VALUES (?, ?, 0)";
constexpr char kAccessStoreInsertCodeOrgSql[] = "INSERT INTO enrol_code_orgs (code_hash, org) VALUES (?, ?)";
constexpr char kAccessStoreFindCodeSql[] = "SELECT expires_at, used FROM enrol_codes WHERE code_hash = ?";
constexpr char kAccessStoreCodeOrgsSql[] = "SELECT org FROM enrol_code_orgs WHERE code_hash = ? ORDER BY org";
constexpr char kAccessStoreConsumeCodeSql[] =
    "UPDATE enrol_codes SET used = 1, device_id = ? WHERE code_hash = ? AND used = 0";
constexpr char kAccessStoreInsertUserSql[] =
    "INSERT INTO users (name, role, token_hash, created_day, expires_day, org) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr char kAccessStoreUserExistsSql[] = "SELECT 1 FROM users WHERE name = ?";
#define NOK_USER_COLUMNS \
    "name, role, created_day, expires_day, revoked_day, last_used_day, rotated_day, org "       \
    "FROM users "
constexpr char kAccessStoreFindUserSql[] = "SELECT " NOK_USER_COLUMNS "WHERE token_hash = ?";
constexpr char kAccessStoreFindUserByNameSql[] = "SELECT " NOK_USER_COLUMNS "WHERE name = ?";
constexpr char kAccessStoreListUsersSql[] = "SELECT " NOK_USER_COLUMNS "ORDER BY name";
#undef NOK_USER_COLUMNS
constexpr char kAccessStoreRevokeUserSql[] =
    "UPDATE users SET revoked_day = ? WHERE name = ? AND revoked_day IS NULL";
constexpr char kAccessStoreReplaceTokenSql[] =
    "UPDATE users SET token_hash = ?, rotated_day = ? WHERE name = ?";
constexpr char kAccessStoreTouchUserSql[] =
    "UPDATE users SET last_used_day = ?1 WHERE name = ?2 AND last_used_day IS NOT ?1";
constexpr char kAccessStoreAuditSql[] = "INSERT INTO audit (at, actor, action, target) VALUES (?, ?, ?, ?)";

} // namespace

Status insertEnrolCode(sqlite::Database& db, const EnrolCode& code) {
    auto st = db.cached(kAccessStoreInsertCodeSql);
    if (!st) return st.error();
    (*st)->bind(1, code.codeHash).bind(2, code.expiresAt);
    if (auto s = (*st)->run(); !s) return s;
    for (const auto& org : code.orgs) {
        auto o = db.cached(kAccessStoreInsertCodeOrgSql);
        if (!o) return o.error();
        (*o)->bind(1, code.codeHash).bind(2, org);
        if (auto s = (*o)->run(); !s) return s;
    }
    return {};
}

Result<std::optional<EnrolCode>> findEnrolCode(sqlite::Database& db, const std::string& codeHash) {
    auto st = db.cached(kAccessStoreFindCodeSql);
    if (!st) return st.error();
    (*st)->bind(1, codeHash);
    auto found = sqlite::firstRow(**st, [&](const sqlite::Statement& row) {
        EnrolCode code;
        code.codeHash = codeHash;
        code.expiresAt = row.columnInt(0);
        code.used = row.columnInt(1) != 0;
        return code;
    });
    if (!found) return found.error();
    if (!*found) return std::optional<EnrolCode>{};
    EnrolCode code = std::move(**found);
    auto orgs = db.cached(kAccessStoreCodeOrgsSql);
    if (!orgs) return orgs.error();
    (*orgs)->bind(1, codeHash);
    auto codeOrgs = sqlite::collectRows<std::string>(
        **orgs, [](const sqlite::Statement& row) { return row.columnText(0); });
    if (!codeOrgs) return codeOrgs.error();
    code.orgs = std::move(*codeOrgs);
    return std::optional<EnrolCode>(std::move(code));
}

Result<bool> consumeEnrolCode(sqlite::Database& db, const std::string& codeHash,
                              const std::string& deviceId) {
    auto st = db.cached(kAccessStoreConsumeCodeSql);
    if (!st) return st.error();
    (*st)->bind(1, deviceId).bind(2, codeHash);
    if (auto s = (*st)->run(); !s) return s.error();
    return db.changes() == 1;
}

Status insertUser(sqlite::Database& db, const UserRecord& user, const std::string& tokenHash,
                  const std::string& createdDay, const std::optional<std::string>& expiresDay) {
    auto st = db.cached(kAccessStoreInsertUserSql);
    if (!st) return st.error();
    (*st)->bind(1, user.name).bind(2, user.role).bind(3, tokenHash).bind(4, createdDay).bind(5, expiresDay).bind(6, user.org);
    return (*st)->run();
}

Result<bool> userExists(sqlite::Database& db, const std::string& name) {
    auto st = db.cached(kAccessStoreUserExistsSql);
    if (!st) return st.error();
    (*st)->bind(1, name);
    return sqlite::hasRow(**st);
}

namespace {

UserEntry userEntryOf(const sqlite::Statement& st) {
    return {{st.columnText(0), st.columnText(1), st.columnOptionalText(7)}, st.columnText(2),       st.columnOptionalText(3),
            st.columnOptionalText(4),             st.columnOptionalText(5), st.columnOptionalText(6)};
}

Result<std::optional<UserEntry>> findOneUser(sqlite::Database& db, const char* sql,
                                             const std::string& key) {
    auto st = db.cached(sql);
    if (!st) return st.error();
    (*st)->bind(1, key);
    return sqlite::firstRow(**st, userEntryOf);
}

Status updateOneUser(sqlite::Database& db, const char* sql,
                     const std::function<void(sqlite::Statement&)>& bind) {
    auto st = db.cached(sql);
    if (!st) return st.error();
    bind(**st);
    return (*st)->run();
}

} // namespace

Result<std::optional<UserEntry>> findUserByTokenHash(sqlite::Database& db,
                                                     const std::string& tokenHash) {
    return findOneUser(db, kAccessStoreFindUserSql, tokenHash);
}

Result<std::optional<UserEntry>> findUserByName(sqlite::Database& db, const std::string& name) {
    return findOneUser(db, kAccessStoreFindUserByNameSql, name);
}

Result<std::vector<UserEntry>> listUsers(sqlite::Database& db) {
    auto st = db.cached(kAccessStoreListUsersSql);
    if (!st) return st.error();
    return sqlite::collectRows<UserEntry>(**st, userEntryOf);
}

Status revokeUser(sqlite::Database& db, const std::string& name, const std::string& day) {
    return updateOneUser(db, kAccessStoreRevokeUserSql,
                         [&](sqlite::Statement& st) { st.bind(1, day).bind(2, name); });
}

Status replaceTokenHash(sqlite::Database& db, const std::string& name,
                        const std::string& tokenHash, const std::string& day) {
    return updateOneUser(db, kAccessStoreReplaceTokenSql, [&](sqlite::Statement& st) {
        st.bind(1, tokenHash).bind(2, day).bind(3, name);
    });
}

Status touchUserLastUsed(sqlite::Database& db, const std::string& name, const std::string& day) {
    return updateOneUser(db, kAccessStoreTouchUserSql,
                         [&](sqlite::Statement& st) { st.bind(1, day).bind(2, name); });
}

Status appendAudit(sqlite::Database& db, std::int64_t at, const std::string& actor,
                   const std::string& action, const std::string& target) {
    auto st = db.cached(kAccessStoreAuditSql);
    if (!st) return st.error();
    (*st)->bind(1, at).bind(2, actor).bind(3, action).bind(4, target);
    return (*st)->run();
}

} // namespace nok::server
