#include "expert_store.h"

namespace nok::kiosk {

namespace {

constexpr char kExpertStoreBumpInterviewSql[] =
    "INSERT INTO interview_count (org, day, count) VALUES (?, ?, 1) "
    "ON CONFLICT (org, day) DO UPDATE SET count = count + 1";
constexpr char kExpertStoreInterviewCountsSql[] =
    "SELECT org, SUM(count), SUM(CASE WHEN day = ? THEN count ELSE 0 END) "
    "FROM interview_count GROUP BY org";
constexpr char kExpertStoreLoadDraftSql[] =
    "SELECT checklist, items FROM expert_draft WHERE org = ? AND campaign = ?";
constexpr char kExpertStoreSaveDraftSql[] =
    "INSERT OR REPLACE INTO expert_draft (org, campaign, checklist, items, updated_at) "
    "VALUES (?, ?, ?, ?, ?)";
constexpr char kExpertStoreDeleteDraftSql[] = "DELETE FROM expert_draft WHERE org = ? AND campaign = ?";
constexpr char kExpertStoreDeleteRefsSql[] = "DELETE FROM evidence_ref WHERE owner = ?";
constexpr char kExpertStoreInsertRefSql[] = "INSERT OR IGNORE INTO evidence_ref (owner, sha256) VALUES (?, ?)";
constexpr char kExpertStoreStoreEvidenceSql[] =
    "INSERT INTO evidence (sha256, mime, bytes, uploaded, stored_at) VALUES (?, ?, ?, 0, ?) "
    "ON CONFLICT (sha256) DO UPDATE SET uploaded = 0";
constexpr char kExpertStoreEvidenceSql[] = "SELECT sha256, mime, bytes FROM evidence WHERE sha256 = ?";
constexpr char kExpertStoreDeleteUnreferencedSql[] =
    "DELETE FROM evidence WHERE sha256 NOT IN (SELECT sha256 FROM evidence_ref)";
constexpr char kExpertStoreDeleteUnreferencedUploadedSql[] =
    "DELETE FROM evidence WHERE uploaded = 1 AND sha256 NOT IN (SELECT sha256 FROM evidence_ref)";
constexpr char kExpertStoreInsertCheckSql[] =
    "INSERT INTO expert_outbox (id, org, payload, sig, created_at, state, attempts, "
    "next_attempt_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, 0)";
constexpr char kExpertStoreDueSql[] =
    "SELECT id, org, payload, sig, attempts, next_attempt_at FROM expert_outbox "
    "WHERE next_attempt_at <= ? ORDER BY created_at, id";
constexpr char kExpertStoreAllSql[] = "SELECT id, org, payload, sig, attempts, next_attempt_at FROM "
                           "expert_outbox ORDER BY created_at, id";
constexpr char kExpertStoreEarliestSql[] = "SELECT MIN(next_attempt_at) FROM expert_outbox";
constexpr char kExpertStoreMarkSendingSql[] =
    "UPDATE expert_outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ?, "
    "next_attempt_at = ? WHERE id = ?";
constexpr char kExpertStoreRecoverSql[] = "UPDATE expert_outbox SET state = 'pending' WHERE state = 'sending'";
constexpr char kExpertStorePendingEvidenceSql[] =
    "SELECT e.sha256, e.mime, e.bytes FROM evidence_ref r JOIN evidence e ON e.sha256 = r.sha256 "
    "WHERE r.owner = ? AND e.uploaded = 0 ORDER BY e.sha256";
constexpr char kExpertStoreMarkUploadedSql[] = "UPDATE evidence SET uploaded = 1 WHERE sha256 = ?";
constexpr char kExpertStoreDeleteCheckSql[] = "DELETE FROM expert_outbox WHERE id = ?";
constexpr char kExpertStoreToDeadLetterSql[] =
    "INSERT OR REPLACE INTO expert_dead_letter (id, org, payload, sig, reason, attempts, "
    "rejected_at) SELECT id, org, payload, sig, ?, attempts, ? FROM expert_outbox WHERE id = ?";
constexpr char kExpertStoreFailedSql[] =
    "UPDATE expert_outbox SET state = 'pending', last_error = ? WHERE id = ?";
constexpr char kExpertStorePendingCountSql[] = "SELECT COUNT(*) FROM expert_outbox";
constexpr char kExpertStoreDeadCountSql[] = "SELECT COUNT(*) FROM expert_dead_letter";
constexpr char kExpertStorePendingEvidenceCountSql[] =
    "SELECT COUNT(DISTINCT e.sha256) FROM evidence_ref r JOIN evidence e ON e.sha256 = r.sha256 "
    "WHERE r.owner LIKE 'check:%' AND e.uploaded = 0 "
    "AND substr(r.owner, 7) IN (SELECT id FROM expert_outbox)";
constexpr char kExpertStoreDeadListSql[] = "SELECT id, reason FROM expert_dead_letter ORDER BY rejected_at, id";

std::string draftOwner(const std::string& org, const std::string& campaign) {
    return "draft:" + org + "\n" + campaign;
}
std::string checkOwner(const std::string& id) { return "check:" + id; }

Result<int> expertCountOf(sqlite::Database& db, const char* sql) {
    auto stmt = db.cached(sql);
    if (!stmt) return stmt.error();
    auto n = sqlite::firstInt(**stmt);
    if (!n) return n.error();
    return static_cast<int>(*n);
}

Status runOne(sqlite::Database& db, const char* sql, const std::vector<std::string>& args) {
    auto stmt = db.cached(sql);
    if (!stmt) return stmt.error();
    int i = 1;
    for (const auto& a : args) (*stmt)->bind(i++, a);
    return (*stmt)->run();
}

Status replaceRefs(sqlite::Database& db, const std::string& owner, const std::vector<std::string>& evidence) {
    if (auto st = runOne(db, kExpertStoreDeleteRefsSql, {owner}); !st) return st;
    for (const auto& sha : evidence)
        if (auto st = runOne(db, kExpertStoreInsertRefSql, {owner, sha}); !st) return st;
    return {};
}

} // namespace

Status ExpertStore::bumpInterview(const std::string& org, const std::string& localDay) {
    return runOne(m_db, kExpertStoreBumpInterviewSql, {org, localDay});
}

Result<std::map<std::string, InterviewCount>> ExpertStore::interviewCounts(const std::string& localDay) {
    auto stmt = m_db.cached(kExpertStoreInterviewCountsSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, localDay);
    std::map<std::string, InterviewCount> out;
    if (auto s = sqlite::forEachRow(**stmt, [&](const sqlite::Statement& row) {
            out[row.columnText(0)] = {int(row.columnInt(2)), int(row.columnInt(1))};
        });
        !s)
        return s.error();
    return out;
}

Result<std::optional<StoredDraft>> ExpertStore::loadDraft(const std::string& org, const std::string& campaign) {
    auto stmt = m_db.cached(kExpertStoreLoadDraftSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, org).bind(2, campaign);
    return sqlite::firstRow(**stmt, [](const sqlite::Statement& row) {
        return StoredDraft{row.columnText(0), row.columnText(1)};
    });
}

Status ExpertStore::deleteUnreferenced(bool uploadedOnly) {
    auto stmt = m_db.cached(uploadedOnly ? kExpertStoreDeleteUnreferencedUploadedSql : kExpertStoreDeleteUnreferencedSql);
    if (!stmt) return stmt.error();
    return (*stmt)->run();
}

Status ExpertStore::saveDraft(const std::string& org, const std::string& campaign, const StoredDraft& draft,
                              const std::vector<std::string>& evidence, std::int64_t nowMs) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    auto stmt = m_db.cached(kExpertStoreSaveDraftSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, org).bind(2, campaign).bind(3, draft.checklistJson).bind(4, draft.itemsJson).bind(5, nowMs);
    if (auto st = (*stmt)->run(); !st) return st;
    if (auto st = replaceRefs(m_db, draftOwner(org, campaign), evidence); !st) return st;
    if (auto st = deleteUnreferenced(false); !st) return st;
    return tx.commit();
}

Status ExpertStore::discardDraft(const std::string& org, const std::string& campaign) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    if (auto st = runOne(m_db, kExpertStoreDeleteDraftSql, {org, campaign}); !st) return st;
    if (auto st = runOne(m_db, kExpertStoreDeleteRefsSql, {draftOwner(org, campaign)}); !st) return st;
    if (auto st = deleteUnreferenced(false); !st) return st;
    return tx.commit();
}

Status ExpertStore::storeEvidence(const std::string& sha256, const std::string& mime,
                                  const std::string& bytes, std::int64_t nowMs) {
    auto stmt = m_db.cached(kExpertStoreStoreEvidenceSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, sha256).bind(2, mime).bindBlob(3, bytes.data(), bytes.size()).bind(4, nowMs);
    return (*stmt)->run();
}

Result<std::optional<EvidenceBlob>> ExpertStore::evidence(const std::string& sha256) {
    auto stmt = m_db.cached(kExpertStoreEvidenceSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, sha256);
    return sqlite::firstRow(**stmt, [](const sqlite::Statement& row) {
        return EvidenceBlob{row.columnText(0), row.columnText(1), row.columnBlob(2)};
    });
}

Status ExpertStore::commitCheck(const ExpertOutboxRow& row, const std::vector<std::string>& evidence,
                                const std::string& draftCampaign, std::int64_t nowMs) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    auto stmt = m_db.cached(kExpertStoreInsertCheckSql);
    if (!stmt) return stmt.error();
    (*stmt)
        ->bind(1, row.id)
        .bind(2, row.org)
        .bindBlob(3, row.payload.data(), row.payload.size())
        .bindBlob(4, row.sig.data(), row.sig.size())
        .bind(5, nowMs);
    if (auto st = (*stmt)->run(); !st) return st;
    if (auto st = replaceRefs(m_db, checkOwner(row.id), evidence); !st) return st;
    if (auto st = runOne(m_db, kExpertStoreDeleteDraftSql, {row.org, draftCampaign}); !st) return st;
    if (auto st = runOne(m_db, kExpertStoreDeleteRefsSql, {draftOwner(row.org, draftCampaign)}); !st) return st;
    return tx.commit();
}

Result<std::vector<ExpertOutboxRow>> ExpertStore::due(std::int64_t nowMs, bool ignoreSchedule) {
    auto stmt = m_db.cached(ignoreSchedule ? kExpertStoreAllSql : kExpertStoreDueSql);
    if (!stmt) return stmt.error();
    if (!ignoreSchedule) (*stmt)->bind(1, nowMs);
    return sqlite::collectRows<ExpertOutboxRow>(**stmt, [](const sqlite::Statement& s) {
        return ExpertOutboxRow{s.columnText(0), s.columnText(1),     s.columnBlob(2),
                               s.columnBlob(3), int(s.columnInt(4)), s.columnInt(5)};
    });
}

Result<std::optional<std::int64_t>> ExpertStore::earliestDue() {
    auto stmt = m_db.cached(kExpertStoreEarliestSql);
    if (!stmt) return stmt.error();
    auto earliest = sqlite::firstRow(**stmt, [](const sqlite::Statement& row) { return row.columnOptionalInt(0); });
    if (!earliest) return earliest.error();
    return earliest->value_or(std::nullopt);
}

Status ExpertStore::markSending(const std::string& id, std::int64_t nowMs, std::int64_t nextAttemptAtMs) {
    auto stmt = m_db.cached(kExpertStoreMarkSendingSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, nowMs).bind(2, nextAttemptAtMs).bind(3, id);
    return (*stmt)->run();
}

Status ExpertStore::recoverInterrupted() { return runOne(m_db, kExpertStoreRecoverSql, {}); }

Result<std::vector<EvidenceBlob>> ExpertStore::pendingEvidence(const std::string& checkId) {
    auto stmt = m_db.cached(kExpertStorePendingEvidenceSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, checkOwner(checkId));
    return sqlite::collectRows<EvidenceBlob>(**stmt, [](const sqlite::Statement& row) {
        return EvidenceBlob{row.columnText(0), row.columnText(1), row.columnBlob(2)};
    });
}

Status ExpertStore::markUploaded(const std::string& sha256) { return runOne(m_db, kExpertStoreMarkUploadedSql, {sha256}); }

Status ExpertStore::apply(const std::string& id, Outcome outcome, const std::string& reason, std::int64_t nowMs) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    switch (outcome) {
    case Outcome::Acknowledged:
        if (auto st = runOne(m_db, kExpertStoreDeleteCheckSql, {id}); !st) return st;
        if (auto st = runOne(m_db, kExpertStoreDeleteRefsSql, {checkOwner(id)}); !st) return st;
        if (auto st = deleteUnreferenced(true); !st) return st;
        break;
    case Outcome::Rejected: {
        auto stmt = m_db.cached(kExpertStoreToDeadLetterSql);
        if (!stmt) return stmt.error();
        (*stmt)->bind(1, reason).bind(2, nowMs).bind(3, id);
        if (auto st = (*stmt)->run(); !st) return st;
        if (auto st = runOne(m_db, kExpertStoreDeleteCheckSql, {id}); !st) return st;
        break;
    }
    case Outcome::Failed:
        if (auto st = runOne(m_db, kExpertStoreFailedSql, {reason, id}); !st) return st;
        break;
    }
    return tx.commit();
}

Result<int> ExpertStore::pendingCount() { return expertCountOf(m_db, kExpertStorePendingCountSql); }
Result<int> ExpertStore::deadLetterCount() { return expertCountOf(m_db, kExpertStoreDeadCountSql); }
Result<int> ExpertStore::pendingEvidenceCount() { return expertCountOf(m_db, kExpertStorePendingEvidenceCountSql); }

Result<std::vector<std::pair<std::string, std::string>>> ExpertStore::deadLetters() {
    auto stmt = m_db.cached(kExpertStoreDeadListSql);
    if (!stmt) return stmt.error();
    return sqlite::collectRows<std::pair<std::string, std::string>>(
        **stmt, [](const sqlite::Statement& row) {
            return std::pair<std::string, std::string>(row.columnText(0), row.columnText(1));
        });
}

} // namespace nok::kiosk
