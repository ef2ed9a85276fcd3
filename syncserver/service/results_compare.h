// Year over year (issue 14, part 2): a campaign's results beside its predecessor's. For each
// organisation present in both, the results gain
//   "previous": {"campaign": "C1", "total", "criteria": {"K1"…}}  (C1's figures)
//   "change":   {"total", "criteria": {...}}  (current minus previous; null where either is null)
// The predecessor is the one asked for (`results --compare C1`, `?compare=C1`) or else the one
// the campaign names in its dataset ("campaign": {"previous": "C1"}).
//
// The seam for plan outcomes: buildComparison() gathers per organisation everything the
// comparison needs from the predecessor (PreviousOrg), and writeComparison() writes the keys for
// one organisation; a `plan_outcome` (C1's plan items, resolved when C2 no longer lists their
// `ref`) belongs in PreviousOrg and writeComparison.
#pragma once

#include "nok/result.h"
#include "nok/scoring/scoring_engine.h"
#include "nok/sqlite/database.h"
#include "service/json_text.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct PreviousOrg {
    std::optional<double> total;
    std::map<std::string, std::optional<double>> criteria; // by criterion id
};

struct Comparison {
    std::string campaign; // the predecessor's id
    std::map<std::string, PreviousOrg> byOrg;
};

// The predecessor's figures per organisation, from its scored results.
[[nodiscard]] Comparison buildComparison(const std::string& previousCampaign,
                                         const scoring::CampaignResults& previous);

// Which campaign to compare with: `asked` when given ("" = none), else `named` (the dataset's
// previous) when that campaign is in the database, else none. Error "unknown_campaign" (field
// --compare) when `asked` names no campaign, "invalid_argument" when it is the campaign itself.
[[nodiscard]] Result<std::optional<std::string>>
comparedCampaign(sqlite::Database& db, const std::string& campaign,
                 const std::optional<std::string>& asked, const std::optional<std::string>& named);

// Writes the keys "change" or "previous" of one organisation (JsonText keeps keys sorted by the
// caller: "change" after "category", "previous" after "not_measurable").
void writeChange(JsonText& out, const scoring::OrgResult& current, const PreviousOrg& previous,
                 const std::vector<std::string>& criterionIds);
void writePrevious(JsonText& out, const std::string& campaign, const PreviousOrg& previous,
                   const std::vector<std::string>& criterionIds);

} // namespace nok::server
