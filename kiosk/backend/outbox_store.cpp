#include "outbox_store.h"

namespace nok::kiosk {

namespace {

constexpr char kNextSeqSql[] = "SELECT last_seq + 1 FROM response_seq WHERE singleton = 1";
constexpr char kBumpSeqSql[] = "UPDATE response_seq SET last_seq = ? WHERE singleton = 1";
constexpr char kInsertSql[] = "INSERT INTO outbox (id, seq, sealed, state, attempts, "
                              "next_attempt_at) VALUES (?, ?, ?, 'pending', 0, 0)";
constexpr char kDueSql[] = "SELECT id, seq, sealed, state, attempts, next_attempt_at, "
                           "last_attempt_at, last_error FROM outbox "
                           "WHERE next_attempt_at <= ? AND seq > ? ORDER BY seq LIMIT ?";
constexpr char kAllSql[] = "SELECT id, seq, sealed, state, attempts, next_attempt_at, "
                           "last_attempt_at, last_error FROM outbox "
                           "WHERE seq > ? ORDER BY seq LIMIT ?";
constexpr char kFindSql[] = "SELECT id, seq, sealed, state, attempts, next_attempt_at, "
                            "last_attempt_at, last_error FROM outbox WHERE id = ?";
constexpr char kEarliestSql[] = "SELECT MIN(next_attempt_at) FROM outbox";
constexpr char kMarkSendingSql[] = "UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                   "last_attempt_at = ?, next_attempt_at = ? WHERE id = ?";
constexpr char kRecoverSql[] = "UPDATE outbox SET state = 'pending' WHERE state = 'sending'";
constexpr char kDeleteSql[] = "DELETE FROM outbox WHERE id = ?";
constexpr char kToDeadLetterSql[] =
    "INSERT OR REPLACE INTO dead_letter (id, seq, sealed, reason, attempts, rejected_at) "
    "SELECT id, seq, sealed, ?, attempts, ? FROM outbox WHERE id = ?";
constexpr char kFailedSql[] = "UPDATE outbox SET state = 'pending', last_error = ? WHERE id = ?";
constexpr char kPendingCountSql[] = "SELECT COUNT(*) FROM outbox";
constexpr char kDeadCountSql[] = "SELECT COUNT(*) FROM dead_letter";
constexpr char kDeadListSql[] = "SELECT id, seq, reason, attempts FROM dead_letter ORDER BY seq";
constexpr char kSyncOkSql[] =
    "UPDATE sync_state SET last_sync_at = ?, last_error = NULL, last_error_code = NULL "
    "WHERE singleton = 1";
constexpr char kSyncFailSql[] =
    "UPDATE sync_state SET last_error = ?, last_error_code = ? WHERE singleton = 1";
constexpr char kSyncLogSql[] =
    "SELECT last_sync_at, last_error, last_error_code FROM sync_state WHERE singleton = 1";

Result<int> countOf(sqlite::Database& db, const char* sql) {
    auto stmt = db.cached(sql);
    if (!stmt) return stmt.error();
    auto n = sqlite::firstInt(**stmt);
    if (!n) return n.error();
    return static_cast<int>(*n);
}

} // namespace

Result<std::string>
OutboxStore::commitNew(const std::function<Result<SealedResponse>(std::int64_t seq)>& build) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st.error();
    auto next = m_db.cached(kNextSeqSql);
    if (!next) return next.error();
    auto counter = sqlite::firstRow(**next, [](const sqlite::Statement& row) { return row.columnInt(0); });
    if (!counter) return counter.error();
    if (!*counter)
        return makeError("database_corrupt", "the response counter is missing", "response_seq");
    const std::int64_t seq = **counter;

    auto response = build(seq);
    if (!response) return response.error();

    auto insert = m_db.cached(kInsertSql);
    if (!insert) return insert.error();
    (*insert)
        ->bind(1, response->id)
        .bind(2, seq)
        .bindBlob(3, response->sealed.data(), response->sealed.size());
    if (auto st = (*insert)->run(); !st) return st.error();
    auto bump = m_db.cached(kBumpSeqSql);
    if (!bump) return bump.error();
    (*bump)->bind(1, seq);
    if (auto st = (*bump)->run(); !st) return st.error();
    if (auto st = tx.commit(); !st) return st.error();
    return response->id;
}

Result<std::vector<OutboxRow>> OutboxStore::readRows(sqlite::Statement& stmt) {
    return sqlite::collectRows<OutboxRow>(stmt, [](const sqlite::Statement& row) {
        OutboxRow r;
        r.id = row.columnText(0);
        r.seq = row.columnInt(1);
        r.sealed = row.columnBlob(2);
        r.state = row.columnText(3);
        r.attempts = static_cast<int>(row.columnInt(4));
        r.nextAttemptAtMs = row.columnInt(5);
        r.lastAttemptAtMs = row.columnOptionalInt(6);
        r.lastError = row.columnOptionalText(7).value_or(std::string());
        return r;
    });
}

Result<std::vector<OutboxRow>> OutboxStore::due(std::int64_t nowMs, int limit, bool ignoreSchedule,
                                                std::int64_t afterSeq) {
    auto stmt = m_db.cached(ignoreSchedule ? kAllSql : kDueSql);
    if (!stmt) return stmt.error();
    if (ignoreSchedule)
        (*stmt)->bind(1, afterSeq).bind(2, limit);
    else
        (*stmt)->bind(1, nowMs).bind(2, afterSeq).bind(3, limit);
    return readRows(**stmt);
}

Result<std::optional<OutboxRow>> OutboxStore::find(const std::string& id) {
    auto stmt = m_db.cached(kFindSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, id);
    auto rows = readRows(**stmt);
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<OutboxRow>();
    return std::optional<OutboxRow>(std::move(rows->front()));
}

Result<std::optional<std::int64_t>> OutboxStore::earliestDue() {
    auto stmt = m_db.cached(kEarliestSql);
    if (!stmt) return stmt.error();
    auto earliest = sqlite::firstRow(**stmt, [](const sqlite::Statement& row) { return row.columnOptionalInt(0); });
    if (!earliest) return earliest.error();
    return earliest->value_or(std::nullopt);
}

Status OutboxStore::markSending(const std::vector<Attempt>& attempts, std::int64_t nowMs) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    auto stmt = m_db.cached(kMarkSendingSql);
    if (!stmt) return stmt.error();
    for (const auto& a : attempts) {
        (*stmt)->reset();
        (*stmt)->bind(1, nowMs).bind(2, a.nextAttemptAtMs).bind(3, a.id);
        if (auto st = (*stmt)->run(); !st) return st;
    }
    return tx.commit();
}

Status OutboxStore::recoverInterrupted() {
    auto stmt = m_db.cached(kRecoverSql);
    if (!stmt) return stmt.error();
    return (*stmt)->run();
}

Status OutboxStore::apply(const Outcome& outcome, std::int64_t nowMs) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    auto del = m_db.cached(kDeleteSql);
    if (!del) return del.error();
    for (const auto& id : outcome.acknowledged) {
        (*del)->reset();
        (*del)->bind(1, id);
        if (auto st = (*del)->run(); !st) return st;
    }
    auto dead = m_db.cached(kToDeadLetterSql);
    if (!dead) return dead.error();
    for (const auto& [id, reason] : outcome.rejected) {
        (*dead)->reset();
        (*dead)->bind(1, reason).bind(2, nowMs).bind(3, id);
        if (auto st = (*dead)->run(); !st) return st;
        (*del)->reset();
        (*del)->bind(1, id);
        if (auto st = (*del)->run(); !st) return st;
    }
    auto failed = m_db.cached(kFailedSql);
    if (!failed) return failed.error();
    for (const auto& [id, error] : outcome.failed) {
        (*failed)->reset();
        (*failed)->bind(1, error).bind(2, id);
        if (auto st = (*failed)->run(); !st) return st;
    }
    return tx.commit();
}

Result<int> OutboxStore::pendingCount() {
    return countOf(m_db, kPendingCountSql);
}
Result<int> OutboxStore::deadLetterCount() {
    return countOf(m_db, kDeadCountSql);
}

Result<std::vector<DeadLetterRow>> OutboxStore::deadLetters() {
    auto stmt = m_db.cached(kDeadListSql);
    if (!stmt) return stmt.error();
    return sqlite::collectRows<DeadLetterRow>(**stmt, [](const sqlite::Statement& row) {
        return DeadLetterRow{row.columnText(0), row.columnInt(1), row.columnText(2),
                             static_cast<int>(row.columnInt(3))};
    });
}

Status OutboxStore::recordSyncSuccess(std::int64_t nowMs) {
    auto stmt = m_db.cached(kSyncOkSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, nowMs);
    return (*stmt)->run();
}

Status OutboxStore::recordSyncFailure(const std::string& code, const std::string& error) {
    auto stmt = m_db.cached(kSyncFailSql);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, error);
    (*stmt)->bind(2, code);
    return (*stmt)->run();
}

Result<SyncLog> OutboxStore::syncLog() {
    auto stmt = m_db.cached(kSyncLogSql);
    if (!stmt) return stmt.error();
    auto log = sqlite::firstRow(**stmt, [](const sqlite::Statement& row) {
        return SyncLog{row.columnOptionalInt(0), row.columnOptionalText(1).value_or(std::string()),
                       row.columnOptionalText(2).value_or(std::string())};
    });
    if (!log) return log.error();
    return log->value_or(SyncLog{});
}

} // namespace nok::kiosk
