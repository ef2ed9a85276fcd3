// The regional summary (seed 000 style) and one section per organisation: warnings, the
// shortcomings found, grouped by criterion (what an improvement plan, seed 003, answers), the
// newest expert check and the respondents' suggestions.
#include "report/format.h"
#include "report/html_sections.h"
#include "report/phrases.h"
#include "report/results_html.h"

#include <map>

namespace nok::server::report::html {

using nlohmann::json;

namespace {

std::string count(const json& v) {
    return displayCount(v);
}

// Grouped by criterion, each shortcoming a line at the page's full width. (As the first column
// of a four-column plan form, with two empty columns for the organisation, each took four to
// six lines and the report ran to 75 A4 pages for the demo region; the plan itself is its own
// document.)
void shortcomingsList(std::string& out, const json& org, const ReportLabels& labels) {
    const json& list = at(org, "shortcomings");
    if (!list.is_array() || list.empty()) {
        out += "<p>Недостатков по показателям методики не выявлено.</p>\n";
        return;
    }
    out += "<dl class=\"shortcomings\">\n";
    std::string previous;
    bool open = false;
    for (const auto& s : list) {
        const std::string criterion = textOf(s, "criterion");
        if (!open || criterion != previous) {
            if (open) out += "</ul></dd>\n";
            out += "<dt>" + escapeHtml(labels.criterion(criterion)) + "</dt><dd><ul>\n";
            open = true;
            previous = criterion;
        }
        out += "<li>" + escapeHtml(textOf(s, "text")) + "</li>\n";
    }
    out += "</ul></dd>\n</dl>\n";
}

} // namespace

void regionalSummary(std::string& out, const json& results, const ReportLabels& labels) {
    const json& summary = at(results, "summary");
    const json& region = at(results, "region");
    out += "<h2>Сводные результаты по региону</h2>\n<p>Независимая оценка проведена в " +
           count(at(summary, "organizations")) + " организациях (экспертная проверка — в " +
           count(at(summary, "with_expert_record")) +
           "); опрошено получателей услуг: " + count(at(summary, "respondents")) +
           ". Среднее интегральное значение по региону: " + displayNumber(at(region, "average")) +
           ".</p>\n";
    out += "<h3>Недостатки в работе организаций</h3>\n<table>\n<thead><tr><th class=\"name\">Требование</th>"
           "<th>Группа требований</th><th>Организаций, где отсутствует</th><th>Доля "
           "организаций, %</th></tr></thead>\n<tbody>\n";
    for (const auto& l : at(summary, "lists_not_compliant")) {
        const std::string set = textOf(l, "set");
        out += "<tr><td>Полнота информации (" + escapeHtml(labels.set(set)) +
               ")</td><td>Открытость и доступность информации</td><td class=\"num\">" +
               count(at(l, "lacking")) + "</td><td class=\"num\">" + displayNumber(at(l, "share")) +
               "</td></tr>\n";
    }
    for (const auto& l : at(summary, "expert_items_lacking")) {
        const std::string set = textOf(l, "set");
        out += "<tr><td>" + escapeHtml(labels.item(set, textOf(l, "item"))) + "</td><td>" +
               escapeHtml(labels.set(set)) + "</td><td class=\"num\">" + count(at(l, "lacking")) +
               "</td><td class=\"num\">" + displayNumber(at(l, "share")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    out += "<h3>Ответы получателей услуг</h3>\n<table>\n<thead><tr><th class=\"name\">Вопрос анкеты</th>"
           "<th>Ответили «да»</th><th>Ответили на вопрос</th><th>Доля «да» от "
           "ответивших, %</th></tr></thead>\n<tbody>\n";
    for (const auto& q : at(summary, "questions"))
        out += "<tr><td>" + escapeHtml(labels.question(textOf(q, "question"))) +
               "</td><td class=\"num\">" + count(at(q, "yes")) + "</td><td class=\"num\">" +
               count(at(q, "answered")) + "</td><td class=\"num\">" +
               displayNumber(at(q, "share")) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void organizationPages(std::string& out, const json& results, const ReportContext& context) {
    for (const auto& o : at(results, "organizations")) {
        const std::string id = textOf(o, "id");
        out += "<section class=\"org\">\n<h2>" + escapeHtml(textOf(o, "name")) + "</h2>\n<p>" +
               "Категория: " + escapeHtml(textOf(o, "category")) +
               ". Респондентов: " + count(at(o, "respondents")) +
               ". Интегральное значение: " + displayNumber(at(o, "total")) +
               ". Место в регионе: " + count(at(o, "rank")) +
               ", в категории: " + count(at(o, "rank_in_category")) + ".</p>\n";
        if (!at(o, "total").is_number())
            out += "<p class=\"warning\">Итоговое значение не рассчитано: " +
                   escapeHtml(reasonText(textOf(o, "reason"))) + ".</p>\n";
        for (const auto& w : at(o, "warnings"))
            out += "<p class=\"warning" +
                   std::string(textOf(w, "code") == "sample_below_minimum" ? "" : " risk") +
                   "\">" + escapeHtml(warningText(w)) + "</p>\n";
        const json& notMeasurable = at(o, "not_measurable");
        if (notMeasurable.is_array() && !notMeasurable.empty()) {
            std::string list;
            for (const auto& i : notMeasurable)
                if (i.is_string())
                    list += (list.empty() ? "" : "; ") + i.get<std::string>() + " «" +
                            context.labels.indicator(i.get<std::string>()) + "»";
            out += "<p class=\"muted\">Не измеряются (никто не ответил на вопрос): " +
                   escapeHtml(list) + ".</p>\n";
        }
        out += "<h3>Выявленные недостатки</h3>\n";
        shortcomingsList(out, o, context.labels);
        expertCheckSection(out, id, context);
        out += "<h3>Предложения получателей услуг</h3>\n";
        auto it = context.suggestions.find(id);
        if (it == context.suggestions.end() || it->second.empty()) {
            out += "<p class=\"muted\">Предложений нет.</p>\n";
        } else {
            // Alphabetical, the same text once with its count: shorter on paper, and no order
            // that follows the order in which residents answered.
            std::map<std::string, int> counted;
            for (const auto& s : it->second)
                ++counted[s];
            out += "<ul class=\"suggestions\">\n";
            for (const auto& [text, times] : counted)
                out += "<li>" + escapeHtml(text) +
                       (times > 1 ? " (ответов: " + std::to_string(times) + ")" : std::string()) +
                       "</li>\n";
            out += "</ul>\n";
        }
        out += "</section>\n";
    }
}

} // namespace nok::server::report::html
