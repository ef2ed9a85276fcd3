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

namespace {

// The change as shown: rounded half up to 0.01 like every figure, so the sign agrees with the
// number printed beside it.
std::optional<double> shownChange(const nlohmann::json& change) {
    if (!change.is_number()) return std::nullopt;
    const double v = change.get<double>();
    if (!std::isfinite(v)) return std::nullopt;
    const double rounded = std::floor(std::fabs(v) * 100 + 0.5 + 1e-7) / 100;
    return v < 0 ? -rounded : rounded;
}

std::string signedNumber(double v) {
    return (v > 0 ? "+" : v < 0 ? "−" : "") + nok::format::ruDecimal(std::fabs(v), 2);
}

} // namespace

std::string changeText(const nlohmann::json& change) {
    auto v = shownChange(change);
    if (!v) return {};
    if (*v > 0) return "▲ " + signedNumber(*v);
    if (*v < 0) return "▼ " + signedNumber(*v);
    return "= " + nok::format::ruDecimal(0, 2);
}

std::string improvementText(const nlohmann::json& org,
                            const std::map<std::string, std::string>& names) {
    if (!org.is_object() || !org.contains("change")) return {};
    const auto& criteria = org["change"].value("criteria", nlohmann::json::object());
    std::string up, down, same;
    for (const auto& [id, value] : criteria.items()) {
        auto v = shownChange(value);
        if (!v) continue;
        auto it = names.find(id);
        const std::string label =
            id + (it == names.end() || it->second.empty() ? "" : " «" + it->second + "»");
        std::string& list = *v > 0 ? up : *v < 0 ? down : same;
        list += (list.empty() ? "" : "; ") + label + (*v == 0 ? "" : " (" + signedNumber(*v) + ")");
    }
    if (up.empty() && down.empty() && same.empty())
        return "Сравнить с прошлой оценкой нельзя: нет значений критериев.";
    std::string out = "Улучшились: " + (up.empty() ? std::string("нет") : up) + ". ";
    out += "Ухудшились: " + (down.empty() ? std::string("нет") : down) + ".";
    if (!same.empty()) out += " Без изменений: " + same + ".";
    return out;
}

} // namespace nok::server::report
