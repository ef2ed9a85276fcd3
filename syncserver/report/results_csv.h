// The results as CSV for spreadsheets: one row per organisation with id, name, category,
// respondents, every indicator, every criterion, total, rank, rank in category and the reason
// when there is no total. UTF-8 with a BOM and CRLF line ends (RFC 4180 quoting), so Excel opens
// Cyrillic correctly. Dialect `standard`: English column names, codes and unrounded numbers, for
// programs. Dialect `excel-ru` (the council dashboard's default download): semicolons, Russian
// column names, numbers rounded to two decimals with a decimal comma as on the pages, reasons in
// words, as Excel expects in a Russian locale. An empty cell means "not measurable".
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace nok::server::report {

enum class CsvDialect { Standard, ExcelRu };

// "standard" or "excel-ru"; nullopt for anything else.
[[nodiscard]] std::optional<CsvDialect> parseCsvDialect(std::string_view name);

// Renders the results JSON (the shape of `results --format json`).
[[nodiscard]] std::string renderResultsCsv(const nlohmann::json& results, CsvDialect dialect);

} // namespace nok::server::report
