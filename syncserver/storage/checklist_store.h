// The checklists the council imported (table checklists of sql/0003): every import is a new
// version and the highest is current. SQL only.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace nok::server {

struct StoredChecklist {
    std::int64_t version = 0;
    std::string checklistId;
    std::string json;
    std::string importedDay;
};

[[nodiscard]] Result<std::optional<StoredChecklist>> currentStoredChecklist(sqlite::Database& db);
// Appends as the next version; returns that version.
[[nodiscard]] Result<std::int64_t> insertChecklist(sqlite::Database& db, const std::string& checklistId,
                                                   const std::string& json, const std::string& importedDay);

} // namespace nok::server
