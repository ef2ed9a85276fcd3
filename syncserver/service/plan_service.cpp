#include "service/plan_service.h"

#include "service/plan_document.h"
#include "storage/access_store.h"
#include "storage/campaign_store.h"
#include "nok/survey/response_payload.h"

#include <algorithm>

namespace nok::server {

using nlohmann::json;

namespace {

ShortcomingRef refOf(const scoring::Shortcoming& s) {
    ShortcomingRef ref;
    ref.kind = s.kind == scoring::ShortcomingKind::MissingItem ? "missing_item" : "below_threshold";
    ref.criterion = s.criterion;
    ref.indicator = s.indicator;
    if (!s.set.empty()) ref.set = s.set;
    if (!s.item.empty()) ref.item = s.item;
    return ref;
}

const scoring::OrgResult* orgResultOf(const ScoredCampaign& scored, const std::string& org) {
    for (const auto& r : scored.results.organizations)
        if (r.organization.id == org) return &r;
    return nullptr;
}

std::string describe(const ShortcomingRef& ref) {
    return shortcomingRefJson(ref).dump();
}

Error atPath(Error e, const std::string& path) {
    e.code = "invalid_plan";
    e.field = path;
    return e;
}

} // namespace

Result<nlohmann::ordered_json> draftPlan(const ScoredCampaign& scored, const std::string& org) {
    const scoring::OrgResult* result = orgResultOf(scored, org);
    if (!result)
        return makeError("unknown_org",
                         "campaign '" + scored.campaign.id + "' has no organisation '" + org + "'",
                         "--org");
    PlanRecord plan{scored.campaign.id, org, std::nullopt, std::nullopt, {}};
    int n = 0;
    for (const auto& s : result->shortcomings) {
        PlanItem item;
        item.id = std::to_string(++n);
        item.criterion = s.criterion;
        item.ref = refOf(s);
        item.shortcoming = s.text;
        item.status = "planned";
        plan.items.push_back(std::move(item));
    }
    return planJson(plan);
}

Result<PlanRecord> importPlan(sqlite::Database& db, const json& doc, const ScoredLookup& lookup,
                              const std::string& actor, std::int64_t now) {
    auto plan = parsePlanDocument(doc);
    if (!plan) return plan.error();
    auto campaign = findCampaign(db, plan->campaign);
    if (!campaign) return campaign.error();
    if (!*campaign)
        return atPath(makeError("", "no campaign '" + plan->campaign + "' in the database"),
                      "campaign");
    auto scored = lookup(plan->campaign);
    if (!scored) return scored.error();
    const scoring::OrgResult* result = orgResultOf(**scored, plan->org);
    if (!result)
        return atPath(makeError("", "campaign '" + plan->campaign + "' has no organisation '" +
                                        plan->org + "'"),
                      "org");
    std::vector<ShortcomingRef> known;
    for (const auto& s : result->shortcomings)
        known.push_back(refOf(s));
    for (std::size_t i = 0; i < plan->items.size(); ++i)
        if (std::find(known.begin(), known.end(), plan->items[i].ref) == known.end())
            return atPath(makeError("", describe(plan->items[i].ref) +
                                            " is not a shortcoming of '" + plan->org +
                                            "' in the results of '" + plan->campaign +
                                            "' (see `plan draft`)"),
                          "items[" + std::to_string(i) + "].ref");
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    // Checked again inside the transaction: the organisation is what the plan's rows reference.
    auto org = findOrganization(db, plan->campaign, plan->org);
    if (!org) return org.error();
    if (!*org) return atPath(makeError("", "no organisation '" + plan->org + "'"), "org");
    if (auto s = replacePlan(db, *plan, now, actor); !s) return s.error();
    const std::string target = plan->campaign + "/" + plan->org + " (" +
                               std::to_string(plan->items.size()) + " items)";
    if (auto s = appendAudit(db, now, actor, "plan.replace", target); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return std::move(*plan);
}

Result<PlanRecord> planOf(sqlite::Database& db, const std::string& campaign,
                          const std::string& org) {
    auto c = findCampaign(db, campaign);
    if (!c) return c.error();
    if (!*c)
        return makeError("unknown_campaign", "no campaign '" + campaign + "' in the database",
                         "--campaign");
    auto o = findOrganization(db, campaign, org);
    if (!o) return o.error();
    if (!*o)
        return makeError("unknown_org",
                         "campaign '" + campaign + "' has no organisation '" + org + "'", "--org");
    auto plan = findPlan(db, campaign, org);
    if (!plan) return plan.error();
    if (*plan) return std::move(**plan);
    return PlanRecord{campaign, org, std::nullopt, std::nullopt, {}};
}

Result<std::vector<PlanRecord>> plansOf(sqlite::Database& db, const std::string& campaign) {
    auto c = findCampaign(db, campaign);
    if (!c) return c.error();
    if (!*c)
        return makeError("unknown_campaign", "no campaign '" + campaign + "' in the database",
                         "--campaign");
    return listPlans(db, campaign);
}

Result<PlanLabels> planLabels(sqlite::Database& db, const std::string& campaign) {
    auto context = reportContext(db, {.campaign = campaign});
    if (!context) return context.error();
    auto record = findCampaign(db, campaign);
    if (!record) return record.error();
    auto orgs = listOrganizations(db, campaign);
    if (!orgs) return orgs.error();
    PlanLabels labels;
    labels.campaignTitle = *record ? (*record)->title : campaign;
    labels.criteria = context->labels.criteria;
    for (const auto& o : *orgs)
        labels.orgNames[o.id] = o.name;
    labels.today = survey::todayUtc();
    return labels;
}

bool isOverdue(const PlanItem& item, const std::string& today) {
    return item.due && *item.due < today && item.status != "done" && item.status != "dropped";
}

PlanProgress planProgress(const PlanRecord& plan, const std::string& today) {
    PlanProgress p;
    for (const auto& item : plan.items) {
        ++p.items;
        if (item.status == "done") ++p.done;
        if (isOverdue(item, today)) ++p.overdue;
    }
    return p;
}

} // namespace nok::server
