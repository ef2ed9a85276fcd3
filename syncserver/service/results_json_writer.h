// Streams the results JSON as text: the same bytes as resultsJson(scored).dump(indent), but the
// organisations are written straight to text (org_result_json.h) a slice at a time and released
// once written, so neither a JSON tree of every organisation (5,000 organisations make an
// 89 MB document) nor its build time is paid. The small blocks (campaign, methodology,
// categories, region, summary) come from the engine's own toJson. The sink receives consecutive
// pieces of the text.
#pragma once

#include "service/org_result_json.h"
#include "service/results_service.h"
#include "service/text_sink.h"

#include <utility>
#include <vector>

namespace nok::server {

struct ResultsJsonOptions {
    // OrgForm::Brief is `results --brief` (with summary = false): each organisation with its
    // totals, criteria, ranks and warnings only (org_result_json.h).
    OrgForm form = OrgForm::Full;
    bool summary = true; // the regional "summary" block
    // When set, receives each organisation's [begin, end) byte range in the text, in order.
    std::vector<std::pair<std::size_t, std::size_t>>* organizationSpans = nullptr;
};

// indent < 0: compact; otherwise pretty-printed like nlohmann::json::dump(indent). Takes the
// results by value and releases each organisation once written (std::move it in).
[[nodiscard]] Status writeResultsJson(ScoredCampaign scored, int indent, const TextSink& sink);

// The document in that form as a JSON tree (for the renderers). OrgForm::Report is what the
// printable report and the CSV read: without the per-question blocks, a fraction of the full
// tree's memory for 5,000 organisations. The && overload releases the results as it goes.
[[nodiscard]] nlohmann::json resultsTree(const ScoredCampaign& scored,
                                         const ResultsJsonOptions& options);
[[nodiscard]] nlohmann::json resultsTree(ScoredCampaign&& scored,
                                         const ResultsJsonOptions& options);

// Everything of the results JSON but the organisations (an empty "organizations" array holds
// their place): the engine's toJson of the small blocks plus campaign, approval and
// compared_with.
[[nodiscard]] nlohmann::json resultsHead(const ScoredCampaign& scored);

// The same without consuming the results, in any form.
[[nodiscard]] Status writeResultsJson(const ScoredCampaign& scored, int indent,
                                      const TextSink& sink, const ResultsJsonOptions& options);

} // namespace nok::server
