// The steps of scoreCampaign, one file each, shared only inside src/scoring.
#pragma once

#include "nok/scoring/scoring_engine.h"

namespace nok::scoring::detail {

// Checks the inputs the formulas rely on; the error names organizations[i].
[[nodiscard]] Status checkInputs(const Methodology& m, const std::vector<OrgInput>& inputs);

// Indicators, per-question shares and not-measurable list of one organisation (indicators.cpp).
void computeIndicators(const Methodology& m, const OrgInput& input, OrgResult& out);

// Criteria, total or reason, warnings and shortcomings (org_scoring.cpp).
void computeCriteriaAndTotal(const Methodology& m, const OrgInput& input, OrgResult& out);
void addWarnings(const Methodology& m, const OrgInput& input, OrgResult& out);
void addShortcomings(const Methodology& m, const OrgInput& input, OrgResult& out);

// Ranks overall and within category, then sorts into listing order (ranking.cpp).
void rankAndSort(std::vector<OrgResult>& results);

// Category and region averages, regional summary (aggregates.cpp).
void computeAggregates(const Methodology& m, const std::vector<OrgInput>& inputs,
                       CampaignResults& results);

} // namespace nok::scoring::detail
