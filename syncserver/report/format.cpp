#include "report/format.h"

#include "nok/format/ru_number.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace nok::server::report {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string displayNumber(const nlohmann::json& value) {
    return displayNumber(value.is_number() ? std::optional<double>(value.get<double>())
                                           : std::nullopt);
}

std::string displayNumber(std::optional<double> value) {
    if (!value || !std::isfinite(*value)) return "—";
    return nok::format::ruDecimal(*value, 2);
}

std::string displayCount(const nlohmann::json& value) {
    if (value.is_number_integer()) return nok::format::ruCount(value.get<long long>());
    if (value.is_number_float() && std::isfinite(value.get<double>()))
        return nok::format::ruCount(std::llround(value.get<double>()));
    return "—";
}

std::string scoreCellHtml(std::optional<double> value) {
    std::string s = displayNumber(value);
    if (value && std::isfinite(*value) && *value < kRiskThreshold)
        s += " <span class=\"below\" title=\"ниже 50 баллов\">▼</span>";
    return s;
}

std::string scoreCellHtml(const nlohmann::json& value) {
    return scoreCellHtml(value.is_number() ? std::optional<double>(value.get<double>())
                                           : std::nullopt);
}

std::string exactNumber(double value) {
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec != std::errc()) return "";
    return std::string(buf, ptr);
}

std::string textOf(const nlohmann::json& node, const char* key) {
    if (!node.is_object()) return "";
    auto it = node.find(key);
    return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace nok::server::report
