// Operator mode in kiosk.db: the interview counters, expert checklist drafts, evidence photos and
// the expert outbox (schema sql/0002_operator.sql). Like OutboxStore, every write is one
// transaction on a synchronous=FULL connection, so a call that returned has reached the disk.
// A check leaves the outbox only through apply() with a verified receipt (deleted) or a refusal
// (moved to expert_dead_letter, kept); a photo is deleted only when no draft and no pending or
// dead-letter check references it. Each thread uses its own ExpertStore/Database.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nok::kiosk {

struct InterviewCount {
    int today = 0;
    int total = 0;
};

struct StoredDraft {
    std::string checklistJson;
    std::string itemsJson;
};

struct ExpertOutboxRow {
    std::string id;
    std::string org;
    std::string payload; // bytes
    std::string sig;     // bytes
    int attempts = 0;
    std::int64_t nextAttemptAtMs = 0;
};

struct EvidenceBlob {
    std::string sha256;
    std::string mime;
    std::string bytes;
};

class ExpertStore {
  public:
    explicit ExpertStore(sqlite::Database& db) : m_db(db) {}

    // Interview counters. bumpInterview runs INSIDE the caller's open transaction (the one that
    // inserts the response into the outbox) and does not commit.
    [[nodiscard]] Status bumpInterview(const std::string& org, const std::string& localDay);
    [[nodiscard]] Result<std::map<std::string, InterviewCount>> interviewCounts(const std::string& localDay);

    // Drafts, keyed by organisation and campaign. saveDraft replaces the draft and its photo
    // references in one transaction, then drops photos nobody references any more.
    [[nodiscard]] Result<std::optional<StoredDraft>> loadDraft(const std::string& org, const std::string& campaign);
    [[nodiscard]] Status saveDraft(const std::string& org, const std::string& campaign, const StoredDraft& draft,
                                   const std::vector<std::string>& evidence, std::int64_t nowMs);
    [[nodiscard]] Status discardDraft(const std::string& org, const std::string& campaign);

    // Photos: stored once per sha256 (a re-stored photo is marked not uploaded again, so it is
    // sent again if a check needs it; the server answers "duplicate").
    [[nodiscard]] Status storeEvidence(const std::string& sha256, const std::string& mime,
                                       const std::string& bytes, std::int64_t nowMs);
    [[nodiscard]] Result<std::optional<EvidenceBlob>> evidence(const std::string& sha256);

    // In one transaction: inserts the signed check with its photo references and deletes the
    // draft it came from.
    [[nodiscard]] Status commitCheck(const ExpertOutboxRow& row, const std::vector<std::string>& evidence,
                                     const std::string& draftCampaign, std::int64_t nowMs);

    [[nodiscard]] Result<std::vector<ExpertOutboxRow>> due(std::int64_t nowMs, bool ignoreSchedule);
    [[nodiscard]] Result<std::optional<std::int64_t>> earliestDue();
    // attempts+1, 'sending', the next attempt time: committed before the send.
    [[nodiscard]] Status markSending(const std::string& id, std::int64_t nowMs, std::int64_t nextAttemptAtMs);
    [[nodiscard]] Status recoverInterrupted();
    // The photos of that check not yet uploaded (sha, mime, bytes), in sha order.
    [[nodiscard]] Result<std::vector<EvidenceBlob>> pendingEvidence(const std::string& checkId);
    [[nodiscard]] Status markUploaded(const std::string& sha256);

    enum class Outcome { Acknowledged, Rejected, Failed };
    // Acknowledged: the check is deleted, its references too, and unreferenced photos that were
    // uploaded are deleted. Rejected: moved to the dead letters with the reason (photos kept).
    // Failed: back to pending with the error.
    [[nodiscard]] Status apply(const std::string& id, Outcome outcome, const std::string& reason, std::int64_t nowMs);

    [[nodiscard]] Result<int> pendingCount();
    [[nodiscard]] Result<int> deadLetterCount();
    [[nodiscard]] Result<int> pendingEvidenceCount();
    [[nodiscard]] Result<std::vector<std::pair<std::string, std::string>>> deadLetters(); // id, reason

  private:
    [[nodiscard]] Status deleteUnreferenced(bool uploadedOnly);
    sqlite::Database& m_db;
};

} // namespace nok::kiosk
