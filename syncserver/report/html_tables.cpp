// Ranking, criteria and indicator tables of the HTML report.
#include "report/format.h"
#include "report/html_sections.h"
#include "report/phrases.h"
#include "report/results_html.h"

#include <algorithm>
#include <functional>
#include <set>

namespace nok::server::report::html {

using nlohmann::json;

const json& at(const json& node, const char* key) {
    static const json null;
    if (!node.is_object()) return null;
    auto it = node.find(key);
    return it == node.end() ? null : *it;
}

namespace {

std::vector<std::string> keysUnder(const json& results, const char* field) {
    std::vector<std::string> keys;
    for (const auto& o : at(results, "organizations")) {
        const json& f = at(o, field);
        if (!f.is_object()) continue;
        for (const auto& [k, v] : f.items()) {
            (void)v;
            if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
        }
    }
    return keys; // nlohmann objects iterate in key order: "1.1" < "1.2" ..., "K1" < "K2" ...
}

std::string rankCell(const json& v) {
    return v.is_number_integer() ? std::to_string(v.get<int>()) : "—";
}

std::string countCell(const json& v) {
    return v.is_number_integer() ? std::to_string(v.get<std::int64_t>()) : "—";
}

// regional: place in the region and the category column; otherwise place in the category and
// in the region (seed 004 lists both for a category's table).
void rankingTable(std::string& out, const std::vector<const json*>& orgs, bool regional) {
    out += "<table>\n<thead><tr><th>Место в рейтинге</th><th class=\"name\">Наименование учреждения</th>";
    out += regional ? "<th>Категория</th>" : "<th>Место в регионе</th>";
    out += "<th>Интегральное значение критериев</th><th>Респондентов</th></tr></thead>\n<tbody>\n";
    for (const json* o : orgs) {
        out += "<tr><td class=\"num\">" + rankCell(at(*o, regional ? "rank" : "rank_in_category")) +
               "</td><td>" + escapeHtml(textOf(*o, "name")) + "</td>";
        out += regional ? "<td>" + escapeHtml(textOf(*o, "category")) + "</td>"
                        : "<td class=\"num\">" + rankCell(at(*o, "rank")) + "</td>";
        out += "<td class=\"num\">" + scoreCellHtml(at(*o, "total")) + "</td><td class=\"num\">" +
               countCell(at(*o, "respondents")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

std::vector<const json*> scored(const json& results, const std::string* category) {
    std::vector<const json*> out;
    for (const auto& o : at(results, "organizations"))
        if (at(o, "total").is_number() && (!category || textOf(o, "category") == *category))
            out.push_back(&o);
    return out; // the engine lists organisations by rank, ties by name
}

} // namespace

std::vector<std::string> criterionIds(const json& results) {
    return keysUnder(results, "criteria");
}
std::vector<std::string> indicatorIds(const json& results) {
    return keysUnder(results, "indicators");
}

void rankingTables(std::string& out, const json& results) {
    out += "<h2>Рейтинг организаций региона</h2>\n";
    rankingTable(out, scored(results, nullptr), true);
    std::vector<std::string> categories;
    for (const auto& c : at(results, "categories"))
        categories.push_back(textOf(c, "category"));
    for (const auto& category : categories) {
        out +=
            "<h3>Рейтинг учреждений социального обслуживания: " + escapeHtml(category) + "</h3>\n";
        rankingTable(out, scored(results, &category), false);
    }
    std::vector<const json*> unscored;
    for (const auto& o : at(results, "organizations"))
        if (!at(o, "total").is_number()) unscored.push_back(&o);
    if (unscored.empty()) return;
    out += "<h3>Организации без итогового значения</h3>\n<table>\n<thead><tr><th class=\"name\">Наименование "
           "учреждения</th><th>Категория</th><th>Причина</th></tr></thead>\n<tbody>\n";
    for (const json* o : unscored)
        out += "<tr><td>" + escapeHtml(textOf(*o, "name")) + "</td><td>" +
               escapeHtml(textOf(*o, "category")) + "</td><td>" +
               escapeHtml(reasonText(textOf(*o, "reason"))) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
}

// The names behind short column heads ("K1", "1.1"), as a visible list above the table.
static void legend(std::string& out, const std::vector<std::string>& ids,
            const std::function<std::string(const std::string&)>& name) {
    out += "<dl class=\"legend\">\n";
    for (const auto& id : ids)
        out += "<dt>" + escapeHtml(id) + "</dt><dd>" + escapeHtml(name(id)) + "</dd>\n";
    out += "</dl>\n";
}

void criteriaTable(std::string& out, const json& results, const ReportLabels& labels) {
    const auto ids = criterionIds(results);
    out += "<h2>Значения критериев</h2>\n";
    legend(out, ids, [&](const std::string& id) { return labels.criterion(id); });
    out += "<table>\n<thead><tr><th class=\"name\">Наименование учреждения</th>";
    for (const auto& id : ids)
        out += "<th>" + escapeHtml(id) + "</th>";
    out += "<th>Итог</th></tr></thead>\n<tbody>\n";
    auto row = [&](const std::string& name, const json& criteria, const json& total, bool bold) {
        out += bold ? "<tr class=\"average\">" : "<tr>";
        out += "<td>" + escapeHtml(name) + "</td>";
        for (const auto& id : ids)
            out += "<td class=\"num\">" + scoreCellHtml(at(criteria, id.c_str())) + "</td>";
        out += "<td class=\"num\">" + scoreCellHtml(total) + "</td></tr>\n";
    };
    for (const auto& o : at(results, "organizations"))
        row(textOf(o, "name"), at(o, "criteria"), at(o, "total"), false);
    for (const auto& c : at(results, "categories"))
        row("Среднее: " + textOf(c, "category"), at(c, "criteria"), at(c, "average"), true);
    const json& region = at(results, "region");
    row("Среднее по региону", at(region, "criteria"), at(region, "average"), true);
    out += "</tbody>\n</table>\n<p class=\"muted\">" + std::string(kBelowMarkLegend) +
           "; «—» — не рассчитано.</p>\n";
}

// Fifteen indicator columns do not fit an A4 page beside the names: one table per group of
// criteria (K1–K3, then K4–K5), each with the names, so every column stays readable.
void indicatorTable(std::string& out, const json& results, const ReportLabels& labels) {
    const auto ids = indicatorIds(results);
    out += "<h2>Значения показателей</h2>\n";
    std::vector<std::vector<std::string>> parts(2);
    for (const auto& id : ids)
        parts[!id.empty() && id[0] >= '4' ? 1 : 0].push_back(id);
    for (const auto& part : parts) {
        if (part.empty()) continue;
        out += "<section class=\"indicator-part\">\n";
        legend(out, part, [&](const std::string& id) { return labels.indicator(id); });
        out += "<table class=\"wide\">\n<thead><tr><th class=\"name\">Наименование учреждения</th>";
        for (const auto& id : part)
            out += "<th>" + escapeHtml(id) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& o : at(results, "organizations")) {
            out += "<tr><td>" + escapeHtml(textOf(o, "name")) + "</td>";
            for (const auto& id : part)
                out += "<td class=\"num\">" + displayNumber(at(at(o, "indicators"), id.c_str())) +
                       "</td>";
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n</section>\n";
    }
    out += "<p class=\"muted\">«—»: показатель не измеряется (никто не ответил на "
           "соответствующий вопрос).</p>\n";
}

} // namespace nok::server::report::html
