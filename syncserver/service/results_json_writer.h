// Streams the results JSON as text: the same bytes as resultsJson(scored).dump(indent), but the
// organisations are written straight to text (org_result_json.h) a slice at a time and released
// once written, so neither a JSON tree of every organisation (5,000 organisations make an
// 89 MB document) nor its build time is paid. The small blocks (campaign, methodology,
// categories, region, summary) come from the engine's own toJson. The sink receives consecutive
// pieces of the text.
#pragma once

#include "service/results_service.h"

#include <functional>
#include <string_view>

namespace nok::server {

using TextSink = std::function<Status(std::string_view)>;

// indent < 0: compact; otherwise pretty-printed like nlohmann::json::dump(indent). Takes the
// results by value and releases each organisation once written (std::move it in).
[[nodiscard]] Status writeResultsJson(ScoredCampaign scored, int indent, const TextSink& sink);

} // namespace nok::server
