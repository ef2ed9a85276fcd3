// Persists responses idempotently, for every way one arrives (dataset import, device sync, the
// web form). The response id is the idempotency key: the same id with the same bytes is a
// duplicate (success, nothing written); the same id with other bytes is a conflict and the new
// version goes to the quarantine table, never dropped and never counted. Tallies and counts are
// kept by triggers in the caller's transaction (see sql/0001_init.sql).
#pragma once

#include "nok/crypto/crypto.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>

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
};

enum class InsertOutcome { Stored, Duplicate, Conflict };

[[nodiscard]] std::string_view toString(InsertOutcome outcome);

// Runs inside the caller's transaction; does not begin or commit one.
[[nodiscard]] Result<InsertOutcome> insertResponse(sqlite::Database& db, const NewResponse& response);

// The content hash (sha256 of the payload) stored under this id, if any: lets an import decide
// before it opens a write transaction whether anything would change.
[[nodiscard]] Result<std::optional<std::string>> storedContentHash(sqlite::Database& db,
                                                                   const std::string& id);

// True when a response with this id is stored (any content).
[[nodiscard]] Result<bool> responseExists(sqlite::Database& db, const std::string& id);

} // namespace nok::server
