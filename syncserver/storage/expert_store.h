// Expert check records with history (table expert_records). A record is stored as canonical JSON
// (the nok-dataset/1 shape) with its sha256; a new version is appended only when the content
// differs from the newest stored version, and every version is kept. Scoring reads the newest
// version per organisation. SQL only; writes run in the caller's transaction.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct StoredExpertRecord {
    std::string org;
    std::int64_t version = 0;
    std::string source;     // "import" or "device:<id>"
    std::string recordJson; // canonical JSON of the record
    std::string contentHash;
    std::optional<std::string> recordedDay;
};

// The newest version for one organisation, if any.
[[nodiscard]] Result<std::optional<StoredExpertRecord>>
latestExpertRecord(sqlite::Database& db, const std::string& campaign, const std::string& org);

// The newest version of every organisation of the campaign that has one, by org id.
[[nodiscard]] Result<std::vector<StoredExpertRecord>>
latestExpertRecords(sqlite::Database& db, const std::string& campaign);

// Every version for one organisation, oldest first.
[[nodiscard]] Result<std::vector<StoredExpertRecord>>
expertRecordHistory(sqlite::Database& db, const std::string& campaign, const std::string& org);

// Appends `recordJson` as the next version unless the newest stored version has the same
// content; true when a version was appended. With `alwaysAppend` (device expert checks: every
// stored check is a version of its own, linked back from expert_checks.record_version) a version
// is appended even when the content equals the newest.
[[nodiscard]] Result<bool> appendExpertRecord(sqlite::Database& db, const std::string& campaign,
                                              const std::string& org, const std::string& recordJson,
                                              const std::string& source,
                                              const std::optional<std::string>& recordedDay = {},
                                              bool alwaysAppend = false);

} // namespace nok::server
