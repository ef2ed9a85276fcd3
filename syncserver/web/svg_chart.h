// Inline SVG bar charts for the council pages (no script, no external file, no inline style, so
// they pass a strict Content-Security-Policy). Each chart is a role="img" with a <title> and a
// <desc> listing every value as text, for screen readers and for printing without colour.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nok::web {

struct Bar {
    std::string label;           // plain text; escaped by the chart
    std::optional<double> value; // 0..100; nullopt drawn as "not measurable"
};

// Horizontal bars scaled to 0..100. `id` must be unique on the page.
[[nodiscard]] std::string barChart(const std::string& id, const std::string& title,
                                   const std::vector<Bar>& bars, const std::string& missingText);

} // namespace nok::web
