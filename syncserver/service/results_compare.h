// Year over year (issue 14, part 2): a campaign's results beside its predecessor's. For each
// organisation present in both, the results gain
//   "previous": {"campaign": "C1", "total", "criteria": {"K1"…}}  (C1's figures)
//   "change":   {"total", "criteria": {...}}  (current minus previous; null where either is null)
// The predecessor is the one asked for (`results --compare C1`, `?compare=C1`) or else the one
// the campaign names in its dataset ("campaign": {"previous": "C1"}).
//
// Where the predecessor has an improvement plan for the organisation, it also gains
//   "plan_outcome": [{"id", "ref", "status", "resolved"}]
// one entry per plan item, `resolved` true when this campaign's results no longer list a
// shortcoming with the same `ref` (what the plan set out to remove is gone).
#pragma once

#include "nok/result.h"
#include "nok/scoring/scoring_engine.h"
#include "nok/sqlite/database.h"
#include "service/json_text.h"
#include "storage/plan_store.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct PlanItemOutcome {
    std::string id;
    ShortcomingRef ref;
    std::string status;
};

struct PreviousOrg {
    std::optional<double> total;
    std::map<std::string, std::optional<double>> criteria; // by criterion id
    std::optional<std::vector<PlanItemOutcome>> plan;      // the predecessor's plan, if any
};

struct Comparison {
    std::string campaign; // the predecessor's id
    std::map<std::string, PreviousOrg> byOrg;
};

// The predecessor's figures per organisation, from its scored results.
[[nodiscard]] Comparison buildComparison(const std::string& previousCampaign,
                                         const scoring::CampaignResults& previous);

// Gives each organisation of the comparison the predecessor's plan for it.
void attachPlans(Comparison& comparison, const std::vector<PlanRecord>& plans);

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
// Writes "plan_outcome" when the predecessor had a plan for this organisation (after
// "not_measurable", before "previous").
void writePlanOutcome(JsonText& out, const scoring::OrgResult& current,
                      const PreviousOrg& previous);

} // namespace nok::server
