// The council's results for a campaign: loads the campaign, its organisations, the newest
// expert records and the answer tallies, runs the scoring engine (nok::scoring, a pure
// function) and returns the CONTRACTS.md results JSON with the `campaign` block added. Also
// gathers what the printable report needs beyond the JSON: Russian labels from the methodology
// and questionnaire, and the respondents' suggestions.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "report/report_context.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace nok::server {

struct ResultsRequest {
    std::string campaign;
    std::optional<std::string> methodology; // built-in id or file; default: the campaign's
};

// Error "unknown_campaign" (field --campaign) when the campaign is not in the database.
[[nodiscard]] Result<nlohmann::json> campaignResults(sqlite::Database& db,
                                                     const ResultsRequest& request);

// Labels and suggestions for report::renderResultsHtml.
[[nodiscard]] Result<report::ReportContext> reportContext(sqlite::Database& db,
                                                          const ResultsRequest& request);

} // namespace nok::server
