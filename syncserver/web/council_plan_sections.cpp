// The improvement plans on the council dashboard: on an organisation's page its plan (every item
// with its measure, due day, responsible person and state; an overdue item says «просрочено» in
// words, not by colour alone), and on the campaign page each organisation's progress (items,
// done, overdue). Both read the JSON the server wires in (WebContext::planProgress and the
// organisation's extras["plan"]) and escape every text in it.
#include "report/plan_documents.h"
#include "web/council_pages.h"
#include "web/html.h"

namespace nok::web {

using nlohmann::json;

namespace {

std::string day(const json& value) {
    if (!value.is_string()) return "—";
    const std::string d = value.get<std::string>();
    if (d.size() != 10) return escape(d);
    return escape(d.substr(8, 2) + "." + d.substr(5, 2) + "." + d.substr(0, 4));
}

std::string count(const json& object, const char* key) {
    return object.contains(key) && object[key].is_number_integer()
               ? std::to_string(object[key].get<long long>())
               : "0";
}

} // namespace

std::string planSectionHtml(const json& plan) {
    std::string m = "<section aria-labelledby=\"plan-h\"><h2 id=\"plan-h\">План мероприятий по "
                    "устранению недостатков</h2>\n";
    const json items = plan.is_object() ? plan.value("items", json::array()) : json::array();
    if (items.empty())
        return m + "<p>Организация ещё не представила план.</p>\n</section>\n";
    // Seven columns of free text: on a wide screen a table (scrolling in its own region if it
    // must); on a phone each item is a block of lines, each led by its column's name (web.css,
    // data-label), so nothing is read by scrolling sideways.
    static constexpr const char* kColumns[] = {"Критерий", "Недостаток",    "Мероприятие",
                                               "Срок",     "Ответственный", "Состояние",
                                               "Что сделано"};
    m += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"plan-h\" tabindex=\"0\">"
         "<table class=\"plan\">\n<caption>Пунктов: " + std::to_string(items.size()) +
         "</caption>\n<thead><tr>";
    for (const char* column : kColumns) m += std::string("<th scope=\"col\">") + column + "</th>";
    m += "</tr></thead>\n<tbody>\n";
    for (const auto& item : items) {
        const bool overdue = item.value("overdue", false);
        std::string state = escape(server::report::planStatusText(textAt(item, "status")));
        if (item["done_on"].is_string()) state += ", " + day(item["done_on"]);
        if (overdue) state += " <strong class=\"overdue\">— просрочено</strong>";
        const std::string cells[] = {escape(textAt(item, "criterion")),
                                     escape(textAt(item, "shortcoming")),
                                     escape(textAt(item, "measure")),
                                     day(item["due"]),
                                     escape(textAt(item, "responsible")),
                                     state,
                                     escape(textAt(item, "result"))};
        m += std::string("<tr") + (overdue ? " class=\"overdue\"" : "") + ">";
        for (std::size_t i = 0; i < std::size(kColumns); ++i)
            m += std::string("<td data-label=\"") + kColumns[i] + "\">" + cells[i] + "</td>";
        m += "</tr>\n";
    }
    return m + "</tbody>\n</table></div>\n</section>\n";
}

std::string planProgressSectionHtml(const CampaignInfo& campaign, const json& progress) {
    if (!progress.is_object()) return {};
    std::string m = "<section aria-labelledby=\"plans-h\"><h2 id=\"plans-h\">Планы мероприятий "
                    "организаций</h2>\n<div class=\"table-wrap\" role=\"region\" "
                    "aria-labelledby=\"plans-h\" tabindex=\"0\"><table class=\"plans\">\n<thead><tr>"
                    "<th scope=\"col\">Организация</th><th scope=\"col\">Пунктов</th>"
                    "<th scope=\"col\">Выполнено</th><th scope=\"col\">Просрочено</th>"
                    "</tr></thead>\n<tbody>\n";
    for (const auto& org : campaign.organizations) {
        const std::string link = "<a href=\"" + campaignPath(campaign.id) + "/org/" +
                                 urlSegment(org.id) + "#plan-h\">" + escape(org.name) + "</a>";
        auto it = progress.find(org.id);
        if (it == progress.end()) {
            m += "<tr><td>" + link + "</td><td colspan=\"3\">плана нет</td></tr>\n";
            continue;
        }
        const std::string overdue = count(*it, "overdue");
        m += "<tr><td>" + link + "</td><td>" + count(*it, "items") + "</td><td>" +
             count(*it, "done") + "</td><td>" +
             (overdue == "0" ? std::string("0") : "<strong>" + overdue + " — просрочено</strong>") +
             "</td></tr>\n";
    }
    return m + "</tbody>\n</table></div>\n</section>\n";
}

} // namespace nok::web
