// The durable outbox in kiosk.db: one row per finished response, sealed to the server, with its
// id (the idempotency key), state, attempts, next attempt time and last error; the dead-letter
// table for responses the server rejected; the device's response counter; and the sync log.
// A response is inserted together with the counter bump in one transaction (synchronous=FULL),
// and leaves the outbox only by a verified receipt: deleted when stored/duplicate, moved to
// dead_letter with the reason when rejected. Each thread uses its own OutboxStore/Database.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace nok::kiosk {

struct OutboxRow {
    std::string id;
    std::int64_t seq = 0;
    std::string sealed; // bytes
    std::string state;  // pending | sending
    int attempts = 0;
    std::int64_t nextAttemptAtMs = 0;
    std::optional<std::int64_t> lastAttemptAtMs;
    std::string lastError;
};

struct DeadLetterRow {
    std::string id;
    std::int64_t seq = 0;
    std::string reason;
    int attempts = 0;
};

struct SealedResponse {
    std::string id;
    std::string sealed;
};

struct SyncLog {
    std::optional<std::int64_t> lastSyncAtMs;
    std::string lastError;     // what failed, for a technician (English); empty after a success
    std::string lastErrorCode; // its Error::code (network_error, …); empty if none was recorded
};

class OutboxStore {
  public:
    explicit OutboxStore(sqlite::Database& db) : m_db(db) {}

    // In one transaction: takes the next seq, lets `build` make the sealed response for it, and
    // inserts the row. Returns the id once committed; nothing is stored if any step fails.
    [[nodiscard]] Result<std::string>
    commitNew(const std::function<Result<SealedResponse>(std::int64_t seq)>& build);

    // Up to `limit` rows with seq > afterSeq, in seq order: those due at `nowMs`, or all of them
    // when `ignoreSchedule` ("sync now", a fresh start).
    [[nodiscard]] Result<std::vector<OutboxRow>>
    due(std::int64_t nowMs, int limit, bool ignoreSchedule, std::int64_t afterSeq = 0);
    // Earliest next_attempt_at among the rows; nullopt when the outbox is empty.
    [[nodiscard]] Result<std::optional<std::int64_t>> earliestDue();

    struct Attempt {
        std::string id;
        std::int64_t nextAttemptAtMs;
    };
    // Before a send: attempts+1, state 'sending', last_attempt_at and the next attempt time, all
    // committed, so a crash mid-send leaves the rows counted and retryable.
    [[nodiscard]] Status markSending(const std::vector<Attempt>& attempts, std::int64_t nowMs);
    // After a start: rows left 'sending' by a crash become 'pending' again.
    [[nodiscard]] Status recoverInterrupted();

    struct Outcome {
        std::vector<std::string> acknowledged;                     // stored | duplicate: delete
        std::vector<std::pair<std::string, std::string>> rejected; // id, reason: dead letter
        std::vector<std::pair<std::string, std::string>> failed;   // id, error: stay, pending
    };
    [[nodiscard]] Status apply(const Outcome& outcome, std::int64_t nowMs);

    [[nodiscard]] Result<int> pendingCount();
    [[nodiscard]] Result<int> deadLetterCount();
    [[nodiscard]] Result<std::vector<DeadLetterRow>> deadLetters();
    [[nodiscard]] Result<std::optional<OutboxRow>> find(const std::string& id);

    // Sync log: an exchange succeeded (clears the error) or failed (keeps the last success time).
    [[nodiscard]] Status recordSyncSuccess(std::int64_t nowMs);
    // The failure's machine code (Error::code) and its text, prefixed with where it happened.
    [[nodiscard]] Status recordSyncFailure(const std::string& code, const std::string& error);
    [[nodiscard]] Result<SyncLog> syncLog();

  private:
    [[nodiscard]] Result<std::vector<OutboxRow>> readRows(sqlite::Statement& stmt);
    sqlite::Database& m_db;
};

} // namespace nok::kiosk
