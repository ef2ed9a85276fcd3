// Reads the per-organisation answer tallies that response_store (TallyBatch, in the inserting transaction) keeps current
// (response_counts, answer_tallies), so scoring never rescans the stored responses. Also reads
// the respondents' free-text suggestions for the council's report. SQL only.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nok::server {

struct StoredQuestionTally {
    std::int64_t yes = 0;
    std::int64_t no = 0;
};

struct StoredOrgTally {
    std::int64_t complete = 0;                            // complete responses stored
    std::map<std::string, StoredQuestionTally> questions; // yes/no questions with answers
};

// org id → tally, for every organisation of the campaign with at least one stored response.
[[nodiscard]] Result<std::map<std::string, StoredOrgTally>>
readTallies(sqlite::Database& db, const std::string& campaign);

// org id → non-empty `suggestions` answers, sorted by text: never in the order residents gave
// them, which would let staff tie a suggestion to the resident who answered at a given time.
[[nodiscard]] Result<std::map<std::string, std::vector<std::string>>>
readSuggestions(sqlite::Database& db, const std::string& campaign);

// Complete responses stored for one organisation in one campaign (all channels).
[[nodiscard]] Result<std::int64_t> completeResponses(sqlite::Database& db, const std::string& campaign,
                                                     const std::string& org);

} // namespace nok::server
