#include "web/svg_chart.h"

#include "report/format.h"
#include "web/html.h"

#include <algorithm>

namespace nok::web {

std::string barChart(const std::string& id, const std::string& title, const std::vector<Bar>& bars,
                     const std::string& missingText) {
    std::string s = "<figure class=\"chart\" id=\"" + escape(id) + "\" aria-labelledby=\"" +
                    escape(id) + "-c\">\n<figcaption id=\"" + escape(id) + "-c\">" +
                    escape(title) + "</figcaption>\n<ul class=\"bars\">\n";
    for (const auto& b : bars) {
        // The bar's length in hundredths of the scale, as an SVG attribute (CSP forbids styles).
        const double v = std::clamp(b.value.value_or(0.0), 0.0, 100.0);
        s += "<li><span class=\"bar-label\">" + escape(b.label) +
             "</span><span class=\"bar-row\"><svg class=\"bar\" viewBox=\"0 0 100 10\" "
             "preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
             "<rect class=\"chart-track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\"/>";
        if (b.value)
            s += "<rect class=\"chart-bar\" x=\"0\" y=\"0\" width=\"" +
                 server::report::exactNumber(v) + "\" height=\"10\"/>";
        s += "</svg><span class=\"bar-value\">" +
             (b.value ? server::report::scoreCellHtml(b.value) : escape(missingText)) +
             "</span></span></li>\n";
    }
    s += "</ul>\n</figure>\n";
    return s;
}

} // namespace nok::web
