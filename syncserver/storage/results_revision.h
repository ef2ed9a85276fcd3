// The number that moves whenever a campaign's scored results could change (table
// results_revisions, kept by the triggers of sql/0007_results_revisions.sql). Reading it costs one
// primary-key lookup, so every request can check whether a cached result is still current.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <string>

namespace nok::server {

// 0 for a campaign nothing was ever written for.
[[nodiscard]] Result<std::int64_t> resultsRevision(sqlite::Database& db,
                                                   const std::string& campaign);

} // namespace nok::server
