// The CSV and HTML renderers on a results JSON: CSV dialects and quoting read back cell for cell
// by the project's CSV reader, the BOM, unrounded numbers; the HTML report escapes every text
// from data (a <script> in a name or a suggestion stays text), is self-contained and printable.
#include "report/results_csv.h"
#include "report/results_html.h"
#include "service/csv_reader.h"

#include <QTest>

#include <cstring>
#include <string_view>
#include <vector>
#include "test_program.h"

namespace tst_reports {

using nlohmann::json;
using namespace nok::server;

namespace {

const std::string kNastyName = "МБУ \"Центр; <script>alert('x')</script>\",\nг. Тест";

json sampleResults() {
    json indicators = {{"1.1", 77.5}, {"1.2", 90}, {"1.3", 87.5}, {"2.1", 80}, {"2.2", 90},
                       {"2.3", 85},   {"3.1", 40}, {"3.2", 60},   {"3.3", 75}, {"4.1", 95},
                       {"4.2", 100},  {"4.3", 90}, {"5.1", 90},   {"5.2", 80}, {"5.3", 95}};
    json none = indicators;
    for (auto& [k, v] : none.items())
        v = nullptr;
    json org1 = {
        {"id", "org-1"},
        {"name", kNastyName},
        {"category", "ЦСОН"},
        {"respondents", 20},
        {"indicators", indicators},
        {"criteria", {{"K1", 85.25}, {"K2", 85.5}, {"K3", 58.5}, {"K4", 96}, {"K5", 90.5}}},
        {"total", 250.0 / 3},
        {"rank", 1},
        {"rank_in_category", 1},
        {"not_measurable", json::array()},
        {"warnings", json::array({{{"code", "sample_below_minimum"},
                                   {"message", "m"},
                                   {"required", 16},
                                   {"actual", 12}},
                                  {{"code", "criterion_below_50"},
                                   {"message", "m"},
                                   {"criteria", {"K3"}},
                                   {"threshold", 50.0}}})},
        {"reason", nullptr},
        {"shortcomings", json::array({{{"criterion", "K1"},
                                       {"indicator", "1.2"},
                                       {"kind", "missing_item"},
                                       {"text", "Отсутствует: <b>форма</b>"}}})}};
    json org2 = {
        {"id", "org-2"},
        {"name", "Без проверки"},
        {"category", "ЦСОН"},
        {"respondents", 5},
        {"indicators", none},
        {"criteria",
         {{"K1", nullptr}, {"K2", nullptr}, {"K3", nullptr}, {"K4", nullptr}, {"K5", nullptr}}},
        {"total", nullptr},
        {"rank", nullptr},
        {"rank_in_category", nullptr},
        {"not_measurable", json::array()},
        {"warnings", json::array()},
        {"reason", "no_expert_record"},
        {"shortcomings", json::array()}};
    return {
        {"campaign", {{"id", "c"}, {"title", "НОК <2026>"}, {"year", 2026}, {"region", "Регион"}}},
        {"methodology", {{"id", "344n-social"}, {"version", 1}}},
        {"organizations", {org1, org2}},
        {"categories", {{{"category", "ЦСОН"}, {"average", 83.15}, {"criteria", {{"K1", 85.25}}}}}},
        {"region", {{"average", 83.15}, {"criteria", {{"K1", 85.25}}}}},
        {"summary",
         {{"organizations", 2},
          {"with_expert_record", 1},
          {"respondents", 25},
          {"lists_not_compliant", json::array()},
          {"expert_items_lacking", json::array({{{"set", "distance_methods"},
                                                 {"item", "e_services"},
                                                 {"lacking", 1},
                                                 {"share", 100.0}}})},
          {"questions",
           json::array(
               {{{"question", "recommend"}, {"yes", 23}, {"answered", 25}, {"share", 92.0}}})}}}};
}

// The text a reader sees: tags (and their attributes) and the style sheet removed.
std::string visibleText(std::string html) {
    const auto style = html.find("<style>");
    if (style != std::string::npos) html.erase(style, html.find("</style>") - style);
    std::string out;
    bool inTag = false;
    for (char c : html) {
        if (c == '<') inTag = true;
        else if (c == '>') inTag = false;
        else if (!inTag) out += c;
    }
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto i = text.find(what); i != std::string::npos; i = text.find(what, i + 1))
        ++n;
    return n;
}

std::vector<CsvRow> readBack(const std::string& csv) {
    auto rows = readCsv(csv);
    if (!rows) qFatal("the CSV does not read back: %s", rows.error().describe().c_str());
    return *rows;
}

} // namespace

class TstReports : public QObject {
    Q_OBJECT
  private slots:
    void standardCsvQuotesAndReadsBack() {
        const std::string csv =
            report::renderResultsCsv(sampleResults(), report::CsvDialect::Standard);
        QVERIFY(csv.rfind("\xEF\xBB\xBF", 0) == 0);
        QVERIFY(csv.find("\r\n") != std::string::npos);
        const auto rows = readBack(csv);
        QCOMPARE(rows.size(), std::size_t(3));
        const std::vector<std::string> header = {"id",          "name", "category",
                                                 "respondents", "1.1",  "1.2",
                                                 "1.3",         "2.1",  "2.2",
                                                 "2.3",         "3.1",  "3.2",
                                                 "3.3",         "4.1",  "4.2",
                                                 "4.3",         "5.1",  "5.2",
                                                 "5.3",         "K1",   "K2",
                                                 "K3",          "K4",   "K5",
                                                 "total",       "rank", "rank_in_category",
                                                 "reason"};
        QVERIFY(rows[0].cells == header);
        QCOMPARE(rows[1].cells[1], kNastyName);
        QCOMPARE(rows[1].cells[4], std::string("77.5"));
        QCOMPARE(rows[1].cells[24], std::string("83.33333333333333")); // unrounded, exact
        QCOMPARE(rows[1].cells[25], std::string("1"));
        QCOMPARE(rows[2].cells[24], std::string(""));
        QCOMPARE(rows[2].cells[27], std::string("no_expert_record"));
    }

    void excelRuUsesSemicolonsDecimalCommaAndRussianHeaders() {
        json r = sampleResults();
        r["organizations"][1]["name"] = "ГБУ «Дом», корпус 2";
        const std::string csv = report::renderResultsCsv(r, report::CsvDialect::ExcelRu);
        QVERIFY(csv.rfind("\xEF\xBB\xBFКод;Организация;Категория;Респондентов;Показатель 1.1;", 0) ==
                0);
        QVERIFY(csv.find("ГБУ «Дом», корпус 2;") != std::string::npos); // a comma needs no quotes
        const auto rows = readBack(csv);
        QCOMPARE(rows[1].cells.size(), std::size_t(28));
        QCOMPARE(rows[1].cells[1], kNastyName);
        QCOMPARE(rows[1].cells[4], std::string("77,50"));
        QCOMPARE(rows[1].cells[19], std::string("85,25"));
        QCOMPARE(rows[1].cells[3], std::string("20"));
        // Two decimals as on the dashboard and in the report, not 83,33333333333333.
        QCOMPARE(rows[1].cells[24], std::string("83,33"));
        QCOMPARE(rows[0].cells[19], std::string("Критерий K1"));
        QCOMPARE(rows[0].cells[27], std::string("Почему нет итога"));
        QCOMPARE(rows[2].cells[27], std::string("нет результатов экспертной проверки"));
        QVERIFY(!report::parseCsvDialect("excel"));
    }

    void htmlEscapesEveryTextFromData() {
        ReportContext context;
        context.suggestions["org-1"] = {"<script>steal()</script> & \"больше\" прогулок"};
        context.labels.criteria["K1"] = "Открытость и доступность информации";
        const std::string html = report::renderResultsHtml(sampleResults(), context);
        QVERIFY(html.find("<script") == std::string::npos);
        QVERIFY(html.find("<b>форма</b>") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
        QVERIFY(
            html.find("&lt;script&gt;steal()&lt;/script&gt; &amp; &quot;больше&quot; прогулок") !=
            std::string::npos);
        QVERIFY(html.find("Отсутствует: &lt;b&gt;форма&lt;/b&gt;") != std::string::npos);
        QVERIFY(html.find("НОК &lt;2026&gt;") != std::string::npos);
    }

    // On paper the same suggestion is listed once with its count, alphabetically: shorter, and
    // in no order that follows the order in which residents answered.
    void htmlListsSuggestionsOnceEachAlphabetically() {
        ReportContext context;
        context.suggestions["org-1"] = {"Больше прогулок", "Ароматный чай", "Больше прогулок",
                                        "Больше прогулок"};
        const std::string html = report::renderResultsHtml(sampleResults(), context);
        const auto tea = html.find("<li>Ароматный чай</li>");
        const auto walks = html.find("<li>Больше прогулок (ответов: 3)</li>");
        QVERIFY(tea != std::string::npos);
        QVERIFY(walks != std::string::npos);
        QVERIFY(tea < walks);
        const auto listEnd = html.find("</ul>", walks);
        QVERIFY(html.find("Больше прогулок", walks + std::strlen("<li>Больше прогулок")) > listEnd);
    }

    void htmlIsSelfContainedPrintableAndRoundsForDisplay() {
        const std::string html = report::renderResultsHtml(sampleResults(), {});
        for (const char* external : {"http://", "https://", "src=", "<link", "@import", "url("})
            QVERIFY2(html.find(external) == std::string::npos, external);
        QVERIFY(html.find("@page { size: A4") != std::string::npos);
        QVERIFY(html.find("<td class=\"num\">83,33</td>") != std::string::npos);
        QVERIFY(html.find("83.333") == std::string::npos);
        QVERIFY(html.find("83,333") == std::string::npos);
        QVERIFY(html.find("Рейтинг организаций региона") != std::string::npos);
        QVERIFY(html.find("нет результатов экспертной проверки") != std::string::npos);
        QVERIFY(html.find("Недостаточная выборка: заполнено анкет — 12, требуется не менее 16") !=
                std::string::npos);
        // Any criterion below 50 is a plain signal; 566н is cited only when all are below.
        QVERIFY(html.find("Значение критериев K3 ниже 50 баллов.") != std::string::npos);
        QVERIFY(html.find("566н") == std::string::npos);
        QVERIFY(html.find("Предложений нет.") != std::string::npos); // org-2 and org-1 without
    }

    // What a council member reads contains no code of the results (reason, warning, question,
    // expert field): every one is a Russian phrase. Codes stay in JSON and CSV.
    void htmlShowsNoCodes() {
        json r = sampleResults();
        r["organizations"][1]["not_measurable"] = {"3.3"};
        ReportContext context;
        context.labels.questions["recommend"] = "Готовы ли Вы рекомендовать организацию?";
        context.labels.indicators["3.3"] = "Удовлетворённость доступностью";
        context.labels.sets["distance_methods"] = "Дистанционные способы";
        context.labels.items["distance_methods/e_services"] = "электронные сервисы";
        const std::string text = visibleText(report::renderResultsHtml(r, context));
        for (const char* code : {"no_expert_record", "criterion_below_50", "sample_below_minimum",
                                 "recommend", "distance_methods", "e_services"})
            QVERIFY2(text.find(code) == std::string::npos, code);
        QVERIFY(text.find("Готовы ли Вы рекомендовать организацию?") != std::string::npos);
        QVERIFY(text.find("3.3 «Удовлетворённость доступностью»") != std::string::npos);
    }

    // A one-page summary comes first; the 15 indicator columns are split into two tables that
    // fit an A4 page, each repeating the names; the regional share is of those who answered.
    void htmlStartsWithASummaryAndSplitsTheIndicatorTable() {
        json r = sampleResults();
        r["organizations"][0]["criteria"]["K3"] = 45.5;
        const std::string html = report::renderResultsHtml(r, {});
        const auto summary = html.find("<h2>Краткие итоги</h2>");
        QVERIFY(summary != std::string::npos);
        QVERIFY(summary < html.find("<h2>Рейтинг организаций региона</h2>"));
        QVERIFY(html.find("section.summary-page { break-after: page;") != std::string::npos);
        QCOMPARE(count(html, "<table class=\"wide\">"), std::size_t(2));
        const auto first = html.find("<table class=\"wide\">");
        const auto second = html.find("<table class=\"wide\">", first + 1);
        const std::string part1 = html.substr(first, second - first);
        QVERIFY(part1.find("<th>3.3</th>") != std::string::npos);
        QVERIFY(part1.find("<th>4.1</th>") == std::string::npos);
        QVERIFY(html.find("<th>4.1</th>", second) != std::string::npos);
        QVERIFY(html.find("Доля «да» от ответивших, %") != std::string::npos);
        // The criterion below 50 is marked by a sign, not by colour alone.
        QVERIFY(html.find("45,50 <span class=\"below\"") != std::string::npos);
        QVERIFY(html.find("85,25 <span") == std::string::npos);
    }

    // The report reaches its sink in pieces as it is written (a region's report is never one
    // string in memory), and a sink that fails — a full disk, a closed connection — stops it:
    // its error is the writer's.
    void htmlIsWrittenInPiecesAndStopsAtTheSinksError() {
        json r = sampleResults();
        const json first = r["organizations"][0];
        for (int i = 0; i < 300; ++i) {
            json org = first;
            org["id"] = "org-x" + std::to_string(i);
            org["rank"] = 3 + i;
            r["organizations"].push_back(org);
        }
        ReportContext context;
        const TreeReportSource source(r, context);
        std::vector<std::string> pieces;
        auto written = report::writeResultsHtml(source, [&](std::string_view piece) {
            pieces.emplace_back(piece);
            return nok::Status{};
        });
        QVERIFY(written.ok());
        QVERIFY(pieces.size() > 2);
        std::string joined;
        for (const auto& p : pieces)
            joined += p;
        QVERIFY(joined == report::renderResultsHtml(r, context));

        int calls = 0;
        auto failed = report::writeResultsHtml(source, [&](std::string_view) -> nok::Status {
            ++calls;
            return nok::makeError("disk_full", "no space left on the device");
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, std::string("disk_full"));
        QCOMPARE(calls, 1);
    }
};

} // namespace tst_reports

NOK_TEST_APPLESS_MAIN(tst_reports, TstReports)
#include "tst_reports.moc"
