// Improvement plans (tables plans and plan_items, sql/0010): one plan per campaign and
// organisation, its items in the order the organisation gave them. A plan is only ever replaced
// whole, in the caller's transaction; SQL only, no decisions (service/plan_service.h decides).
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

// The key of a shortcoming as the results report it; set and item are unset where the results
// give null.
struct ShortcomingRef {
    std::string kind; // missing_item | below_threshold
    std::string criterion;
    std::string indicator;
    std::optional<std::string> set;
    std::optional<std::string> item;

    bool operator==(const ShortcomingRef&) const = default;
};

struct PlanItem {
    std::string id;
    std::string criterion; // K1 … K5
    ShortcomingRef ref;
    std::string shortcoming;
    std::string measure;
    std::optional<std::string> due; // YYYY-MM-DD; unset only for a dropped item
    std::string responsible;
    std::string status; // planned | in_progress | done | dropped
    std::optional<std::string> doneOn;
    std::string result;

    bool operator==(const PlanItem&) const = default;
};

struct PlanRecord {
    std::string campaign;
    std::string org;
    std::optional<std::string> approvedOn; // YYYY-MM-DD
    std::optional<std::string> approvedBy;
    std::vector<PlanItem> items;

    bool operator==(const PlanRecord&) const = default;
};

// Deletes the organisation's plan (if any) and stores this one; `actor` and `at` are kept as the
// plan's last change.
[[nodiscard]] Status replacePlan(sqlite::Database& db, const PlanRecord& plan, std::int64_t at,
                                 const std::string& actor);
[[nodiscard]] Result<std::optional<PlanRecord>> findPlan(sqlite::Database& db,
                                                         const std::string& campaign,
                                                         const std::string& org);
// Every plan of the campaign, by organisation id.
[[nodiscard]] Result<std::vector<PlanRecord>> listPlans(sqlite::Database& db,
                                                        const std::string& campaign);

} // namespace nok::server
