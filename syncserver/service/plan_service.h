// Improvement plans: a draft from the results, storing a plan after checking it against the
// stored data, reading one plan or every plan of a campaign, and their progress. A plan item is
// tied to a shortcoming by its `ref` (results' key), so importing refuses a ref that names no
// shortcoming of that organisation in that campaign's current results. Storing replaces the
// organisation's plan in one transaction and records an audit event ("plan.replace").
// Callers pass the scored campaign (the CLI scores it, the API takes it from its ResultsCache), so
// this file never scores twice.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/plan_labels.h"
#include "service/results_service.h"
#include "storage/plan_store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

// The scored campaign for a campaign id, or its error ("unknown_campaign").
using ScoredLookup = std::function<Result<const ScoredCampaign*>(const std::string& campaign)>;

// The draft nok-plan/1 document: one item per shortcoming of the organisation, in the results'
// order, measure "", due null, status planned, ids "1", "2", …. Errors "unknown_campaign"
// (--campaign), "unknown_org" (--org).
[[nodiscard]] Result<nlohmann::ordered_json> draftPlan(const ScoredCampaign& scored,
                                               const std::string& org);

// Checks `doc` (plan_document.h, then the campaign, the organisation and every ref) and replaces
// the organisation's plan. Errors "invalid_plan" with the JSON path; nothing is stored on error.
// `actor` is the user name or "cli".
[[nodiscard]] Result<PlanRecord> importPlan(sqlite::Database& db, const nlohmann::json& doc,
                                            const ScoredLookup& scored, const std::string& actor,
                                            std::int64_t now);

// The organisation's plan, or an empty plan (no items) when none is stored. Errors
// "unknown_campaign", "unknown_org".
[[nodiscard]] Result<PlanRecord> planOf(sqlite::Database& db, const std::string& campaign,
                                        const std::string& org);
// Every stored plan of the campaign, by organisation id (year-over-year outcome reads these).
[[nodiscard]] Result<std::vector<PlanRecord>> plansOf(sqlite::Database& db,
                                                      const std::string& campaign);

// What the CSV and HTML forms show beside the plans: the campaign's title, its organisations'
// names, the methodology's criterion titles, and today (UTC) for "overdue".
[[nodiscard]] Result<PlanLabels> planLabels(sqlite::Database& db,
                                                    const std::string& campaign);

// Past its due day (before `today`, YYYY-MM-DD) and neither done nor dropped.
[[nodiscard]] bool isOverdue(const PlanItem& item, const std::string& today);

struct PlanProgress {
    int items = 0;
    int done = 0;
    int overdue = 0;
};
[[nodiscard]] PlanProgress planProgress(const PlanRecord& plan, const std::string& today);

} // namespace nok::server
