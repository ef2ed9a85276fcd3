// A campaign's page: downloads, the regional ranking, one ranking per category, charts and the
// regional summary.
#include "web/council_pages.h"
#include "web/html.h"
#include "web/svg_chart.h"
#include "report/format.h"
#include "report/phrases.h"

#include <algorithm>
#include <map>

namespace nok::web {

namespace {

using nlohmann::json;

std::string criterionName(const Labels& labels, const std::string& id) {
    return labels.criterion(id);
}

std::string sortHeader(const std::string& base, const std::string& label, const std::string& key,
                       const SortOrder& order, const std::string& abbrTitle = {}) {
    const bool active = order.key == key;
    // A click on the active column flips it; another column starts in its natural direction.
    const std::string dir = active ? (order.descending ? "asc" : "desc") : "";
    const std::string href =
        base + "?sort=" + urlSegment(key) + (dir.empty() ? "" : "&dir=" + dir) + "#ranking";
    std::string th = "<th scope=\"col\"";
    if (active)
        th += std::string(" aria-sort=\"") + (order.descending ? "descending" : "ascending") + "\"";
    th += "><a href=\"" + escape(href) + "\">";
    th += abbrTitle.empty()
              ? escape(label)
              : "<abbr title=\"" + escape(abbrTitle) + "\">" + escape(label) + "</abbr>";
    if (active)
        th += order.descending ? " <span aria-hidden=\"true\">▼</span>"
                               : " <span aria-hidden=\"true\">▲</span>";
    th += "</a></th>";
    return th;
}

// Warnings in a few Russian words each (report/phrases.h); the codes stay in JSON and CSV.
std::string warningsCell(const json& org) {
    std::string cell;
    if (org.contains("warnings") && org["warnings"].is_array())
        for (const auto& w : org["warnings"])
            cell += (cell.empty() ? "" : "; ") + server::report::warningBrief(w);
    if (!textAt(org, "reason").empty())
        cell += (cell.empty() ? "" : "; ") + std::string("нет итога: ") +
                server::report::reasonText(textAt(org, "reason"));
    return cell;
}

// The full names behind the K1–K5 column heads, visible beside the tables (not only a tooltip).
std::string criteriaLegend(const Labels& labels, const std::vector<std::string>& criteria) {
    std::string h = "<dl class=\"legend\" aria-label=\"Критерии\">\n";
    for (const auto& k : criteria)
        h += "<dt>" + escape(k) + "</dt><dd>" + escape(criterionName(labels, k)) + "</dd>\n";
    h += "</dl>\n<p class=\"hint\">" + std::string(server::report::kBelowMarkLegend) +
         " (индикатор риска); «—» — не рассчитано.</p>\n";
    return h;
}

std::string rankingTable(const Labels& labels, const std::string& id, const std::string& caption,
                         const CampaignInfo& c, const std::vector<json>& orgs,
                         const std::vector<std::string>& criteria, const SortOrder& order,
                         bool inCategory, bool compared) {
    const std::string base = campaignPath(c.id);
    std::string h = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"" + id +
                    "-c\" tabindex=\"0\">\n<table class=\"ranking\" id=\"" + id +
                    "\">\n<caption id=\"" + id + "-c\">" + escape(caption) +
                    "</caption>\n<thead><tr>";
    h += sortHeader(base, "Место", "rank", order) + sortHeader(base, "Организация", "name", order);
    if (!inCategory) h += "<th scope=\"col\">Категория</th>";
    h += sortHeader(base, "Респонденты", "respondents", order);
    for (const auto& k : criteria)
        h += sortHeader(base, k, k, order, criterionName(labels, k));
    h += sortHeader(base, "Итог", "total", order);
    if (compared) h += "<th scope=\"col\">Изменение итога</th>";
    h += "<th scope=\"col\">Замечания</th></tr></thead>\n<tbody>\n";
    for (const auto& o : orgs) {
        const auto rank = numberAt(o, inCategory ? "rank_in_category" : "rank");
        h += "<tr><td>" + formatCount(rank) + "</td><th scope=\"row\"><a href=\"" +
             escape(base + "/org/" + urlSegment(textAt(o, "id"))) + "\">" +
             escape(textAt(o, "name")) + "</a></th>";
        if (!inCategory) h += "<td>" + escape(textAt(o, "category")) + "</td>";
        h += "<td class=\"num\">" + formatCount(numberAt(o, "respondents")) + "</td>";
        const json crit = o.value("criteria", json::object());
        for (const auto& k : criteria)
            h += "<td class=\"num\">" + server::report::scoreCellHtml(numberAt(crit, k)) + "</td>";
        h += "<td class=\"num total\">" + server::report::scoreCellHtml(numberAt(o, "total")) +
             "</td>";
        if (compared) {
            const std::string change =
                server::report::changeText(o.value("change", json::object()).value("total", json()));
            h += "<td class=\"num change\">" + (change.empty() ? std::string("—") : escape(change)) +
                 "</td>";
        }
        h += "<td class=\"notes\">" + escape(warningsCell(o)) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n</div>\n";
    return h;
}

std::string regionalSummary(const Labels& labels, const json& results,
                            const std::vector<std::string>& criteria) {
    const json region = results.value("region", json::object());
    std::string h = "<section aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Сводка по "
                    "региону</h2>\n<dl class=\"facts\">\n";
    h += "<dt>Организаций</dt><dd>" + formatCount(numberAt(region, "organizations")) + "</dd>\n";
    h += "<dt>Респондентов</dt><dd>" + formatCount(numberAt(region, "respondents")) + "</dd>\n";
    h += "<dt>Средний итоговый балл</dt><dd>" + formatNumber(numberAt(region, "average")) +
         "</dd>\n";
    const json crit = region.value("criteria", json::object());
    for (const auto& k : criteria)
        h += "<dt>" + escape(k + " — " + criterionName(labels, k)) + "</dt><dd>" +
             formatNumber(numberAt(crit, k)) + "</dd>\n";
    h += "</dl>\n";
    const json summary = results.value("summary", json::object());
    std::vector<json> lacks;
    for (const char* key : {"lists_not_compliant", "expert_items_lacking"})
        if (summary.contains(key) && summary[key].is_array())
            for (const auto& l : summary[key])
                if (numberAt(l, "lacking").value_or(0) > 0) lacks.push_back(l);
    std::stable_sort(lacks.begin(), lacks.end(), [](const json& a, const json& b) {
        return numberAt(a, "share").value_or(0) > numberAt(b, "share").value_or(0);
    });
    if (!lacks.empty()) {
        h += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"lack-c\" tabindex=\"0\">"
             "<table class=\"summary\"><caption id=\"lack-c\">Чего не хватает в организациях (по экспертной "
             "проверке)</caption>\n"
             "<thead><tr><th scope=\"col\">Перечень</th><th scope=\"col\">Пункт</th><th "
             "scope=\"col\">Организаций без него"
             "</th><th scope=\"col\">Доля, %</th></tr></thead>\n<tbody>\n";
        for (const auto& l : lacks)
            h += "<tr><td>" + escape(labels.set(textAt(l, "set"))) + "</td><td>" +
                 escape(textAt(l, "item").empty()
                            ? ""
                            : labels.item(textAt(l, "set"), textAt(l, "item"))) +
                 "</td><td class=\"num\">" + formatCount(numberAt(l, "lacking")) +
                 "</td><td class=\"num\">" + formatNumber(numberAt(l, "share")) + "</td></tr>\n";
        h += "</tbody></table></div>\n";
    }
    if (summary.contains("questions") && summary["questions"].is_array() &&
        !summary["questions"].empty()) {
        h += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"yes-c\" tabindex=\"0\">"
             "<table class=\"summary\" id=\"yes-by-question\"><caption id=\"yes-c\">Ответы «да» "
             "по региону</caption>\n<thead><tr><th scope=\"col\">Вопрос</th><th scope=\"col\">Да"
             "</th><th scope=\"col\">Ответили на вопрос</th><th scope=\"col\">Доля «да» от "
             "ответивших, %</th></tr></thead>\n<tbody>\n";
        for (const auto& q : summary["questions"])
            h += "<tr><td>" + escape(labels.question(textAt(q, "question"))) +
                 "</td><td class=\"num\">" + formatCount(numberAt(q, "yes")) +
                 "</td><td class=\"num\">" + formatCount(numberAt(q, "answered")) +
                 "</td><td class=\"num\">" + formatNumber(numberAt(q, "share")) + "</td></tr>\n";
        h += "</tbody></table></div>\n";
    }
    h += "</section>\n";
    return h;
}

} // namespace

std::string renderCampaignPage(const CouncilFrame& frame, const CampaignInfo& c,
                               const json& results, const SortOrder& order, const Labels& labels,
                               const json& planProgress) {
    const auto criteria = criterionIds(results);
    const json organizations = results.value("organizations", json::array());
    const std::string base = campaignPath(c.id);
    std::string m = "<h1>" + escape(c.title) + "</h1>\n<p>" + escape(c.region) + ", " +
                    std::to_string(c.year) + "</p>\n" +
                    approvalNotice(results.value("approval", json()));
    const bool compared = results.contains("compared_with");
    if (compared)
        m += "<p class=\"hint\">Изменение итога — к оценке " +
             escape(textAt(results, "compared_with")) +
             ": ▲ рост, ▼ снижение, = без изменений (знак и число, не цвет).</p>\n";
    // The Russian Excel table first (what a council member opens); the standard CSV for programs.
    m += "<nav aria-label=\"Выгрузки\" class=\"downloads\"><ul>\n<li><a href=\"" +
         escape(base + "/results.csv") +
         "\" download>Таблица для Excel (CSV)</a></li>\n<li><a href=\"" +
         escape(base + "/results.csv?dialect=standard") +
         "\" download>CSV стандартный (запятая, десятичная точка)</a></li>\n<li><a href=\"" +
         escape(base + "/results.json") + "\" download>Данные JSON</a></li>\n<li><a href=\"" +
         escape(base + "/report.html") + "\">Отчёт для печати</a></li>\n</ul></nav>\n";
    m += "<section aria-labelledby=\"ranking-h\" id=\"ranking\">\n<h2 id=\"ranking-h\">Рейтинг по "
         "региону</h2>\n" + criteriaLegend(labels, criteria);
    m += rankingTable(labels, "rank-region", "Все организации региона", c,
                      sortedOrganizations(organizations, order), criteria, order, false, compared);
    m += "</section>\n";
    std::vector<std::string> categories;
    for (const auto& o : organizations)
        if (auto cat = textAt(o, "category");
            std::find(categories.begin(), categories.end(), cat) == categories.end())
            categories.push_back(cat);
    std::sort(categories.begin(), categories.end());
    m += "<section aria-labelledby=\"categories-h\">\n<h2 id=\"categories-h\">Рейтинги по "
         "категориям</h2>\n";
    int n = 0;
    for (const auto& cat : categories) {
        json inCat = json::array();
        for (const auto& o : organizations)
            if (textAt(o, "category") == cat) inCat.push_back(o);
        ++n;
        m += "<h3 id=\"cat-" + std::to_string(n) + "\">" + escape(cat) + "</h3>\n";
        m += rankingTable(labels, "rank-cat-" + std::to_string(n), "Категория: " + cat, c,
                          sortedOrganizations(inCat, order), criteria, order, true, compared);
    }
    m += "</section>\n<section aria-labelledby=\"charts-h\">\n<h2 id=\"charts-h\">Диаграммы</h2>\n";
    std::vector<Bar> totals;
    for (const auto& o : sortedOrganizations(organizations, SortOrder{"total", true}))
        totals.push_back({textAt(o, "name"), numberAt(o, "total")});
    m += barChart("chart-totals", "Итоговый балл по организациям (0–100)", totals, "нет итога");
    int k = 0;
    if (results.contains("categories") && results["categories"].is_array())
        for (const auto& g : results["categories"]) {
            std::vector<Bar> bars;
            const json crit = g.value("criteria", json::object());
            for (const auto& id : criteria)
                bars.push_back({id + " " + criterionName(labels, id), numberAt(crit, id)});
            m += barChart("chart-cat-" + std::to_string(++k),
                          "Критерии в категории «" + textAt(g, "category") + "» (средние, 0–100)",
                          bars, "не измеряется");
        }
    m += "</section>\n" + regionalSummary(labels, results, criteria) +
         planProgressSectionHtml(c, planProgress);
    return councilPage(frame, c.title + " — панель общественного совета", m);
}

} // namespace nok::web
