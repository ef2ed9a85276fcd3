#include "web/svg_chart.h"

#include "web/html.h"

#include <algorithm>

namespace nok::web {

namespace {

constexpr int kLabelWidth = 360, kBarWidth = 400, kRow = 28, kTop = 8, kValueGap = 8;

std::string truncated(const std::string& text) {
    // Long names are cut for the drawing only (the full name is in <desc> and the tables).
    std::size_t points = 0, i = 0;
    for (; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++points > 30) break;
    }
    return i < text.size() ? text.substr(0, i) + "…" : text;
}

} // namespace

std::string barChart(const std::string& id, const std::string& title, const std::vector<Bar>& bars,
                     const std::string& missingText) {
    const int height = kTop * 2 + kRow * static_cast<int>(std::max<std::size_t>(bars.size(), 1));
    const int width = kLabelWidth + kBarWidth + 70;
    std::string desc;
    for (const auto& b : bars)
        desc += b.label + ": " + (b.value ? formatNumber(b.value) : missingText) + "; ";
    std::string s = "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    "role=\"img\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) + "\" aria-labelledby=\"" +
                    id + "-t " + id + "-d\" focusable=\"false\">\n<title id=\"" + id + "-t\">" +
                    escape(title) + "</title>\n<desc id=\"" + id + "-d\">" + escape(desc) +
                    "</desc>\n";
    int y = kTop;
    for (const auto& b : bars) {
        const double v = std::clamp(b.value.value_or(0.0), 0.0, 100.0);
        const int w = static_cast<int>(v / 100.0 * kBarWidth + 0.5);
        s += "<text class=\"chart-label\" x=\"" + std::to_string(kLabelWidth - kValueGap) +
             "\" y=\"" + std::to_string(y + kRow / 2 + 5) + "\" text-anchor=\"end\">" +
             escape(truncated(b.label)) + "</text>\n";
        s += "<rect class=\"" + std::string(b.value ? "chart-bar" : "chart-bar missing") +
             "\" x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + std::to_string(y + 4) +
             "\" width=\"" + std::to_string(w) + "\" height=\"" + std::to_string(kRow - 8) +
             "\"/>\n";
        s += "<text class=\"chart-value\" x=\"" + std::to_string(kLabelWidth + w + kValueGap) +
             "\" y=\"" + std::to_string(y + kRow / 2 + 5) + "\">" +
             escape(b.value ? formatNumber(b.value) : missingText) + "</text>\n";
        y += kRow;
    }
    s += "</svg>\n<figcaption>" + escape(title) + "</figcaption>\n</figure>\n";
    return s;
}

} // namespace nok::web
