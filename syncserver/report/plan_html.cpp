#include "report/format.h"
#include "report/plan_documents.h"
#include "service/plan_service.h"

namespace nok::server::report {

namespace {

// Print-first, like the results report: A4, table headers repeated on each page, system fonts
// with Cyrillic, no scripts, no external resources (the file is opened from disk or printed).
constexpr char kPlanCss[] = R"css(
@page { size: A4 landscape; margin: 15mm; }
body { font-family: "DejaVu Serif", "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt;
       color: #000; background: #fff; margin: 0 auto; line-height: 1.3; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
p.meta { text-align: center; margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #444; padding: 1mm 1.4mm; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; text-align: center; }
.overdue { font-weight: bold; }
section.plan { break-after: page; page-break-after: always; }
section.plan:last-child { break-after: auto; page-break-after: auto; }
@media screen { body { padding: 8mm; max-width: 280mm; } }
)css";

std::string ruDay(const std::optional<std::string>& day) {
    if (!day || day->size() != 10) return "—";
    return day->substr(8, 2) + "." + day->substr(5, 2) + "." + day->substr(0, 4);
}

std::string labelOf(const std::map<std::string, std::string>& map, const std::string& id) {
    auto it = map.find(id);
    return it == map.end() ? id : it->second;
}

std::string itemRow(const PlanItem& item, int number, const std::string& today) {
    std::string due = escapeHtml(ruDay(item.due));
    if (isOverdue(item, today)) due += "<br><span class=\"overdue\">просрочено</span>";
    std::string done = escapeHtml(item.result);
    if (!done.empty()) done += "<br>";
    done += "<em>" + escapeHtml(planStatusText(item.status)) + "</em>";
    return "<tr><td>" + std::to_string(number) + "</td><td>" + escapeHtml(item.shortcoming) +
           "</td><td>" + escapeHtml(item.measure) + "</td><td>" + due + "</td><td>" +
           escapeHtml(item.responsible) + "</td><td>" + done + "</td><td>" +
           escapeHtml(ruDay(item.doneOn)) + "</td></tr>\n";
}

std::string planSection(const PlanRecord& plan, const PlanLabels& labels) {
    std::string out = "<section class=\"plan\">\n<h1>Мероприятия по повышению качества оказания "
                      "социальных услуг</h1>\n<p class=\"meta\">" +
                      escapeHtml(labelOf(labels.orgNames, plan.org)) + "</p>\n<p class=\"meta\">" +
                      escapeHtml(labels.campaignTitle) + "</p>\n";
    if (plan.approvedOn || plan.approvedBy)
        out += "<p class=\"meta\">Утверждён: " + escapeHtml(plan.approvedBy.value_or("")) + " " +
               escapeHtml(plan.approvedOn ? ruDay(plan.approvedOn) : std::string()) + "</p>\n";
    if (plan.items.empty()) out += "<p>План не заполнен.</p>\n";
    int number = 0;
    for (const char* criterion : {"K1", "K2", "K3", "K4", "K5"}) {
        std::string rows;
        for (const auto& item : plan.items)
            if (item.criterion == criterion) rows += itemRow(item, ++number, labels.today);
        if (rows.empty()) continue;
        out += "<h2>" + escapeHtml(std::string(criterion) + ". " +
                                   labelOf(labels.criteria, criterion)) +
               "</h2>\n<table>\n<thead><tr><th scope=\"col\">№</th>"
               "<th scope=\"col\">Выявленный недостаток</th>"
               "<th scope=\"col\">Мероприятие по устранению</th><th scope=\"col\">Срок</th>"
               "<th scope=\"col\">Ответственный (ФИО, должность)</th>"
               "<th scope=\"col\">Что сделано</th><th scope=\"col\">Когда</th></tr></thead>\n"
               "<tbody>\n" +
               rows + "</tbody>\n</table>\n";
    }
    return out + "</section>\n";
}

} // namespace

std::string renderPlansHtml(const std::vector<PlanRecord>& plans, const PlanLabels& labels) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<title>Планы по устранению недостатков — " +
                      escapeHtml(labels.campaignTitle) + "</title>\n<style>" + kPlanCss +
                      "</style>\n</head>\n<body>\n<main>\n";
    if (plans.empty()) out += "<p>Планов нет.</p>\n";
    for (const auto& plan : plans)
        out += planSection(plan, labels);
    return out + "</main>\n</body>\n</html>\n";
}

} // namespace nok::server::report
