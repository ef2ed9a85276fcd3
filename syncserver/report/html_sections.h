// The parts of the HTML report (see results_html.h), each appending escaped HTML to `out`. What
// the first page, the tables and the regional summary need from every organisation is gathered
// in one pass over the source first (Overview); the organisation pages are a second pass.
// Internal to report/.
#pragma once

#include "service/report_source.h"
#include "service/text_sink.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::server::report::html {

// The report's text as it is written: the parts append to it, and it goes to the sink a piece
// at a time, so the document never sits in memory whole.
class HtmlOut {
  public:
    explicit HtmlOut(const TextSink& sink) : m_sink(sink) {}
    HtmlOut& operator+=(std::string_view text) {
        m_text.append(text);
        return *this;
    }
    // Hands the text over once it holds a piece's worth; with `all`, whatever it holds.
    [[nodiscard]] Status flush(bool all = false);

  private:
    static constexpr std::size_t kPiece = 64 * 1024;
    const TextSink& m_sink;
    std::string m_text;
};

// How many organisations, expert items and questions the first page lists as the best, most
// often missing and fewest «да».
inline constexpr std::size_t kTopListed = 3;

// What the report needs from every organisation before it lists them.
struct Overview {
    // Keys of the organisations' "criteria" and "indicators", in the order first seen.
    std::vector<std::string> criterionIds, indicatorIds;
    // Each criterion's lowest and highest organisation value.
    std::map<std::string, std::pair<std::optional<double>, std::optional<double>>> range;
    std::string best;      // the first three ranked organisations, as list items
    std::string attention; // organisations needing attention, as list items
    int smallSamples = 0;  // organisations with too few questionnaires
    // Each distinct shortcoming (kind|indicator|set|item) with its label and organisations.
    struct Shortcoming {
        std::string label;
        std::int64_t orgs = 0;
    };
    std::map<std::string, Shortcoming> shortcomings;
    std::int64_t organizations = 0;
    // Each organisation cut to what the ranking, criteria and indicator tables show (category,
    // change, criteria, id, indicators, name, rank, rank_in_category, reason, respondents,
    // total), in the results' order: a few kB each, where the whole organisation with its
    // shortcomings is several times that and is built again for its page.
    nlohmann::json rows = nlohmann::json::array();
};

[[nodiscard]] Result<Overview> overview(const ReportSource& source);

void summaryPage(HtmlOut& out, const nlohmann::json& head, const Overview& overview,
                 const ReportLabels& labels);
[[nodiscard]] Status rankingTables(HtmlOut& out, const nlohmann::json& head,
                                   const Overview& overview);
[[nodiscard]] Status criteriaTable(HtmlOut& out, const nlohmann::json& head,
                                   const Overview& overview, const ReportLabels& labels);
[[nodiscard]] Status indicatorTable(HtmlOut& out, const Overview& overview,
                                    const ReportLabels& labels);
void regionalSummary(HtmlOut& out, const nlohmann::json& head, const Overview& overview,
                     const ReportLabels& labels);
[[nodiscard]] Status organizationPages(HtmlOut& out, const ReportSource& source);

// The newest device expert check of one organisation: items and evidence (html_expert.cpp).
void expertCheckSection(HtmlOut& out, const ReportOrganization& org, const ReportContext& context);

// Helpers shared by the sections.
const nlohmann::json& at(const nlohmann::json& node, const char* key);

} // namespace nok::server::report::html
