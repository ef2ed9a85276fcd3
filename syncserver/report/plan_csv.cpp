#include "report/csv_writer.h"
#include "report/plan_documents.h"
#include "service/plan_service.h"

namespace nok::server::report {

namespace {

// A cell Excel would run as a formula (= + - @ or a tab/CR first) gets a leading apostrophe:
// plan texts come from outside the council, and the council opens this file in Excel.
std::string safeCell(const std::string& s) {
    if (!s.empty() && std::string("=+-@\t\r").find(s.front()) != std::string::npos)
        return "'" + s;
    return s;
}

std::string nameOf(const std::map<std::string, std::string>& names, const std::string& id) {
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
}

} // namespace

std::string planStatusText(const std::string& status) {
    if (status == "planned") return "запланировано";
    if (status == "in_progress") return "выполняется";
    if (status == "done") return "выполнено";
    if (status == "dropped") return "снято";
    return status;
}

std::string renderPlansCsv(const std::vector<PlanRecord>& plans, const PlanLabels& labels) {
    CsvWriter w(CsvDialect::ExcelRu);
    for (const char* h : {"Код организации", "Организация", "Пункт", "Критерий", "Показатель",
                          "Выявленный недостаток", "Мероприятие", "Срок", "Ответственный",
                          "Статус", "Что сделано", "Когда выполнено", "Просрочено"})
        w.text(h);
    w.endRow();
    for (const auto& plan : plans)
        for (const auto& item : plan.items) {
            w.text(plan.org);
            w.text(safeCell(nameOf(labels.orgNames, plan.org)));
            w.text(safeCell(item.id));
            w.text(item.criterion);
            w.text(item.ref.indicator);
            w.text(safeCell(item.shortcoming));
            w.text(safeCell(item.measure));
            w.text(item.due.value_or(""));
            w.text(safeCell(item.responsible));
            w.text(planStatusText(item.status));
            w.text(safeCell(item.result));
            w.text(item.doneOn.value_or(""));
            w.text(isOverdue(item, labels.today) ? "да" : "нет");
            w.endRow();
        }
    return w.take();
}

} // namespace nok::server::report
