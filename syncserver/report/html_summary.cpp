// The report's first page: the region in brief, for a council member who reads one page only.
// The counts, the regional average and each criterion (spelled out, with its lowest and highest
// organisation value), the best three organisations, those that need attention (no total, a
// score below 50, too few questionnaires), the expert items most often missing and the survey
// questions with the fewest «да». Everything on it is repeated in detail further on.
#include "report/format.h"
#include "report/html_sections.h"
#include "report/phrases.h"

#include <algorithm>

namespace nok::server::report::html {

using nlohmann::json;

namespace {

constexpr std::size_t kTop = 3;

std::string criterionRow(const json& results, const std::string& id, const ReportLabels& labels) {
    std::optional<double> low, high;
    for (const auto& o : at(results, "organizations")) {
        const json& v = at(at(o, "criteria"), id.c_str());
        if (!v.is_number()) continue;
        const double d = v.get<double>();
        low = low ? std::min(*low, d) : d;
        high = high ? std::max(*high, d) : d;
    }
    return "<tr><td>" + escapeHtml(id + " — " + labels.criterion(id)) + "</td><td class=\"num\">" +
           scoreCellHtml(at(at(at(results, "region"), "criteria"), id.c_str())) +
           "</td><td class=\"num\">" + scoreCellHtml(low) + "</td><td class=\"num\">" +
           scoreCellHtml(high) + "</td></tr>\n";
}

void attention(std::string& out, const json& results) {
    std::string items;
    int smallSamples = 0;
    for (const auto& o : at(results, "organizations")) {
        const std::string name = escapeHtml(textOf(o, "name"));
        if (!at(o, "total").is_number())
            items += "<li>" + name + ": итог не рассчитан, " +
                     escapeHtml(reasonText(textOf(o, "reason"))) + "</li>\n";
        for (const auto& w : at(o, "warnings")) {
            if (textOf(w, "code") == "sample_below_minimum")
                ++smallSamples;
            else
                items += "<li>" + name + ": " + escapeHtml(warningBrief(w)) + "</li>\n";
        }
    }
    if (smallSamples > 0)
        items += "<li>Организаций с недостаточной выборкой (результат предварительный): " +
                 std::to_string(smallSamples) + "</li>\n";
    out += "<h3>Требуют внимания</h3>\n";
    out += items.empty() ? "<p>Организаций без итога, с критериями ниже 50 баллов или с "
                           "недостаточной выборкой нет.</p>\n"
                         : "<ul>\n" + items + "</ul>\n";
}

void mostLacking(std::string& out, const json& summary, const ReportLabels& labels) {
    std::vector<const json*> lacks;
    for (const auto& l : at(summary, "expert_items_lacking"))
        if (at(l, "lacking").is_number() && at(l, "lacking").get<double>() > 0) lacks.push_back(&l);
    std::stable_sort(lacks.begin(), lacks.end(), [](const json* a, const json* b) {
        return at(*a, "lacking").get<double>() > at(*b, "lacking").get<double>();
    });
    if (lacks.empty()) return;
    out += "<h3>Чаще всего отсутствует (экспертная проверка)</h3>\n<ul>\n";
    for (std::size_t i = 0; i < lacks.size() && i < kTop; ++i)
        out += "<li>" + escapeHtml(labels.item(textOf(*lacks[i], "set"), textOf(*lacks[i], "item"))) +
               ": в " + displayCount(at(*lacks[i], "lacking")) + " организациях (" +
               displayNumber(at(*lacks[i], "share")) + "%)</li>\n";
    out += "</ul>\n";
}

void fewestYes(std::string& out, const json& summary, const ReportLabels& labels) {
    std::vector<const json*> questions;
    for (const auto& q : at(summary, "questions"))
        if (at(q, "share").is_number()) questions.push_back(&q);
    std::stable_sort(questions.begin(), questions.end(), [](const json* a, const json* b) {
        return at(*a, "share").get<double>() < at(*b, "share").get<double>();
    });
    if (questions.empty()) return;
    out += "<h3>Меньше всего ответов «да» (опрос)</h3>\n<ul>\n";
    for (std::size_t i = 0; i < questions.size() && i < kTop; ++i)
        out += "<li>" + escapeHtml(labels.question(textOf(*questions[i], "question"))) + " — " +
               displayNumber(at(*questions[i], "share")) + "% из " +
               displayCount(at(*questions[i], "answered")) + " ответивших</li>\n";
    out += "</ul>\n";
}

} // namespace

void summaryPage(std::string& out, const json& results, const ReportLabels& labels) {
    const json& summary = at(results, "summary");
    const json& region = at(results, "region");
    out += "<section class=\"summary-page\">\n<h2>Краткие итоги</h2>\n<p>Оценено организаций: " +
           displayCount(at(summary, "organizations")) + " (экспертная проверка — в " +
           displayCount(at(summary, "with_expert_record")) + "), категорий: " +
           std::to_string(at(results, "categories").size()) + ". Опрошено получателей услуг: " +
           displayCount(at(summary, "respondents")) +
           ". Среднее итоговое значение по региону: <strong>" +
           displayNumber(at(region, "average")) + "</strong> из 100.</p>\n";
    out += "<table>\n<thead><tr><th class=\"name\">Критерий</th><th>Среднее по региону</th><th>Наименьшее</th>"
           "<th>Наибольшее</th></tr></thead>\n<tbody>\n";
    for (const auto& id : criterionIds(results))
        out += criterionRow(results, id, labels);
    out += "</tbody>\n</table>\n";
    std::string best;
    std::size_t n = 0;
    for (const auto& o : at(results, "organizations"))
        if (at(o, "rank").is_number() && n++ < kTop)
            best += "<li>" + displayCount(at(o, "rank")) + ". " + escapeHtml(textOf(o, "name")) +
                    " — " + displayNumber(at(o, "total")) + "</li>\n";
    if (!best.empty()) out += "<h3>Лучшие результаты</h3>\n<ul class=\"plain\">\n" + best + "</ul>\n";
    attention(out, results);
    mostLacking(out, summary, labels);
    fewestYes(out, summary, labels);
    out += "<p class=\"muted\">" + std::string(kBelowMarkLegend) +
           ". Подробности — в разделах ниже.</p>\n</section>\n";
}

} // namespace nok::server::report::html
