#include "service/results_compare.h"

#include "storage/campaign_store.h"

#include <algorithm>

namespace nok::server {

namespace {

std::optional<double> difference(const std::optional<double>& now,
                                 const std::optional<double>& before) {
    if (!now || !before) return std::nullopt;
    return *now - *before;
}

std::vector<std::string> sorted(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<double> currentCriterion(const scoring::OrgResult& r,
                                       const std::vector<std::string>& ids, const std::string& id) {
    for (std::size_t c = 0; c < ids.size() && c < r.criteria.size(); ++c)
        if (ids[c] == id) return r.criteria[c];
    return std::nullopt;
}

} // namespace

Comparison buildComparison(const std::string& previousCampaign,
                           const scoring::CampaignResults& previous) {
    Comparison out;
    out.campaign = previousCampaign;
    for (const auto& r : previous.organizations) {
        PreviousOrg p;
        p.total = r.total;
        for (std::size_t c = 0; c < previous.criterionIds.size() && c < r.criteria.size(); ++c)
            p.criteria[previous.criterionIds[c]] = r.criteria[c];
        out.byOrg.emplace(r.organization.id, std::move(p));
    }
    return out;
}

Result<std::optional<std::string>>
comparedCampaign(sqlite::Database& db, const std::string& campaign,
                 const std::optional<std::string>& asked, const std::optional<std::string>& named) {
    if (asked && asked->empty()) return std::optional<std::string>();
    if (asked) {
        if (*asked == campaign)
            return makeError("invalid_argument", "a campaign cannot be compared with itself",
                             "--compare");
        auto found = findCampaign(db, *asked);
        if (!found) return found.error();
        if (!*found)
            return makeError("unknown_campaign", "no campaign '" + *asked + "' to compare with",
                             "--compare");
        return asked;
    }
    if (!named) return std::optional<std::string>();
    auto found = findCampaign(db, *named);
    if (!found) return found.error();
    // Named but not imported (yet): results without the comparison, not an error.
    if (!*found) return std::optional<std::string>();
    return named;
}

void writeChange(JsonText& out, const scoring::OrgResult& current, const PreviousOrg& previous,
                 const std::vector<std::string>& criterionIds) {
    out.key("change");
    out.beginObject();
    out.key("criteria");
    out.beginObject();
    for (const auto& id : sorted(criterionIds)) {
        out.key(id);
        auto before = previous.criteria.find(id);
        out.value(difference(currentCriterion(current, criterionIds, id),
                             before == previous.criteria.end() ? std::nullopt : before->second));
    }
    out.endObject();
    out.key("total");
    out.value(difference(current.total, previous.total));
    out.endObject();
}

void writePrevious(JsonText& out, const std::string& campaign, const PreviousOrg& previous,
                   const std::vector<std::string>& criterionIds) {
    out.key("previous");
    out.beginObject();
    out.key("campaign");
    out.value(campaign);
    out.key("criteria");
    out.beginObject();
    for (const auto& id : sorted(criterionIds)) {
        out.key(id);
        auto before = previous.criteria.find(id);
        out.value(before == previous.criteria.end() ? std::nullopt : before->second);
    }
    out.endObject();
    out.key("total");
    out.value(previous.total);
    out.endObject();
}

void attachPlans(Comparison& comparison, const std::vector<PlanRecord>& plans) {
    for (const auto& plan : plans) {
        auto it = comparison.byOrg.find(plan.org);
        if (it == comparison.byOrg.end()) continue; // no results for it in the predecessor
        std::vector<PlanItemOutcome> items;
        for (const auto& item : plan.items)
            items.push_back({item.id, item.ref, item.status});
        it->second.plan = std::move(items);
    }
}

namespace {

bool sameRef(const scoring::Shortcoming& s, const ShortcomingRef& ref) {
    const char* kind =
        s.kind == scoring::ShortcomingKind::MissingItem ? "missing_item" : "below_threshold";
    return ref.kind == kind && ref.criterion == s.criterion && ref.indicator == s.indicator &&
           ref.set.value_or("") == s.set && ref.item.value_or("") == s.item;
}

void writeRef(JsonText& out, const ShortcomingRef& ref) {
    // Keys sorted, as every object of the results.
    out.beginObject();
    out.key("criterion");
    out.value(ref.criterion);
    out.key("indicator");
    out.value(ref.indicator);
    if (ref.item) {
        out.key("item");
        out.value(*ref.item);
    }
    out.key("kind");
    out.value(ref.kind);
    if (ref.set) {
        out.key("set");
        out.value(*ref.set);
    }
    out.endObject();
}

} // namespace

void writePlanOutcome(JsonText& out, const scoring::OrgResult& current,
                      const PreviousOrg& previous) {
    if (!previous.plan) return;
    out.key("plan_outcome");
    out.beginArray();
    for (const auto& item : *previous.plan) {
        const bool stillListed =
            std::any_of(current.shortcomings.begin(), current.shortcomings.end(),
                        [&](const scoring::Shortcoming& s) { return sameRef(s, item.ref); });
        out.beginObject();
        out.key("id");
        out.value(item.id);
        out.key("ref");
        writeRef(out, item.ref);
        out.key("resolved");
        out.value(!stillListed);
        out.key("status");
        out.value(item.status);
        out.endObject();
    }
    out.endArray();
}

} // namespace nok::server
