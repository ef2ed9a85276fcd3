// Typed readers over nlohmann::json for definition files: each returns the value or an Error
// with code "invalid_methodology" naming the JSON path, so parsers never throw and never guess.
#pragma once

#include "nok/result.h"
#include "nok/scoring/methodology.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace nok::scoring::reader {

using nlohmann::json;

[[nodiscard]] Error invalid(std::string message, std::string field);
[[nodiscard]] std::string join(const std::string& path, const std::string& key); // "a.b"
[[nodiscard]] std::string at(const std::string& path, std::size_t index);        // "a[3]"

[[nodiscard]] Result<const json*> member(const json& obj, const std::string& key,
                                         const std::string& path);
// A non-empty string.
[[nodiscard]] Result<std::string> text(const json& obj, const std::string& key,
                                       const std::string& path);
// A finite number in [min, max].
[[nodiscard]] Result<double> number(const json& obj, const std::string& key,
                                    const std::string& path, double min, double max);
// Language → text, with at least "ru" and "en".
[[nodiscard]] Result<Texts> texts(const json& obj, const std::string& key, const std::string& path);
[[nodiscard]] Result<const json*> array(const json& obj, const std::string& key,
                                        const std::string& path, bool nonEmpty = true);
// A non-empty array of distinct non-empty strings.
[[nodiscard]] Result<std::vector<std::string>> strings(const json& obj, const std::string& key,
                                                       const std::string& path);

} // namespace nok::scoring::reader
