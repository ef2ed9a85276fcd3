#include "report/format.h"

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
    if (!value.is_number()) return "—";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", value.get<double>());
    std::string s(buf);
    if (s == "-0.00") s = "0.00";
    for (auto& c : s)
        if (c == '.') c = ',';
    return s;
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
