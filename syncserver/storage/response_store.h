// Persists responses idempotently, for every way one arrives (dataset import, device sync, the
// web form). The response id is the idempotency key: the same id with the same bytes is a
// duplicate (success, nothing written); the same id with other bytes is a conflict and the new
// version goes to the quarantine table, never dropped and never counted. The per-organisation
// yes/no tallies and complete counts are kept here, in the caller's transaction: each stored
// response is added to a TallyBatch, and the batch is written in one upsert per (org, question,
// answer) — a sync batch of 500 responses then costs about 30 upserts instead of 7,500 trigger
// rows (sql/0005_batch_tallies.sql dropped the per-row trigger). Deletions still go through the
// delete trigger of sql/0001_init.sql.
#pragma once

#include "nok/crypto/crypto.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "nok/survey/response_payload.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <string_view>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nok::server {

struct NewResponse {
    std::string id;
    std::string campaign;
    std::string org;
    std::string channel;
    std::string questionnaire;
    std::optional<std::string> day;
    std::string source; // import | device | web
    std::optional<std::string> deviceId;
    std::optional<std::int64_t> seq;
    std::string payload;                    // exact bytes
    std::optional<crypto::Bytes> signature; // over payload
    std::string answersJson;                // parsed answers, a JSON object
    // The yes/no answers as (question, value), when the caller already has them parsed (ingest
    // extracts them on its worker threads); otherwise they are read from answersJson.
    std::optional<std::vector<std::pair<std::string, std::string>>> yesNoAnswers;
    std::string contentHash; // sha256 hex of payload, when the caller has it; else computed

    // The row of a signed response (a device's item or the server's own web form): the
    // payload's fields, its exact bytes and signature, and who stored it. One mapping, so the
    // paths that store signed responses cannot drift in what they keep.
    [[nodiscard]] static NewResponse fromSigned(const survey::ResponsePayload& payload, std::string source,
                                                std::optional<std::string> deviceId, survey::SignedItem signedItem,
                                                std::string answersJson);
};

// The yes/no answers of an answer object, as the tallies count them.
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
yesNoAnswersOf(const nlohmann::json& answers);

// Tally changes of the responses stored in one transaction, written by apply() before commit.
class TallyBatch {
public:
    [[nodiscard]] Status add(const NewResponse& response);
    // Adds every counted change to answer_tallies and response_counts, then empties the batch.
    [[nodiscard]] Status apply(sqlite::Database& db);
    [[nodiscard]] bool empty() const { return m_orgs.empty(); }

private:
    // Counted per organisation, then per question without building a key per answer: adding a
    // response must stay cheap, it runs inside the write lock.
    struct OrgTally {
        std::int64_t complete = 0;
        std::map<std::string, std::array<std::int64_t, 2>, std::less<>> yesNo; // [yes, no]
    };
    static void countAnswer(OrgTally& tally, std::string_view question, std::string_view value);
    std::map<std::pair<std::string, std::string>, OrgTally> m_orgs; // (campaign, org)
};

enum class InsertOutcome { Stored, Duplicate, Conflict };

[[nodiscard]] std::string_view toString(InsertOutcome outcome);

// Runs inside the caller's transaction; does not begin or commit one. A stored response's tallies
// are written at once.
[[nodiscard]] Result<InsertOutcome> insertResponse(sqlite::Database& db, const NewResponse& response);

// The same, but a stored response's tallies go to `tallies`; the caller applies the batch in the
// same transaction before it commits.
[[nodiscard]] Result<InsertOutcome> insertResponse(sqlite::Database& db, const NewResponse& response,
                                                   TallyBatch& tallies);

// The content hash (sha256 of the payload) stored under this id, if any: lets an import decide
// before it opens a write transaction whether anything would change.
[[nodiscard]] Result<std::optional<std::string>> storedContentHash(sqlite::Database& db,
                                                                   const std::string& id);

// True when a response with this id is stored (any content).
[[nodiscard]] Result<bool> responseExists(sqlite::Database& db, const std::string& id);

} // namespace nok::server
