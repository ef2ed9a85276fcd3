// The report's first pass over the organisations (see html_sections.h): the criterion and
// indicator columns, each criterion's range, the best three, those needing attention, how many
// organisations have each shortcoming, and each organisation's table row, gathered once so that
// the first page, the tables and the regional summary need no whole organisation kept in
// memory. Also the output's piecewise flush.
#include "report/format.h"
#include "report/html_sections.h"
#include "report/phrases.h"

#include <algorithm>
#include <set>

namespace nok::server::report::html {

using nlohmann::json;

Status HtmlOut::flush(bool all) {
    if (m_text.empty() || (!all && m_text.size() < kPiece)) return {};
    auto st = m_sink(m_text);
    m_text.clear();
    return st;
}

namespace {

void addKeys(std::vector<std::string>& keys, const json& field) {
    if (!field.is_object()) return;
    for (const auto& [k, v] : field.items()) { // in key order: "1.1" < "1.2" ..., "K1" < "K2" ...
        (void)v;
        if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
    }
}

void addRange(Overview& view, const json& criteria) {
    if (!criteria.is_object()) return;
    for (const auto& [id, v] : criteria.items()) {
        if (!v.is_number()) continue;
        const double d = v.get<double>();
        auto& [low, high] = view.range[id];
        low = low ? std::min(*low, d) : d;
        high = high ? std::max(*high, d) : d;
    }
}

json tableRow(const json& o) {
    json row = json::object();
    if (!o.is_object()) return row; // shows as empty, as the whole entry would
    for (const char* key : {"category", "change", "criteria", "id", "indicators", "name", "rank",
                            "rank_in_category", "reason", "respondents", "total"})
        if (auto it = o.find(key); it != o.end()) row[key] = *it;
    return row;
}

void addAttention(Overview& view, const json& o) {
    const std::string name = escapeHtml(textOf(o, "name"));
    if (!at(o, "total").is_number())
        view.attention += "<li>" + name + ": итог не рассчитан, " +
                          escapeHtml(reasonText(textOf(o, "reason"))) + "</li>\n";
    for (const auto& w : at(o, "warnings")) {
        if (textOf(w, "code") == "sample_below_minimum")
            ++view.smallSamples;
        else
            view.attention += "<li>" + name + ": " + escapeHtml(warningBrief(w)) + "</li>\n";
    }
}

// Seed 000's sentence counts each distinct shortcoming (kind, indicator, set, item) once per
// organisation that has it.
void addShortcomings(Overview& view, const json& o, const ReportLabels& labels) {
    ++view.organizations;
    std::set<std::string> counted;
    for (const auto& s : at(o, "shortcomings")) {
        const std::string kind = textOf(s, "kind"), indicator = textOf(s, "indicator");
        const std::string set = textOf(s, "set"), item = textOf(s, "item");
        const std::string key = kind + '|' + indicator + '|' + set + '|' + item;
        if (!counted.insert(key).second) continue;
        auto& seen = view.shortcomings[key];
        if (seen.label.empty()) {
            if (!item.empty())
                seen.label = "нет: " + labels.item(set, item);
            else if (!set.empty())
                seen.label = "неполная информация (" + labels.set(set) + ")";
            else
                seen.label = "низкое значение показателя " + indicator + " «" +
                             labels.indicator(indicator) + "»";
        }
        ++seen.orgs;
    }
}

} // namespace

Result<Overview> overview(const ReportSource& source) {
    Overview view;
    std::size_t ranked = 0;
    const ReportLabels& labels = source.context().labels;
    auto st = source.forEachOrganization(false, [&](const ReportOrganization& org) -> Status {
        const json& o = org.results;
        addKeys(view.criterionIds, at(o, "criteria"));
        addKeys(view.indicatorIds, at(o, "indicators"));
        addRange(view, at(o, "criteria"));
        if (at(o, "rank").is_number() && ranked++ < kTopListed)
            view.best += "<li>" + displayCount(at(o, "rank")) + ". " +
                         escapeHtml(textOf(o, "name")) + " — " + displayNumber(at(o, "total")) +
                         "</li>\n";
        addAttention(view, o);
        addShortcomings(view, o, labels);
        view.rows.push_back(tableRow(o));
        return {};
    });
    if (!st) return st.error();
    return view;
}

} // namespace nok::server::report::html
