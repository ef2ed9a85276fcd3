// Improvement plans as people read them: the CSV table (one row per item, with its organisation;
// the results CSV's Russian Excel dialect: UTF-8 with BOM, semicolons) and the printable HTML
// form laid out as the official plan (sections by criterion; columns shortcoming · measure · due
// · responsible · what was done · when). Overdue items (past due, neither done nor dropped) are
// marked in words, never by colour alone. Every text from a plan is escaped.
#pragma once

#include "service/plan_labels.h"
#include "storage/plan_store.h"

#include <map>
#include <string>
#include <vector>

namespace nok::server::report {

// "запланировано", "выполняется", "выполнено", "снято".
[[nodiscard]] std::string planStatusText(const std::string& status);

[[nodiscard]] std::string renderPlansCsv(const std::vector<PlanRecord>& plans,
                                         const PlanLabels& labels);
[[nodiscard]] std::string renderPlansHtml(const std::vector<PlanRecord>& plans,
                                          const PlanLabels& labels);

} // namespace nok::server::report
