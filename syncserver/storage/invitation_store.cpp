#include "storage/invitation_store.h"

namespace nok::server {

namespace {

constexpr char kInvitationStoreInsertBatchSql[] =
    "INSERT INTO invitation_batches (id, campaign, org, created_day, created_by, issued) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr char kInvitationStoreInsertCodeSql[] =
    "INSERT INTO invitations (code_hash, campaign, org, batch, created_day, used) "
    "VALUES (?, ?, ?, ?, ?, 0)";
constexpr char kInvitationStoreFindSql[] = "SELECT campaign, org, used FROM invitations WHERE code_hash = ?";
// Only the flag changes: no time, no response, no counter (sql/0004).
constexpr char kInvitationStoreMarkUsedSql[] = "UPDATE invitations SET used = 1 "
                                "WHERE code_hash = ? AND campaign = ? AND org = ? AND used = 0";
constexpr char kInvitationStoreOrgHasSql[] =
    "SELECT EXISTS (SELECT 1 FROM invitations WHERE campaign = ? AND org = ?)";
constexpr char kInvitationStoreCountSql[] =
    "SELECT b.org, b.id, b.created_day, b.issued, "
    "       (SELECT COUNT(*) FROM invitations i WHERE i.batch = b.id AND i.used = 1) "
    "FROM invitation_batches b WHERE b.campaign = ?1 AND (?2 IS NULL OR b.org = ?2) "
    "ORDER BY b.org, b.created_day, b.id";

} // namespace

Status insertInvitationBatch(sqlite::Database& db, const InvitationBatchRecord& batch,
                             const std::vector<std::string>& codeHashes) {
    auto st = db.cached(kInvitationStoreInsertBatchSql);
    if (!st) return st.error();
    (*st)->bind(1, batch.id)
        .bind(2, batch.campaign)
        .bind(3, batch.org)
        .bind(4, batch.createdDay)
        .bind(5, batch.createdBy)
        .bind(6, batch.issued);
    if (auto s = (*st)->run(); !s) return s;
    for (const auto& hash : codeHashes) {
        auto c = db.cached(kInvitationStoreInsertCodeSql);
        if (!c) return c.error();
        (*c)->bind(1, hash)
            .bind(2, batch.campaign)
            .bind(3, batch.org)
            .bind(4, batch.id)
            .bind(5, batch.createdDay);
        if (auto s = (*c)->run(); !s) return s;
    }
    return {};
}

Result<std::optional<InvitationRecord>> findInvitation(sqlite::Database& db,
                                                       const std::string& codeHash) {
    auto st = db.cached(kInvitationStoreFindSql);
    if (!st) return st.error();
    (*st)->bind(1, codeHash);
    return sqlite::firstRow(**st, [](const sqlite::Statement& row) {
        return InvitationRecord{row.columnText(0), row.columnText(1), row.columnInt(2) != 0};
    });
}

Result<bool> markInvitationUsed(sqlite::Database& db, const std::string& codeHash,
                                const std::string& campaign, const std::string& org) {
    auto st = db.cached(kInvitationStoreMarkUsedSql);
    if (!st) return st.error();
    (*st)->bind(1, codeHash).bind(2, campaign).bind(3, org);
    if (auto s = (*st)->run(); !s) return s.error();
    return db.changes() == 1;
}

Result<bool> orgHasInvitations(sqlite::Database& db, const std::string& campaign,
                               const std::string& org) {
    auto st = db.cached(kInvitationStoreOrgHasSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    auto count = sqlite::firstInt(**st);
    if (!count) return count.error();
    return *count != 0;
}

Result<std::vector<InvitationCount>> countInvitations(sqlite::Database& db,
                                                      const std::string& campaign,
                                                      const std::optional<std::string>& org) {
    auto st = db.cached(kInvitationStoreCountSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    return sqlite::collectRows<InvitationCount>(**st, [](const sqlite::Statement& row) {
        return InvitationCount{row.columnText(0), row.columnText(1), row.columnText(2),
                               row.columnInt(3), row.columnInt(4)};
    });
}

} // namespace nok::server
