// Bar charts for the council pages, with no script, no external file and no inline style (they
// pass a strict Content-Security-Policy). The caption comes first (<figcaption> above the bars,
// so it reads as this chart's title, not the next one's); each bar is a list item whose label
// and value are ordinary text, so long organisation names wrap instead of being cut and the text
// grows with the reader's font size; only the bar itself is a small decorative SVG scaled to
// 0..100. Screen readers and black-and-white prints get the same figures as text, and a value
// below 50 carries the "▼" mark of report/format.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nok::web {

struct Bar {
    std::string label;           // plain text; escaped by the chart
    std::optional<double> value; // 0..100; nullopt shown as `missingText`
};

// `id` must be unique on the page; the figure is labelled by its caption.
[[nodiscard]] std::string barChart(const std::string& id, const std::string& title,
                                   const std::vector<Bar>& bars, const std::string& missingText);

} // namespace nok::web
