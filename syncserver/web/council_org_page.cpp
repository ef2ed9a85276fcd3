// An organisation's page: scores, every indicator with its answer count and Wilson interval,
// not-measurable flags, the sample warning, shortcomings, respondents' suggestions and the
// expert evidence behind the expert-check indicators.
#include "web/council_pages.h"
#include "web/html.h"
#include "web/svg_chart.h"

#include <algorithm>
#include <map>

namespace nok::web {

namespace {

using nlohmann::json;

const std::map<std::string, std::string> kIndicatorNames = {
    {"1.1", "Информация на стендах и сайте соответствует требованиям"},
    {"1.2", "Дистанционные способы взаимодействия"},
    {"1.3", "Удовлетворённость открытостью информации"},
    {"2.1", "Комфортные условия"},
    {"2.2", "Своевременность предоставления услуги"},
    {"2.3", "Удовлетворённость комфортностью условий"},
    {"3.1", "Оборудование помещений и территории для инвалидов"},
    {"3.2", "Условия, позволяющие инвалидам получать услуги"},
    {"3.3", "Удовлетворённость доступностью для инвалидов"},
    {"4.1", "Вежливость работников первичного контакта"},
    {"4.2", "Вежливость работников, оказывающих услуги"},
    {"4.3", "Вежливость при дистанционном взаимодействии"},
    {"5.1", "Готовность рекомендовать организацию"},
    {"5.2", "Удовлетворённость организационными условиями"},
    {"5.3", "Удовлетворённость условиями в целом"},
};

std::string wilsonText(const json& details) {
    if (!details.is_object() || !details.contains("wilson")) return "—";
    const json& w = details["wilson"];
    if (w.is_array() && w.size() == 2 && w[0].is_number() && w[1].is_number())
        return formatNumber(w[0].get<double>()) + "–" + formatNumber(w[1].get<double>());
    if (w.is_object())
        return formatNumber(numberAt(w, "low")) + "–" + formatNumber(numberAt(w, "high"));
    return "—";
}

std::string expertValue(const Labels& labels, const std::string& set, const json& v) {
    if (v.is_null()) return "нет данных";
    if (v.is_object() && v.contains("present") && v.contains("required"))
        return textAt(v, "present") + " из " + textAt(v, "required");
    if (v.is_array()) {
        if (v.empty()) return "нет";
        std::string s;
        for (const auto& item : v)
            s += (s.empty() ? "" : ", ") +
                 (item.is_string() ? labels.item(set, item.get<std::string>()) : item.dump());
        return s;
    }
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
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
                    "scope=\"col\">Измеряется</th></tr></thead>\n<tbody>\n";
    for (auto it = values.begin(); it != values.end(); ++it) {
        const std::string id = it.key();
        const json d = details.value(id, json::object());
        const bool nm = it->is_null() || std::find(notMeasurable.begin(), notMeasurable.end(),
                                                   id) != notMeasurable.end();
        const auto known = kIndicatorNames.find(id);
        const std::string title = labels.indicator(id) != id       ? labels.indicator(id)
                                  : known != kIndicatorNames.end() ? known->second
                                                                   : std::string();
        const auto answered = numberAt(d, "answered");
        h += "<tr" + std::string(nm ? " class=\"not-measurable\"" : "") + "><th scope=\"row\">" +
             escape(id) + (title.empty() ? "" : " " + escape(title)) + "</th><td>" +
             formatNumber(it->is_number() ? std::optional<double>(it->get<double>())
                                          : std::nullopt) +
             "</td><td>" +
             (answered && *answered > 0
                  ? formatNumber(numberAt(d, "yes")) + " / " + formatNumber(answered)
                  : "—") +
             "</td><td>" + wilsonText(d) + "</td><td>" +
             (nm ? "<strong>не измеряется</strong>" : "да") + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n</div>\n";
    return h;
}

// The newest device check item by item, each photo as a thumbnail linking to the full image
// (served only to a signed-in council member, see council_routes.cpp).
void checkItemsSection(std::string& m, const json& check) {
    if (!check.is_object()) {
        m += "<p>Проверок с планшета эксперта нет.</p>\n";
        return;
    }
    m += "<h3>Проверка с планшета: " + escape(textAt(check, "operator")) + ", " +
         escape(textAt(check, "recorded_at")) + "</h3>\n";
    if (check.value("newest_version", 0) > check.value("version", 0))
        m += "<p>В расчёте используется более новая версия экспертных данных.</p>\n";
    m += "<table class=\"expert-items\"><thead><tr><th scope=\"col\">Пункт</th>"
         "<th scope=\"col\">Есть</th><th scope=\"col\">Заметка</th>"
         "<th scope=\"col\">Кто и когда</th><th scope=\"col\">Фото</th></tr></thead><tbody>\n";
    for (const auto& item : check.value("items", json::array())) {
        m += "<tr><td>" + escape(textAt(item, "name")) + "</td><td>" +
             (item.value("present", false) ? "да" : "<strong>нет</strong>") + "</td><td>" +
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
    m += "</tbody></table>\n";
}

} // namespace

std::string renderOrganizationPage(const CouncilFrame& frame, const CampaignInfo& c,
                                   const json& org, const json& extras, const Labels& labels) {
    const std::string name = textAt(org, "name");
    std::string m = "<p class=\"crumbs\"><a href=\"" + escape(campaignPath(c.id)) + "\">" +
                    escape(c.title) + "</a></p>\n";
    m += "<h1>" + escape(name) + "</h1>\n<dl class=\"facts\">\n<dt>Категория</dt><dd>" +
         escape(textAt(org, "category")) + "</dd>\n<dt>Итоговый балл</dt><dd class=\"total\">" +
         formatNumber(numberAt(org, "total")) + "</dd>\n<dt>Место в регионе</dt><dd>" +
         formatNumber(numberAt(org, "rank")) + "</dd>\n<dt>Место в категории</dt><dd>" +
         formatNumber(numberAt(org, "rank_in_category")) +
         "</dd>\n<dt>Респондентов</dt><dd class=\"respondents\">" +
         formatNumber(numberAt(org, "respondents")) + "</dd>\n";
    if (numberAt(org, "recipients"))
        m += "<dt>Получателей услуг</dt><dd>" + formatNumber(numberAt(org, "recipients")) +
             "</dd>\n";
    m += "</dl>\n";
    if (!textAt(org, "reason").empty())
        m += "<p class=\"warning\">Итог не рассчитан: " + escape(textAt(org, "reason")) + "</p>\n";
    if (org.contains("warnings") && org["warnings"].is_array() && !org["warnings"].empty()) {
        m += "<div class=\"warning\" role=\"note\"><h2>Предупреждения</h2><ul>\n";
        for (const auto& w : org["warnings"]) {
            std::string text = w.is_string() ? w.get<std::string>() : textAt(w, "message");
            if (w.is_object() && textAt(w, "code") == "sample_below_minimum")
                text = "Малая выборка: " + textAt(w, "actual") + " анкет при необходимых " +
                       textAt(w, "required") + ". Результаты по опросу ненадёжны. " +
                       textAt(w, "message");
            m += "<li>" + escape(text) + "</li>\n";
        }
        m += "</ul></div>\n";
    }
    std::vector<Bar> bars;
    const json crit = org.value("criteria", json::object());
    for (auto it = crit.begin(); it != crit.end(); ++it)
        bars.push_back(
            {it.key(), it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt});
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
    m += "</section>\n<section aria-labelledby=\"sugg-h\"><h2 id=\"sugg-h\">Предложения "
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
                     escape(expertValue(labels, it.key(), *it)) + "</dd>\n";
        m += "</dl>\n";
    } else {
        m += "<p>Экспертная проверка не загружена.</p>\n";
    }
    checkItemsSection(m, extras.value("check", json()));
    m += "</section>\n";
    return councilPage(frame, name + " — панель общественного совета", m);
}

} // namespace nok::web
