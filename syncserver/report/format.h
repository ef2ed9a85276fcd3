// Small formatting helpers shared by the printable report and the council's web pages (one
// place, so every page a council member reads shows a figure the same way): HTML escaping of
// every text that comes from data, numbers for display (two decimals, decimal comma, half-up
// rounding of nok/format/ru_number.h) and for data files (shortest exact form).
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace nok::server::report {

// Escapes & < > " ' so any text is safe inside HTML elements and attribute values.
[[nodiscard]] std::string escapeHtml(std::string_view text);

// A JSON number rounded to 2 decimals with a decimal comma ("83,15", "90,00"); "—" for
// null/absent/not a number.
[[nodiscard]] std::string displayNumber(const nlohmann::json& value);
[[nodiscard]] std::string displayNumber(std::optional<double> value);

// A count ("259", "12 345"); "—" for null/absent/not a number.
[[nodiscard]] std::string displayCount(const nlohmann::json& value);

// Scores below this are a risk signal (METHODOLOGY.md, criterion_below_50): marked on every
// page by a sign and words, never by colour alone.
inline constexpr double kRiskThreshold = 50.0;

// A score as table-cell HTML: the figure, and " ▼" when it is below kRiskThreshold, so the mark
// survives black-and-white printing and needs no colour; kBelowMarkLegend explains it.
[[nodiscard]] std::string scoreCellHtml(std::optional<double> value);
[[nodiscard]] std::string scoreCellHtml(const nlohmann::json& value);
inline constexpr char kBelowMarkLegend[] = "▼ — значение ниже 50 баллов";

// A change against the previous campaign, year over year: "▲ +6,00", "▼ −2,50", "= 0,00" (the
// rounded figure decides: a change that rounds to zero is "="), "" for null. The sign and the
// number carry the meaning, never colour.
[[nodiscard]] std::string changeText(const nlohmann::json& change);

// Per organisation: the criteria that went up and down against the previous campaign, as a short
// Russian paragraph ("Улучшились: K1 (+18,00) …; ухудшились: …; без изменений: …"), built from
// the organisation's "change" block; "" when it has none. `name` gives a criterion's title.
[[nodiscard]] std::string improvementText(const nlohmann::json& org,
                                          const std::map<std::string, std::string>& names);

// The shortest text that reads back as the same double ("83.15", "77.5", "90").
[[nodiscard]] std::string exactNumber(double value);

// The JSON value as text, or "" when it is null, absent or not a string.
[[nodiscard]] std::string textOf(const nlohmann::json& node, const char* key);

} // namespace nok::server::report
