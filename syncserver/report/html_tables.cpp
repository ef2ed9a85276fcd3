// Ranking, criteria and indicator tables of the HTML report.
#include "report/format.h"
#include "report/html_sections.h"
#include "report/phrases.h"
#include "report/results_html.h"

#include <functional>

namespace nok::server::report::html {

using nlohmann::json;

const json& at(const json& node, const char* key) {
    static const json null;
    if (!node.is_object()) return null;
    auto it = node.find(key);
    return it == node.end() ? null : *it;
}

namespace {

std::string rankCell(const json& v) {
    return v.is_number_integer() ? std::to_string(v.get<int>()) : "—";
}

std::string countCell(const json& v) {
    return v.is_number_integer() ? std::to_string(v.get<std::int64_t>()) : "—";
}

// regional: place in the region and the category column; otherwise place in the category and
// in the region (seed 004 lists both for a category's table).
std::string rankingHead(bool regional, bool compared) {
    std::string out = "<table>\n<thead><tr><th>Место в рейтинге</th>"
                      "<th class=\"name\">Наименование учреждения</th>";
    out += regional ? "<th>Категория</th>" : "<th>Место в регионе</th>";
    out += "<th>Интегральное значение критериев</th>";
    if (compared) out += "<th>Изменение к прошлой оценке</th>";
    out += "<th>Респондентов</th></tr></thead>\n<tbody>\n";
    return out;
}

std::string rankingRow(const json& o, bool regional, bool compared) {
    std::string out = "<tr><td class=\"num\">" +
                      rankCell(at(o, regional ? "rank" : "rank_in_category")) + "</td><td>" +
                      escapeHtml(textOf(o, "name")) + "</td>";
    out += regional ? "<td>" + escapeHtml(textOf(o, "category")) + "</td>"
                    : "<td class=\"num\">" + rankCell(at(o, "rank")) + "</td>";
    out += "<td class=\"num\">" + scoreCellHtml(at(o, "total")) + "</td>";
    if (compared) {
        const std::string change = changeText(at(at(o, "change"), "total"));
        out += "<td class=\"num\">" + (change.empty() ? std::string("—") : escapeHtml(change)) +
               "</td>";
    }
    out += "<td class=\"num\">" + countCell(at(o, "respondents")) + "</td></tr>\n";
    return out;
}

constexpr char kTableEnd[] = "</tbody>\n</table>\n";

// The names behind short column heads ("K1", "1.1"), as a visible list above the table.
void legend(HtmlOut& out, const std::vector<std::string>& ids,
            const std::function<std::string(const std::string&)>& name) {
    out += "<dl class=\"legend\">\n";
    for (const auto& id : ids)
        out += "<dt>" + escapeHtml(id) + "</dt><dd>" + escapeHtml(name(id)) + "</dd>\n";
    out += "</dl>\n";
}

std::string criteriaRow(const std::vector<std::string>& ids, const std::string& name,
                        const json& criteria, const json& total, bool bold) {
    std::string out = bold ? "<tr class=\"average\">" : "<tr>";
    out += "<td>" + escapeHtml(name) + "</td>";
    for (const auto& id : ids)
        out += "<td class=\"num\">" + scoreCellHtml(at(criteria, id.c_str())) + "</td>";
    out += "<td class=\"num\">" + scoreCellHtml(total) + "</td></tr>\n";
    return out;
}

template <typename F> Status forEachRow(const Overview& overview, F row) {
    for (const auto& o : overview.rows)
        if (auto st = row(o); !st) return st;
    return {};
}

} // namespace

// The regional table first; each category's rows and those without a total are gathered on
// the way (a few hundred bytes per organisation) and follow it.
Status rankingTables(HtmlOut& out, const json& head, const Overview& overview) {
    out += "<h2>Рейтинг организаций региона</h2>\n";
    const bool compared = at(head, "compared_with").is_string();
    std::vector<std::string> categories;
    for (const auto& c : at(head, "categories"))
        categories.push_back(textOf(c, "category"));
    std::vector<std::string> byCategory(categories.size());
    std::string unscored;
    out += rankingHead(true, compared);
    auto st = forEachRow(overview, [&](const json& o) -> Status {
        if (!at(o, "total").is_number()) {
            unscored += "<tr><td>" + escapeHtml(textOf(o, "name")) + "</td><td>" +
                        escapeHtml(textOf(o, "category")) + "</td><td>" +
                        escapeHtml(reasonText(textOf(o, "reason"))) + "</td></tr>\n";
            return {};
        }
        out += rankingRow(o, true, compared); // the engine lists organisations by rank
        const std::string category = textOf(o, "category");
        for (std::size_t i = 0; i < categories.size(); ++i)
            if (categories[i] == category) byCategory[i] += rankingRow(o, false, compared);
        return out.flush();
    });
    if (!st) return st;
    out += kTableEnd;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        out += "<h3>Рейтинг учреждений социального обслуживания: " + escapeHtml(categories[i]) +
               "</h3>\n";
        out += rankingHead(false, compared);
        out += byCategory[i];
        out += kTableEnd;
        std::string().swap(byCategory[i]);
        if (auto flushed = out.flush(); !flushed) return flushed;
    }
    if (unscored.empty()) return {};
    out += "<h3>Организации без итогового значения</h3>\n<table>\n<thead><tr><th class=\"name\">Наименование "
           "учреждения</th><th>Категория</th><th>Причина</th></tr></thead>\n<tbody>\n";
    out += unscored;
    out += kTableEnd;
    return {};
}

Status criteriaTable(HtmlOut& out, const json& head, const Overview& overview,
                     const ReportLabels& labels) {
    const auto& ids = overview.criterionIds;
    out += "<h2>Значения критериев</h2>\n";
    legend(out, ids, [&](const std::string& id) { return labels.criterion(id); });
    out += "<table>\n<thead><tr><th class=\"name\">Наименование учреждения</th>";
    for (const auto& id : ids)
        out += "<th>" + escapeHtml(id) + "</th>";
    out += "<th>Итог</th></tr></thead>\n<tbody>\n";
    auto st = forEachRow(overview, [&](const json& o) -> Status {
        out += criteriaRow(ids, textOf(o, "name"), at(o, "criteria"), at(o, "total"), false);
        return out.flush();
    });
    if (!st) return st;
    for (const auto& c : at(head, "categories"))
        out += criteriaRow(ids, "Среднее: " + textOf(c, "category"), at(c, "criteria"),
                           at(c, "average"), true);
    const json& region = at(head, "region");
    out +=
        criteriaRow(ids, "Среднее по региону", at(region, "criteria"), at(region, "average"), true);
    out += "</tbody>\n</table>\n<p class=\"muted\">" + std::string(kBelowMarkLegend) +
           "; «—» — не рассчитано.</p>\n";
    return {};
}

// Fifteen indicator columns do not fit an A4 page beside the names: one table per group of
// criteria (K1–K3, then K4–K5), each with the names, so every column stays readable.
Status indicatorTable(HtmlOut& out, const Overview& overview, const ReportLabels& labels) {
    out += "<h2>Значения показателей</h2>\n";
    std::vector<std::vector<std::string>> parts(2);
    for (const auto& id : overview.indicatorIds)
        parts[!id.empty() && id[0] >= '4' ? 1 : 0].push_back(id);
    for (const auto& part : parts) {
        if (part.empty()) continue;
        out += "<section class=\"indicator-part\">\n";
        legend(out, part, [&](const std::string& id) { return labels.indicator(id); });
        out += "<table class=\"wide\">\n<thead><tr><th class=\"name\">Наименование учреждения</th>";
        for (const auto& id : part)
            out += "<th>" + escapeHtml(id) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        auto st = forEachRow(overview, [&](const json& o) -> Status {
            out += "<tr><td>" + escapeHtml(textOf(o, "name")) + "</td>";
            for (const auto& id : part)
                out += "<td class=\"num\">" + displayNumber(at(at(o, "indicators"), id.c_str())) +
                       "</td>";
            out += "</tr>\n";
            return out.flush();
        });
        if (!st) return st;
        out += "</tbody>\n</table>\n</section>\n";
    }
    out += "<p class=\"muted\">«—»: показатель не измеряется (никто не ответил на "
           "соответствующий вопрос).</p>\n";
    return {};
}

} // namespace nok::server::report::html
