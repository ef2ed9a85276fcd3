#include "storage/access_store.h"

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
    "INSERT INTO users (name, role, token_hash, created_day) VALUES (?, ?, ?, ?)";
constexpr char kAccessStoreUserExistsSql[] = "SELECT 1 FROM users WHERE name = ?";
constexpr char kAccessStoreFindUserSql[] = "SELECT name, role FROM users WHERE token_hash = ?";
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
    auto row = (*st)->step();
    if (!row) return row.error();
    if (!*row) return std::optional<EnrolCode>{};
    EnrolCode code;
    code.codeHash = codeHash;
    code.expiresAt = (*st)->columnInt(0);
    code.used = (*st)->columnInt(1) != 0;
    (*st)->reset();
    auto orgs = db.cached(kAccessStoreCodeOrgsSql);
    if (!orgs) return orgs.error();
    (*orgs)->bind(1, codeHash);
    while (true) {
        auto r = (*orgs)->step();
        if (!r) return r.error();
        if (!*r) break;
        code.orgs.push_back((*orgs)->columnText(0));
    }
    (*orgs)->reset();
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
                  const std::string& createdDay) {
    auto st = db.cached(kAccessStoreInsertUserSql);
    if (!st) return st.error();
    (*st)->bind(1, user.name).bind(2, user.role).bind(3, tokenHash).bind(4, createdDay);
    return (*st)->run();
}

Result<bool> userExists(sqlite::Database& db, const std::string& name) {
    auto st = db.cached(kAccessStoreUserExistsSql);
    if (!st) return st.error();
    (*st)->bind(1, name);
    auto row = (*st)->step();
    if (!row) return row.error();
    const bool found = *row;
    (*st)->reset();
    return found;
}

Result<std::optional<UserRecord>> findUserByTokenHash(sqlite::Database& db,
                                                      const std::string& tokenHash) {
    auto st = db.cached(kAccessStoreFindUserSql);
    if (!st) return st.error();
    (*st)->bind(1, tokenHash);
    auto row = (*st)->step();
    if (!row) return row.error();
    std::optional<UserRecord> out;
    if (*row) out = UserRecord{(*st)->columnText(0), (*st)->columnText(1)};
    (*st)->reset();
    return out;
}

Status appendAudit(sqlite::Database& db, std::int64_t at, const std::string& actor,
                   const std::string& action, const std::string& target) {
    auto st = db.cached(kAccessStoreAuditSql);
    if (!st) return st.error();
    (*st)->bind(1, at).bind(2, actor).bind(3, action).bind(4, target);
    return (*st)->run();
}

} // namespace nok::server
