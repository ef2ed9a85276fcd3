// Imports a campaign dataset (nok-dataset/1 JSON) or a CSV of paper questionnaires: all or
// nothing. A JSON dataset is read as a stream (dataset_import.h), a response at a time, so a
// million responses need no more memory than a thousand; every response is checked on its own
// and against the database (organisations that exist, ids already stored with other content).
// Writes go into one transaction opened at the first change (import_run.h): the campaign,
// organisations, new expert record versions and responses (through insertResponse, tallies in
// batches in the same transaction); any problem rolls all of it back. An unchanged re-import
// opens no write transaction at all, so the database file stays byte-for-byte the same.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/dataset.h"

#include <optional>
#include <string>
#include <vector>

namespace nok::server {

enum class ImportFormat { Json, PaperCsv };

struct ImportOptions {
    ImportFormat format = ImportFormat::Json;
    std::optional<std::string> campaign; // required for PaperCsv (the CSV has no campaign block)
    std::string today; // the server's UTC day for the day check (tests); empty: the clock's
};

struct ImportReport {
    std::string campaign;
    bool campaignChanged = false;
    int organizationsChanged = 0;
    int expertVersionsAdded = 0;
    int responsesStored = 0;
    int responsesAlreadyStored = 0;
    [[nodiscard]] bool changedAnything() const {
        return campaignChanged || organizationsChanged || expertVersionsAdded || responsesStored;
    }
};

struct ImportOutcome {
    std::vector<Error> errors; // empty: success (and `report` says what changed)
    ImportReport report;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

// PaperCsv for a name ending in ".csv" (any case), Json otherwise.
[[nodiscard]] ImportFormat formatForPath(const std::string& path);

[[nodiscard]] ImportOutcome importText(sqlite::Database& db, std::string_view text,
                                       const ImportOptions& options);
[[nodiscard]] ImportOutcome importFile(sqlite::Database& db, const std::string& path,
                                       const ImportOptions& options);

} // namespace nok::server
