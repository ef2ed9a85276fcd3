// The regional summary (seed 000 style) and one section per organisation: warnings, the
// shortcomings found, grouped by criterion (what an improvement plan, seed 003, answers), the
// newest expert check and the respondents' suggestions.
#include "report/format.h"
#include "report/html_sections.h"
#include "report/phrases.h"
#include "report/results_html.h"

#include "nok/format/ru_number.h"

#include <algorithm>
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
void shortcomingsList(HtmlOut& out, const json& org, const ReportLabels& labels) {
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

namespace {

// Seed 000's sentence: "Можно выделить следующие недостатки в работе организаций: … (18%
// учреждений), …". Each distinct shortcoming with the share of all organisations that have it,
// most common first (counted in the first pass, html_overview.cpp).
void shortcomingShares(HtmlOut& out, const Overview& overview) {
    using Seen = Overview::Shortcoming;
    const std::int64_t total = overview.organizations;
    std::vector<const Seen*> list;
    for (const auto& [key, seen] : overview.shortcomings)
        list.push_back(&seen);
    std::stable_sort(list.begin(), list.end(),
                     [](const Seen* a, const Seen* b) { return a->orgs > b->orgs; });
    out += "<h3>Недостатки в работе организаций: доля организаций</h3>\n";
    if (list.empty() || total == 0) {
        out += "<p>Недостатков по показателям методики не выявлено.</p>\n";
        return;
    }
    out += "<p>Можно выделить следующие недостатки в работе организаций: ";
    for (std::size_t i = 0; i < list.size(); ++i) {
        const double share = 100.0 * static_cast<double>(list[i]->orgs) / static_cast<double>(total);
        out += (i ? "; " : "") + escapeHtml(list[i]->label) + " — " +
               nok::format::ruDecimalTrimmed(share, 0) + "% организаций (" +
               std::to_string(list[i]->orgs) + " из " + std::to_string(total) + ")";
    }
    out += ".</p>\n";
}

} // namespace

void regionalSummary(HtmlOut& out, const json& head, const Overview& overview,
                     const ReportLabels& labels) {
    const json& summary = at(head, "summary");
    const json& region = at(head, "region");
    out += "<h2>Сводные результаты по региону</h2>\n<p>Независимая оценка проведена в " +
           count(at(summary, "organizations")) + " организациях (экспертная проверка — в " +
           count(at(summary, "with_expert_record")) +
           "); опрошено получателей услуг: " + count(at(summary, "respondents")) +
           ". Среднее интегральное значение по региону: " + displayNumber(at(region, "average")) +
           ".</p>\n";
    shortcomingShares(out, overview);
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

Status organizationPages(HtmlOut& out, const ReportSource& source) {
    const ReportContext& context = source.context();
    return source.forEachOrganization(true, [&](const ReportOrganization& org) -> Status {
        const json& o = org.results;
        out += "<section class=\"org\">\n<h2>" + escapeHtml(textOf(o, "name")) + "</h2>\n<p>" +
               "Категория: " + escapeHtml(textOf(o, "category")) +
               ". Респондентов: " + count(at(o, "respondents")) +
               ". Интегральное значение: " + displayNumber(at(o, "total")) +
               (at(o, "change").is_object() && !changeText(at(at(o, "change"), "total")).empty()
                    ? " (" + escapeHtml(changeText(at(at(o, "change"), "total"))) + " к оценке " +
                          escapeHtml(textOf(at(o, "previous"), "campaign")) + ": было " +
                          displayNumber(at(at(o, "previous"), "total")) + ")"
                    : std::string()) +
               ". Место в регионе: " + count(at(o, "rank")) +
               ", в категории: " + count(at(o, "rank_in_category")) + ".</p>\n";
        if (at(o, "change").is_object())
            out += "<h3>Что улучшилось, что нет</h3>\n<p>" +
                   escapeHtml(improvementText(o, context.labels.criteria)) + "</p>\n";
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
        expertCheckSection(out, org, context);
        out += "<h3>Предложения получателей услуг</h3>\n";
        if (org.suggestions.empty()) {
            out += "<p class=\"muted\">Предложений нет.</p>\n";
        } else {
            // Alphabetical, the same text once with its count: shorter on paper, and no order
            // that follows the order in which residents answered.
            std::map<std::string, int> counted;
            for (const auto& s : org.suggestions)
                ++counted[s];
            out += "<ul class=\"suggestions\">\n";
            for (const auto& [text, times] : counted)
                out += "<li>" + escapeHtml(text) +
                       (times > 1 ? " (ответов: " + std::to_string(times) + ")" : std::string()) +
                       "</li>\n";
            out += "</ul>\n";
        }
        out += "</section>\n";
        return out.flush();
    });
}

} // namespace nok::server::report::html
