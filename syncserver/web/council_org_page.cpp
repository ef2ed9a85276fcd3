// An organisation's page: scores, every indicator with its answer count and Wilson interval,
// not-measurable flags, the sample warning, shortcomings, respondents' suggestions and the
// expert evidence behind the expert-check indicators.
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

std::string wilsonText(const json& details) {
    if (!details.is_object() || !details.contains("wilson")) return "—";
    const json& w = details["wilson"];
    if (w.is_array() && w.size() == 2 && w[0].is_number() && w[1].is_number())
        return formatNumber(w[0].get<double>()) + "–" + formatNumber(w[1].get<double>());
    if (w.is_object())
        return formatNumber(numberAt(w, "low")) + "–" + formatNumber(numberAt(w, "high"));
    return "—";
}

// One field of the expert record in words: an item list as "8 из 10", a set as the items that
// are present and those that are missing (by the methodology's list), a number as itself.
std::string expertValueHtml(const Labels& labels, const std::string& set, const json& v) {
    if (v.is_null()) return "не указано";
    if (v.is_object() && v.contains("present") && v.contains("required"))
        return "размещено " + escape(formatCount(numberAt(v, "present"))) + " из " +
               escape(formatCount(numberAt(v, "required"))) + " обязательных сведений";
    if (v.is_array()) {
        std::vector<std::string> present;
        for (const auto& item : v)
            if (item.is_string()) present.push_back(item.get<std::string>());
        std::string has, lacks;
        int missing = 0;
        for (const auto& id : present)
            has += (has.empty() ? "" : ", ") + labels.item(set, id);
        for (const auto& id : labels.itemsOf(set))
            if (std::find(present.begin(), present.end(), id) == present.end()) {
                lacks += (lacks.empty() ? "" : ", ") + labels.item(set, id);
                ++missing;
            }
        std::string h = "<p class=\"has\"><strong>Есть (" + std::to_string(present.size()) +
                        "):</strong> " + (has.empty() ? "ничего" : escape(has)) + "</p>";
        if (!labels.itemsOf(set).empty())
            h += "<p class=\"lacks\"><strong>Нет (" + std::to_string(missing) + "):</strong> " +
                 (lacks.empty() ? "всё есть" : escape(lacks)) + "</p>";
        return h;
    }
    if (v.is_number()) return escape(formatNumber(v.get<double>()));
    if (v.is_string()) return escape(v.get<std::string>());
    return "—";
}

// The indicators below their shortcoming threshold (METHODOLOGY.md: 100 expert, 90 survey).
std::map<std::string, double> belowThreshold(const json& org) {
    std::map<std::string, double> out;
    if (org.contains("shortcomings") && org["shortcomings"].is_array())
        for (const auto& s : org["shortcomings"])
            if (textAt(s, "kind") == "below_threshold" && numberAt(s, "threshold"))
                out[textAt(s, "indicator")] = *numberAt(s, "threshold");
    return out;
}

std::string indicatorTable(const Labels& labels, const json& org) {
    const json values = org.value("indicators", json::object());
    const json details = org.value("indicator_details", json::object());
    std::vector<std::string> notMeasurable;
    if (org.contains("not_measurable") && org["not_measurable"].is_array())
        for (const auto& id : org["not_measurable"])
            if (id.is_string()) notMeasurable.push_back(id.get<std::string>());
    std::string h = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"ind-c\" "
                    "tabindex=\"0\">\n<table class=\"indicators\">\n"
                    "<caption id=\"ind-c\">Показатели (0–100), ответы «да» из ответивших и 95% "
                    "интервал Уилсона</caption>\n"
                    "<thead><tr><th scope=\"col\">Показатель</th><th "
                    "scope=\"col\">Значение</th><th scope=\"col\">Да / ответили"
                    "</th><th scope=\"col\">Интервал Уилсона, %</th><th "
                    "scope=\"col\">Замечание</th></tr></thead>\n<tbody>\n";
    const auto below = belowThreshold(org);
    for (auto it = values.begin(); it != values.end(); ++it) {
        const std::string id = it.key();
        const json d = details.value(id, json::object());
        const bool nm = it->is_null() || std::find(notMeasurable.begin(), notMeasurable.end(),
                                                   id) != notMeasurable.end();
        const std::string title = labels.indicator(id) != id ? labels.indicator(id) : std::string();
        const auto answered = numberAt(d, "answered");
        const auto low = below.find(id);
        const std::string note =
            nm ? "<strong>не измеряется</strong>"
            : low != below.end()
                ? "<strong><span class=\"below\">▼</span> ниже порога " +
                      escape(formatCount(low->second)) + "</strong>"
                : "—";
        h += "<tr" + std::string(nm ? " class=\"not-measurable\"" : "") + "><th scope=\"row\">" +
             escape(id) + (title.empty() ? "" : " " + escape(title)) + "</th><td class=\"num\">" +
             formatNumber(it->is_number() ? std::optional<double>(it->get<double>())
                                          : std::nullopt) +
             "</td><td class=\"num\">" +
             (answered && *answered > 0
                  ? formatCount(numberAt(d, "yes")) + " / " + formatCount(answered)
                  : "—") +
             "</td><td class=\"num\">" + wilsonText(d) + "</td><td>" + note + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n</div>\n";
    return h;
}

// The newest device check item by item: first how many items are present and missing and which
// are missing, then a table (inside a scrolling region, so a long note or a photo never widens
// the page) with each item, its answer in words and a sign, the note, who and when, and photos
// as thumbnails linking to the full image (served only to a signed-in council member).
void checkItemsSection(std::string& m, const json& check) {
    if (!check.is_object()) {
        m += "<p>Проверок с планшета эксперта нет.</p>\n";
        return;
    }
    const json items = check.value("items", json::array());
    std::string missing;
    std::size_t present = 0;
    for (const auto& item : items) {
        if (item.value("present", false))
            ++present;
        else
            missing += (missing.empty() ? "" : ", ") + textAt(item, "name");
    }
    m += "<h3>Проверка с планшета: " + escape(textAt(check, "operator")) + ", " +
         escape(textAt(check, "recorded_at")) + "</h3>\n";
    m += "<p class=\"check-summary\">Проверено пунктов: " + std::to_string(items.size()) +
         ". Есть: " + std::to_string(present) + ". Нет: " +
         std::to_string(items.size() - present) +
         (missing.empty() ? "." : " — " + escape(missing) + ".") + "</p>\n";
    if (check.value("newest_version", 0) > check.value("version", 0))
        m += "<p>В расчёте используется более новая версия экспертных данных.</p>\n";
    m += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"check-c\" tabindex=\"0\">"
         "<table class=\"expert-items\"><caption id=\"check-c\">Пункты проверки</caption>"
         "<thead><tr><th scope=\"col\">Пункт</th>"
         "<th scope=\"col\">Наличие</th><th scope=\"col\">Заметка</th>"
         "<th scope=\"col\">Кто и когда</th><th scope=\"col\">Фото</th></tr></thead><tbody>\n";
    for (const auto& item : items) {
        m += "<tr><td>" + escape(textAt(item, "name")) + "</td><td>" +
             (item.value("present", false) ? "✓ есть" : "<strong>✗ нет</strong>") + "</td><td>" +
             escape(textAt(item, "note")) + "</td><td>" + escape(textAt(item, "operator")) + ", " +
             escape(textAt(item, "checked_at")) + "</td><td>";
        for (const auto& sha : item.value("evidence", json::array())) {
            if (!sha.is_string()) continue;
            const std::string href = "/council/evidence/" + escape(sha.get<std::string>());
            m += "<a href=\"" + href + "\"><img class=\"evidence\" src=\"" + href +
                 "\" alt=\"Фото: " + escape(textAt(item, "name")) +
                 "\" loading=\"lazy\" width=\"96\"></a> ";
        }
        m += "</td></tr>\n";
    }
    m += "</tbody></table></div>\n";
}

} // namespace

std::string renderOrganizationPage(const CouncilFrame& frame, const CampaignInfo& c,
                                   const json& org, const json& extras, const Labels& labels) {
    const std::string name = textAt(org, "name");
    std::string m = "<p class=\"crumbs\"><a href=\"" + escape(campaignPath(c.id)) + "\">" +
                    escape(c.title) + "</a></p>\n";
    m += "<h1>" + escape(name) + "</h1>\n<dl class=\"facts\">\n<dt>Категория</dt><dd>" +
         escape(textAt(org, "category")) + "</dd>\n<dt>Итоговый балл</dt><dd class=\"total\">" +
         server::report::scoreCellHtml(numberAt(org, "total")) +
         (org.contains("change") &&
                  !server::report::changeText(org["change"].value("total", json())).empty()
              ? " <span class=\"change\">" +
                    escape(server::report::changeText(org["change"].value("total", json()))) +
                    " к оценке " + escape(textAt(org.value("previous", json::object()), "campaign")) +
                    "</span>"
              : std::string()) +
         "</dd>\n<dt>Место в регионе</dt><dd>" + formatCount(numberAt(org, "rank")) +
         "</dd>\n<dt>Место в категории</dt><dd>" + formatCount(numberAt(org, "rank_in_category")) +
         "</dd>\n<dt>Респондентов</dt><dd class=\"respondents\">" +
         formatCount(numberAt(org, "respondents")) + "</dd>\n";
    if (numberAt(org, "recipients"))
        m += "<dt>Получателей услуг</dt><dd>" + formatCount(numberAt(org, "recipients")) +
             "</dd>\n";
    m += "</dl>\n" + approvalNotice(extras.value("approval", json()));
    if (org.contains("change")) {
        std::map<std::string, std::string> names;
        const json criteria = org.value("criteria", json::object());
        for (const auto& [id, v] : criteria.items())
            names[id] = labels.criterion(id);
        m += "<section aria-labelledby=\"change-h\"><h2 id=\"change-h\">Что улучшилось, что "
             "нет</h2>\n<p>" + escape(server::report::improvementText(org, names)) +
             "</p>\n</section>\n";
    }
    if (!textAt(org, "reason").empty())
        m += "<p class=\"warning\">Итог не рассчитан: " +
             escape(server::report::reasonText(textAt(org, "reason"))) + ".</p>\n";
    if (org.contains("warnings") && org["warnings"].is_array() && !org["warnings"].empty()) {
        m += "<div class=\"warning\" role=\"note\"><h2>Предупреждения</h2><ul>\n";
        for (const auto& w : org["warnings"])
            m += "<li>" + escape(server::report::warningText(w)) + "</li>\n";
        m += "</ul></div>\n";
    }
    std::vector<Bar> bars;
    const json crit = org.value("criteria", json::object());
    for (auto it = crit.begin(); it != crit.end(); ++it)
        bars.push_back({it.key() + " — " + labels.criterion(it.key()),
                        it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt});
    m += "<section aria-labelledby=\"crit-h\"><h2 id=\"crit-h\">Критерии</h2>\n" +
         barChart("chart-org-criteria", "Баллы по критериям (0–100)", bars, "не измеряется") +
         "</section>\n";
    m += "<section aria-labelledby=\"ind-h\"><h2 id=\"ind-h\">Показатели</h2>\n" +
         indicatorTable(labels, org) + "</section>\n";

    m += "<section aria-labelledby=\"short-h\"><h2 id=\"short-h\">Недостатки</h2>\n";
    if (org.contains("shortcomings") && org["shortcomings"].is_array() &&
        !org["shortcomings"].empty()) {
        m += "<ul class=\"shortcomings\">\n";
        for (const auto& s : org["shortcomings"])
            m += "<li>" +
                 escape(textAt(s, "indicator").empty() ? "" : textAt(s, "indicator") + ": ") +
                 escape(s.is_string() ? s.get<std::string>() : textAt(s, "text")) + "</li>\n";
        m += "</ul>\n";
    } else {
        m += "<p>Недостатков не выявлено или данных нет.</p>\n";
    }
    m += "</section>\n" + planSectionHtml(extras.value("plan", json::object()));
    m += "<section aria-labelledby=\"sugg-h\"><h2 id=\"sugg-h\">Предложения "
         "респондентов</h2>\n";
    const json suggestions = extras.value("suggestions", json::array());
    if (suggestions.is_array() && !suggestions.empty()) {
        m += "<ul class=\"suggestions\">\n";
        for (const auto& s : suggestions)
            if (s.is_string()) m += "<li>" + escape(s.get<std::string>()) + "</li>\n";
        m += "</ul>\n";
    } else {
        m += "<p>Предложений нет.</p>\n";
    }
    m += "</section>\n<section aria-labelledby=\"exp-h\"><h2 id=\"exp-h\">Экспертная "
         "проверка</h2>\n";
    const json expert = extras.value("expert", json());
    if (expert.is_object()) {
        m += "<dl class=\"facts expert\">\n";
        for (auto it = expert.begin(); it != expert.end(); ++it)
            if (it.key() != "org")
                m += "<dt>" + escape(labels.set(it.key())) + "</dt><dd>" +
                     expertValueHtml(labels, it.key(), *it) + "</dd>\n";
        m += "</dl>\n";
    } else {
        m += "<p>Экспертная проверка не загружена.</p>\n";
    }
    checkItemsSection(m, extras.value("check", json()));
    m += "</section>\n";
    return councilPage(frame, name + " — панель общественного совета", m);
}

} // namespace nok::web
