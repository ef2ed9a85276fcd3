// The council's printable report (issue 3): a self-contained HTML page with A4 print CSS and no
// external fonts, scripts or images. Sections: the regional ranking and the ranking per category
// (the style councils publish, seed 004), the criteria and indicator tables, the regional
// summary (share of organisations lacking each expert item, share of "yes" per question; seed
// 000), and per organisation its warnings, shortcomings (the first column of an improvement plan,
// seed 003) and the respondents' suggestions. Every text taken from data is HTML-escaped; numbers
// are rounded to 2 decimals for display only. The report is written to a sink piece by piece
// from a source that hands over one organisation at a time (service/report_source.h), so a
// region of 5,000 organisations is never held as one results tree or one document.
#pragma once

#include "service/report_context.h"
#include "service/report_source.h"
#include "service/text_sink.h"

#include <nlohmann/json.hpp>

#include <string>

namespace nok::server::report {

// Writes the report to `sink`; stops at the first error of the sink or the source.
[[nodiscard]] Status writeResultsHtml(const ReportSource& source, const TextSink& sink);

// The report of a results JSON (the shape of `results --format json`) as one string, with every
// organisation's suggestions and expert check in `context`.
[[nodiscard]] std::string renderResultsHtml(const nlohmann::json& results,
                                            const ReportContext& context);

} // namespace nok::server::report
