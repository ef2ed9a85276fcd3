// The server's current expert checklist: the newest one the council imported
// (`nok-server checklist import`), else the built-in 886n-1239/1. An import is validated with
// the core parser (errors name the JSON path) and its set groups must hold exactly the items of
// the methodology's expert sets, so a device check summarised with it always imports and scores.
#pragma once

#include "nok/expert/checklist.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <string>

namespace nok::server {

struct CurrentChecklist {
    expert::Checklist checklist;
    std::string json;        // the text as imported (or shipped): what devices receive
    std::int64_t version = 0; // 0: the built-in one
};

[[nodiscard]] Result<CurrentChecklist> currentChecklist(sqlite::Database& db);

// Validates `json` and stores it as the next version (in its own transaction); the version.
// Errors: "invalid_checklist" naming the JSON path.
[[nodiscard]] Result<std::int64_t> importChecklist(sqlite::Database& db, const std::string& json,
                                                   const std::string& today);

// The set-group check alone (used by import; exposed for tests): every item of a set group is
// an element of that set in every built-in methodology, and every element has an item.
[[nodiscard]] Status checkChecklistSets(const expert::Checklist& checklist);

} // namespace nok::server
