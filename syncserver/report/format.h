// Small formatting helpers shared by the report renderers: HTML escaping of every text that
// comes from data, numbers for display (rounded to 2 decimals, decimal comma for Russian
// readers) and for data files (shortest exact form).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace nok::server::report {

// Escapes & < > " ' so any text is safe inside HTML elements and attribute values.
[[nodiscard]] std::string escapeHtml(std::string_view text);

// A JSON number rounded to 2 decimals with a decimal comma ("83,15"); "—" for null/absent.
[[nodiscard]] std::string displayNumber(const nlohmann::json& value);

// The shortest text that reads back as the same double ("83.15", "77.5", "90").
[[nodiscard]] std::string exactNumber(double value);

// The JSON value as text, or "" when it is null, absent or not a string.
[[nodiscard]] std::string textOf(const nlohmann::json& node, const char* key);

} // namespace nok::server::report
