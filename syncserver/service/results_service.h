// The council's results for a campaign: loads the campaign, its organisations, the newest
// expert records and the answer tallies, runs the scoring engine (nok::scoring, a pure
// function) and gives the CONTRACTS.md results JSON with the `campaign` block added, either as
// a JSON value (for the renderers and small campaigns) or streamed as text organisation by
// organisation (results_json_writer.h), so 5,000 organisations never sit in memory as one JSON
// tree. Also gathers what the printable report needs beyond the JSON: Russian labels from the
// methodology and questionnaire, and the respondents' suggestions.
#pragma once

#include "nok/result.h"
#include "nok/scoring/scoring_engine.h"
#include "nok/sqlite/database.h"
#include "service/report_context.h"
#include "service/results_compare.h"
#include "storage/approval_store.h"
#include "storage/campaign_store.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>

namespace nok::server {

struct ResultsRequest {
    std::string campaign;
    std::optional<std::string> methodology{}; // built-in id or file; default: the campaign's
    // The campaign to compare with; nullopt: the one the campaign names as previous (if
    // imported); "": no comparison.
    std::optional<std::string> compare{};
};

struct ScoredCampaign {
    CampaignRecord campaign;
    scoring::CampaignResults results;
    std::optional<Approval> approval{};             // the council's, when approved
    std::shared_ptr<const Comparison> comparison{}; // year over year, when compared
};

// Error "unknown_campaign" (field --campaign) when the campaign is not in the database, or
// (field --compare) when the campaign to compare with is not. The predecessor is scored with
// its own methodology.
[[nodiscard]] Result<ScoredCampaign> scoreStoredCampaign(sqlite::Database& db,
                                                         const ResultsRequest& request);

// The `campaign` block of the results: id, title, year, region, and previous when named.
[[nodiscard]] nlohmann::json campaignBlock(const CampaignRecord& campaign);

// The whole results JSON as one value (the engine's toJson plus the campaign block).
[[nodiscard]] nlohmann::json resultsJson(const ScoredCampaign& scored);

// scoreStoredCampaign + resultsJson.
[[nodiscard]] Result<nlohmann::json> campaignResults(sqlite::Database& db,
                                                     const ResultsRequest& request);

// Labels (from the methodology and questionnaire) and the council's proposals: what a streamed
// report (service/report_source.h) needs beyond what it reads per organisation.
[[nodiscard]] Result<ReportContext> reportLabelsAndProposals(sqlite::Database& db,
                                                             const ResultsRequest& request);

// Those plus every organisation's suggestions (report::renderResultsHtml of a results tree, the
// suggestions endpoint, plan drafts).
[[nodiscard]] Result<ReportContext> reportContext(sqlite::Database& db,
                                                          const ResultsRequest& request);

} // namespace nok::server
