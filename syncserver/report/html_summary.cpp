// The report's first page: the region in brief, for a council member who reads one page only.
// The counts, the regional average and each criterion (spelled out, with its lowest and highest
// organisation value), the best three organisations, those that need attention (no total, a
// score below 50, too few questionnaires), the expert items most often missing and the survey
// questions with the fewest «да». Everything on it is repeated in detail further on.
#include "report/format.h"
#include "report/html_sections.h"
#include "report/phrases.h"

#include <algorithm>
#include <tuple>

namespace nok::server::report::html {

using nlohmann::json;

namespace {

std::string criterionRow(const json& head, const std::string& id, const Overview& overview,
                         const ReportLabels& labels) {
    std::optional<double> low, high;
    if (auto it = overview.range.find(id); it != overview.range.end())
        std::tie(low, high) = it->second;
    return "<tr><td>" + escapeHtml(id + " — " + labels.criterion(id)) + "</td><td class=\"num\">" +
           scoreCellHtml(at(at(at(head, "region"), "criteria"), id.c_str())) +
           "</td><td class=\"num\">" + scoreCellHtml(low) + "</td><td class=\"num\">" +
           scoreCellHtml(high) + "</td></tr>\n";
}

void attention(HtmlOut& out, const Overview& overview) {
    std::string items = overview.attention;
    if (overview.smallSamples > 0)
        items += "<li>Организаций с недостаточной выборкой (результат предварительный): " +
                 std::to_string(overview.smallSamples) + "</li>\n";
    out += "<h3>Требуют внимания</h3>\n";
    out += items.empty() ? "<p>Организаций без итога, с критериями ниже 50 баллов или с "
                           "недостаточной выборкой нет.</p>\n"
                         : "<ul>\n" + items + "</ul>\n";
}

void mostLacking(HtmlOut& out, const json& summary, const ReportLabels& labels) {
    std::vector<const json*> lacks;
    for (const auto& l : at(summary, "expert_items_lacking"))
        if (at(l, "lacking").is_number() && at(l, "lacking").get<double>() > 0) lacks.push_back(&l);
    std::stable_sort(lacks.begin(), lacks.end(), [](const json* a, const json* b) {
        return at(*a, "lacking").get<double>() > at(*b, "lacking").get<double>();
    });
    if (lacks.empty()) return;
    out += "<h3>Чаще всего отсутствует (экспертная проверка)</h3>\n<ul>\n";
    for (std::size_t i = 0; i < lacks.size() && i < kTopListed; ++i)
        out += "<li>" + escapeHtml(labels.item(textOf(*lacks[i], "set"), textOf(*lacks[i], "item"))) +
               ": в " + displayCount(at(*lacks[i], "lacking")) + " организациях (" +
               displayNumber(at(*lacks[i], "share")) + "%)</li>\n";
    out += "</ul>\n";
}

void fewestYes(HtmlOut& out, const json& summary, const ReportLabels& labels) {
    std::vector<const json*> questions;
    for (const auto& q : at(summary, "questions"))
        if (at(q, "share").is_number()) questions.push_back(&q);
    std::stable_sort(questions.begin(), questions.end(), [](const json* a, const json* b) {
        return at(*a, "share").get<double>() < at(*b, "share").get<double>();
    });
    if (questions.empty()) return;
    out += "<h3>Меньше всего ответов «да» (опрос)</h3>\n<ul>\n";
    for (std::size_t i = 0; i < questions.size() && i < kTopListed; ++i)
        out += "<li>" + escapeHtml(labels.question(textOf(*questions[i], "question"))) + " — " +
               displayNumber(at(*questions[i], "share")) + "% из " +
               displayCount(at(*questions[i], "answered")) + " ответивших</li>\n";
    out += "</ul>\n";
}

} // namespace

void summaryPage(HtmlOut& out, const json& head, const Overview& overview,
                 const ReportLabels& labels) {
    const json& summary = at(head, "summary");
    const json& region = at(head, "region");
    out += "<section class=\"summary-page\">\n<h2>Краткие итоги</h2>\n<p>Оценено организаций: " +
           displayCount(at(summary, "organizations")) + " (экспертная проверка — в " +
           displayCount(at(summary, "with_expert_record")) + "), категорий: " +
           std::to_string(at(head, "categories").size()) + ". Опрошено получателей услуг: " +
           displayCount(at(summary, "respondents")) +
           ". Среднее итоговое значение по региону: <strong>" +
           displayNumber(at(region, "average")) + "</strong> из 100.</p>\n";
    out += "<table>\n<thead><tr><th class=\"name\">Критерий</th><th>Среднее по региону</th><th>Наименьшее</th>"
           "<th>Наибольшее</th></tr></thead>\n<tbody>\n";
    for (const auto& id : overview.criterionIds)
        out += criterionRow(head, id, overview, labels);
    out += "</tbody>\n</table>\n";
    if (!overview.best.empty())
        out += "<h3>Лучшие результаты</h3>\n<ul class=\"plain\">\n" + overview.best + "</ul>\n";
    attention(out, overview);
    mostLacking(out, summary, labels);
    fewestYes(out, summary, labels);
    out += "<p class=\"muted\">" + std::string(kBelowMarkLegend) +
           ". Подробности — в разделах ниже.</p>\n</section>\n";
}

} // namespace nok::server::report::html
