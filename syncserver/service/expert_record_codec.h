// The expert check record of nok-dataset/1 ("expert" entries): validation with JSON-path errors
// (known items only, no duplicates, 0 <= present <= required, waiting_time_points null or
// 0..100) and a canonical JSON form (fixed key order, item sets sorted), so the same check
// always has the same bytes and hash and a re-import adds no new version.
#pragma once

#include "service/dataset.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace nok::server {

// The item lists and sets an expert record may carry, with the items each set knows.
struct ExpertVocabulary {
    std::vector<std::string> lists;                    // "stand_items", "site_items"
    std::map<std::string, std::set<std::string>> sets; // "distance_methods" → {"phone", ...}
};

// The vocabulary of a methodology (its expert item sets); error "unknown_methodology".
[[nodiscard]] Result<ExpertVocabulary> expertVocabularyFor(const std::string& methodologyId);

// Validates `node` (located at `place`); the canonical JSON text when valid, nullopt after
// adding every problem found to `problems`.
[[nodiscard]] std::optional<std::string> canonicalExpertRecord(const nlohmann::json& node,
                                                               const ExpertVocabulary& vocabulary,
                                                               const SourcePlace& place,
                                                               Problems& problems);

} // namespace nok::server
