#include "web/html.h"

#include "report/format.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace nok::web {

// One escaping routine for every HTML the server writes (the printable report and the pages),
// so a fix to it reaches both.
std::string escape(std::string_view text) { return server::report::escapeHtml(text); }

std::string urlSegment(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string formatNumber(std::optional<double> value) {
    return server::report::displayNumber(value);
}

std::string formatCount(std::optional<double> value) {
    if (!value || !std::isfinite(*value)) return "—";
    return server::report::displayCount(nlohmann::json(*value));
}

std::string renderPage(const PageFrame& frame, const std::string& mainHtml) {
    const bool en = frame.display.lang == "en";
    std::string cls;
    if (frame.display.highContrast) cls += "contrast-high";
    if (frame.display.largeText) cls += cls.empty() ? "text-large" : " text-large";
    std::string html;
    html.reserve(mainHtml.size() + 1024);
    html += "<!doctype html>\n<html lang=\"";
    html += en ? "en" : "ru";
    html += "\"";
    if (!cls.empty()) html += " class=\"" + cls + "\"";
    html += ">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>";
    html += escape(frame.title);
    html += "</title>\n<link rel=\"stylesheet\" href=\"/assets/web.css\">\n"
            "<script src=\"/assets/web.js\" defer></script>\n</head>\n<body>\n"
            "<a class=\"skip-link\" href=\"#main\">";
    html += en ? "Skip to content" : "Перейти к содержанию";
    html += "</a>\n<header>";
    html += frame.headerHtml;
    html += "</header>\n<main id=\"main\" tabindex=\"-1\">\n";
    html += mainHtml;
    html += "</main>\n</body>\n</html>\n";
    return html;
}

} // namespace nok::web
