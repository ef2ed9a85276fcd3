#include "report/results_html.h"

#include "report/format.h"
#include "report/html_sections.h"

namespace nok::server::report {

using nlohmann::json;

namespace {

// Print-first styling: A4 pages with margins, tables that repeat their header on every page, a
// one-page summary first, then sections that follow each other without forced page breaks (an
// organisation no longer takes a page of its own: the report shrank from ~39 A4 pages for the
// demo region). System fonts only (DejaVu/Liberation carry Cyrillic).
constexpr char kCss[] = R"css(
@page { size: A4; margin: 14mm 15mm 14mm 20mm; }
body { font-family: "DejaVu Serif", "Liberation Serif", "Times New Roman", serif; font-size: 11pt;
       color: #000; background: #fff; max-width: 190mm; margin: 0 auto; line-height: 1.35; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 3mm; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; border-bottom: 1px solid #000; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
p.meta { text-align: center; margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; page-break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
table, th, td { overflow-wrap: anywhere; }
th, td { border: 1px solid #444; padding: 1.2mm 1.6mm; vertical-align: top; }
th { background: #eee; font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; }
table.wide { font-size: 8.5pt; }
table.wide th, table.wide td { padding: 1mm 1.2mm; }
tr.average td { font-weight: bold; }
.below { font-weight: bold; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0 3mm; font-size: 9.5pt;
            margin: 2mm 0; }
dl.legend dt { font-weight: bold; }
dl.legend dd { margin: 0; }
ul.plain { list-style: none; padding-left: 0; }
section.summary-page { break-after: page; page-break-after: always; font-size: 9.5pt; }
section.summary-page { line-height: 1.25; }
section.summary-page h2 { margin: 3mm 0 2mm; }
section.summary-page h3 { margin: 2.5mm 0 1mm; }
section.summary-page th, section.summary-page td { padding: 0.8mm 1.4mm; }
section.summary-page ul, section.summary-page ol { margin: 1mm 0; }
section.indicator-part { break-inside: auto; }
.warning { border: 1px solid #000; padding: 2mm; margin: 2mm 0; }
.risk { font-weight: bold; }
.muted { color: #444; font-size: 9.5pt; }
img.evidence { max-width: 6cm; max-height: 6cm; display: block; margin: 1mm 0; }
.hash { font-family: monospace; font-size: 7.5pt; word-break: break-all; }
section.org { margin-top: 8mm; }
section.org > h2 { break-before: auto; }
ul.suggestions li { margin-bottom: 1mm; }
dl.shortcomings dt { font-weight: bold; margin-top: 2mm; break-after: avoid; page-break-after: avoid; }
dl.shortcomings dd { margin: 0 0 0 5mm; }
dl.shortcomings ul { margin: 0.5mm 0; padding-left: 4mm; }
@media screen { body { padding: 10mm; } section.org { border-top: 2px solid #000; margin-top: 10mm; } }
@media print { table { table-layout: fixed; } }
th.name { width: 40%; }
table.wide th.name { width: 22%; }
@media screen and (max-width: 60em) { body { padding: 3mm; } table { display: block; overflow-x: auto; } }
)css";

} // namespace

Status writeResultsHtml(const ReportSource& source, const TextSink& sink) {
    const json& head = source.head();
    const ReportContext& context = source.context();
    // Gathered first: the first page and the regional summary need every organisation.
    auto overview = html::overview(source);
    if (!overview) return overview.error();
    const json& campaign = html::at(head, "campaign");
    const json& methodology = html::at(head, "methodology");
    const std::string title = textOf(campaign, "title");
    html::HtmlOut out(sink);
    out += "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
    out += escapeHtml("Результаты независимой оценки качества: " + title);
    out += "</title>\n<style>";
    out += kCss;
    out += "</style>\n</head>\n<body>\n";
    out += "<h1>Результаты независимой оценки качества условий оказания услуг организациями "
           "социального обслуживания</h1>\n";
    out += "<p class=\"meta\">" + escapeHtml(title) + "</p>\n<p class=\"meta\">" +
           escapeHtml(textOf(campaign, "region"));
    if (html::at(campaign, "year").is_number_integer())
        out += ", " + std::to_string(html::at(campaign, "year").get<std::int64_t>()) + " год";
    out += "</p>\n<p class=\"meta muted\">Методика: " + escapeHtml(textOf(methodology, "id"));
    if (html::at(methodology, "version").is_number_integer())
        out += ", версия " + std::to_string(html::at(methodology, "version").get<int>());
    out += ". Значения округлены до сотых только для печати.</p>\n";
    // The council's decision on every report: approved figures can no longer change.
    const json& approval = html::at(head, "approval");
    if (approval.is_object())
        out += "<p class=\"meta\"><strong>Результаты одобрены Общественным советом (протокол " +
               escapeHtml(textOf(approval, "protocol")) + "; отмечено " +
               escapeHtml(textOf(approval, "approved_on")) + ").</strong></p>\n";
    else
        out += "<p class=\"meta muted\">Результаты ещё не одобрены Общественным советом.</p>\n";
    if (html::at(head, "compared_with").is_string())
        out += "<p class=\"meta muted\">Изменения (▲ рост, ▼ снижение, = без изменений) — к "
               "оценке " + escapeHtml(textOf(head, "compared_with")) + ".</p>\n";
    html::summaryPage(out, head, *overview, context.labels);
    if (auto st = html::rankingTables(out, head, *overview); !st) return st;
    if (auto st = html::criteriaTable(out, head, *overview, context.labels); !st) return st;
    if (auto st = html::indicatorTable(out, *overview, context.labels); !st) return st;
    overview->rows = json::array(); // the tables are written: free their rows for the pages
    html::regionalSummary(out, head, *overview, context.labels);
    out += "<h2>Предложения Общественного совета</h2>\n";
    if (context.proposals.empty()) {
        out += "<p class=\"muted\">Предложения не внесены.</p>\n";
    } else {
        std::string paragraph;
        auto flush = [&] {
            if (!paragraph.empty()) out += "<p>" + escapeHtml(paragraph) + "</p>\n";
            paragraph.clear();
        };
        for (char c : context.proposals) {
            if (c == '\n') flush();
            else if (c != '\r') paragraph += c;
        }
        flush();
    }
    if (auto st = html::organizationPages(out, source); !st) return st;
    out += "</body>\n</html>\n";
    return out.flush(true);
}

std::string renderResultsHtml(const json& results, const ReportContext& context) {
    std::string text;
    text.reserve(64 * 1024);
    const TreeReportSource source(results, context);
    auto st = writeResultsHtml(source, appendTo(text));
    (void)st; // neither appendTo nor a tree source can fail
    return text;
}

} // namespace nok::server::report
