// Photo evidence of expert checks (table evidence of sql/0003), content-addressed by the sha256
// of the bytes. SQL only; writes run in the caller's transaction.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct EvidenceFile {
    std::string sha256;
    std::string mediaType; // image/jpeg | image/png
    std::string bytes;
};

[[nodiscard]] Result<bool> evidenceExists(sqlite::Database& db, const std::string& sha256);
// Inserts unless stored; true when inserted.
[[nodiscard]] Result<bool> insertEvidence(sqlite::Database& db, const EvidenceFile& file,
                                          const std::string& receivedDay, const std::string& deviceId);
[[nodiscard]] Result<std::optional<EvidenceFile>> readEvidence(sqlite::Database& db,
                                                               const std::string& sha256);
// The hashes of `wanted` that are not stored, in the order given, each once.
[[nodiscard]] Result<std::vector<std::string>> missingEvidence(sqlite::Database& db,
                                                               const std::vector<std::string>& wanted);

} // namespace nok::server
