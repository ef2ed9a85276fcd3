// The council's printable report (issue 3): a self-contained HTML page with A4 print CSS and no
// external fonts, scripts or images. Sections: the regional ranking and the ranking per category
// (the style councils publish, seed 004), the criteria and indicator tables, the regional
// summary (share of organisations lacking each expert item, share of "yes" per question; seed
// 000), and per organisation its warnings, shortcomings (the first column of an improvement plan,
// seed 003) and the respondents' suggestions. Every text taken from data is HTML-escaped; numbers
// are rounded to 2 decimals for display only.
#pragma once

#include "service/report_context.h"

#include <nlohmann/json.hpp>

#include <string>

namespace nok::server::report {

// Renders the results JSON (the shape of `results --format json`).
[[nodiscard]] std::string renderResultsHtml(const nlohmann::json& results,
                                            const ReportContext& context);

} // namespace nok::server::report
