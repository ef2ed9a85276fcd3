// The HTML building blocks every web page uses: the one escaping function (every text that comes
// from data — organisation names, suggestions, campaign titles, error texts — goes through
// escape() before it reaches a page), number formatting, and the page frame (language, skip link,
// stylesheet and script from /assets/, high-contrast and large-text classes). Pages are pure
// functions: data in, an HTML string out, so they are tested without a server.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nok::web {

// Escapes & < > " ' for use in element content and in quoted attribute values alike.
[[nodiscard]] std::string escape(std::string_view text);

// A URL path segment (ids in links): everything outside [A-Za-z0-9._~-] percent-encoded.
[[nodiscard]] std::string urlSegment(std::string_view text);

// A score or percentage as every council page and the printed report show it: two decimals,
// decimal comma, half up ("83,15", "90,00"; report/format.h); "—" for nullopt.
[[nodiscard]] std::string formatNumber(std::optional<double> value);

// A count or a rank ("2", "12 345"); "—" for nullopt.
[[nodiscard]] std::string formatCount(std::optional<double> value);

struct Display {
    std::string lang = "ru"; // "ru" or "en"
    bool highContrast = false;
    bool largeText = false;
};

struct PageFrame {
    Display display;
    std::string title;      // plain text; escaped here
    std::string headerHtml; // already-built HTML placed in <header>
};

// The complete document: <!doctype html>, <html lang>, a skip link, <main id="main">.
[[nodiscard]] std::string renderPage(const PageFrame& frame, const std::string& mainHtml);

} // namespace nok::web
