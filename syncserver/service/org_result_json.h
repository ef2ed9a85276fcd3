// One organisation of the results JSON written straight to text with JsonText: the same fields
// and bytes as the engine's toJson() gives for it (see shared/src/scoring/results_json.cpp), but
// without a JSON tree, which made 5,000 organisations cost most of the results' time and memory.
// tst_results_stream pins byte equality with toJson().dump() for both layouts.
#pragma once

#include "nok/scoring/scoring_engine.h"
#include "service/json_text.h"
#include "service/results_compare.h"

namespace nok::server {

// Full: every key. Brief (`results --brief`, the dashboard's rankings): category, criteria,
// id, name, rank, rank_in_category, reason, respondents, total, warnings. Report (what the
// printable report reads): every key but the per-question blocks indicator_details and
// questions, which are most of an organisation's size. The bytes of each key are the same in
// every form.
enum class OrgForm { Full, Brief, Report };

// With a comparison that knows the organisation, also "change" and "previous" (in every form;
// service/results_compare.h).
void writeOrganizationJson(JsonText& out, const scoring::OrgResult& r,
                           const std::vector<std::string>& criterionIds,
                           OrgForm form = OrgForm::Full, const Comparison* comparison = nullptr);

// The same organisation as a JSON tree (parsed from those bytes, so it is the tree the whole
// document would give it): for a page or a report that needs one organisation at a time.
[[nodiscard]] nlohmann::json organizationTree(const scoring::OrgResult& r,
                                              const std::vector<std::string>& criterionIds,
                                              OrgForm form, const Comparison* comparison);

} // namespace nok::server
