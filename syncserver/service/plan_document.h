// The `nok-plan/1` document (an organisation's improvement plan) and `nok-plans/1` (every plan of
// a campaign) as JSON, both ways. Reading checks everything the document alone can tell: the
// format, the fields and their types, K1–K5, the status, real calendar dates, a measure and a due
// day unless the item is dropped, `done_on` for a done item, unique item ids; each error names the
// JSON path (`items[2].due`). Whether the campaign, the organisation and each `ref` exist is the
// plan service's check (plan_service.h), against the stored data.
#pragma once

#include "nok/result.h"
#include "storage/plan_store.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace nok::server {

inline constexpr char kPlanFormat[] = "nok-plan/1";
inline constexpr char kPlansFormat[] = "nok-plans/1";

// Error code "invalid_plan", field the JSON path of the first problem.
[[nodiscard]] Result<PlanRecord> parsePlanDocument(const nlohmann::json& doc);

[[nodiscard]] nlohmann::ordered_json shortcomingRefJson(const ShortcomingRef& ref);
[[nodiscard]] nlohmann::ordered_json planItemJson(const PlanItem& item);
// The nok-plan/1 document (approved_on/approved_by only when set).
[[nodiscard]] nlohmann::ordered_json planJson(const PlanRecord& plan);
[[nodiscard]] nlohmann::ordered_json plansJson(const std::string& campaign,
                                       const std::vector<PlanRecord>& plans);

} // namespace nok::server
