// Category and region averages (over the organisations that have a total) and the regional
// summary (seed 000): which expert items the organisations lack, how the region answered.
#include "engine_parts.h"

#include <map>
#include <set>

namespace nok::scoring::detail {
namespace {

struct Accumulator {
    GroupAverage group;
    double totalSum = 0;
    std::vector<double> criteriaSums;

    void add(const OrgResult& r) {
        ++group.organizations;
        group.respondents += r.respondents;
        if (!r.total) return;
        ++group.scored;
        totalSum += *r.total;
        criteriaSums.resize(r.criteria.size(), 0.0);
        for (std::size_t c = 0; c < r.criteria.size(); ++c)
            criteriaSums[c] += *r.criteria[c];
    }

    GroupAverage finish(std::size_t criteriaCount) {
        group.criteria.assign(criteriaCount, std::nullopt);
        if (group.scored > 0) {
            group.average = totalSum / group.scored;
            for (std::size_t c = 0; c < criteriaCount; ++c)
                group.criteria[c] = criteriaSums[c] / group.scored;
        }
        return group;
    }
};

std::optional<double> percent(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) return std::nullopt;
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

RegionalSummary summarise(const Methodology& m, const std::vector<OrgInput>& inputs) {
    RegionalSummary s;
    s.organizations = static_cast<int>(inputs.size());
    for (const auto& listId : knownItemListIds())
        if (m.findList(listId)) s.listsNotCompliant.push_back({listId, "", 0, {}});
    for (const ExpertSet& set : m.expertSets)
        for (const ExpertItem& item : set.items)
            s.items.push_back({set.id, item.id, 0, {}});

    std::map<std::string, QuestionTally> tallies;
    for (const OrgInput& in : inputs) {
        s.respondents += in.survey.complete;
        for (const auto& [q, t] : in.survey.questions) {
            tallies[q].yes += t.yes;
            tallies[q].answered += t.answered;
        }
        if (!in.expert) continue;
        ++s.withExpertRecord;
        for (ItemLack& lack : s.listsNotCompliant) {
            const ItemCount* list = listOf(*in.expert, lack.set);
            if (list->present < list->required) ++lack.lacking;
        }
        for (ItemLack& lack : s.items)
            if (!itemsOf(*in.expert, lack.set)->count(lack.item)) ++lack.lacking;
    }
    for (ItemLack& lack : s.listsNotCompliant)
        lack.share = percent(lack.lacking, s.withExpertRecord);
    for (ItemLack& lack : s.items)
        lack.share = percent(lack.lacking, s.withExpertRecord);

    // The methodology's questions first, in its order; then anything else that was tallied.
    std::vector<std::string> order;
    std::set<std::string> listed;
    for (const Indicator& ind : m.indicators)
        for (const auto& q : ind.questions)
            if (listed.insert(q).second) order.push_back(q);
    for (const auto& [q, t] : tallies)
        if (listed.insert(q).second) order.push_back(q);
    for (const auto& q : order) {
        const QuestionTally t = tallies.count(q) ? tallies[q] : QuestionTally{};
        // Over those who answered the question (METHODOLOGY.md, regional summary): a filtered
        // question such as accessibility_satisfied is answered only by disabled respondents.
        s.questions.push_back({q, t.yes, t.answered, percent(t.yes, t.answered)});
    }
    return s;
}

} // namespace

void computeAggregates(const Methodology& m, const std::vector<OrgInput>& inputs,
                       CampaignResults& results) {
    std::map<std::string, Accumulator> categories;
    Accumulator region;
    for (const OrgResult& r : results.organizations) {
        Accumulator& acc = categories[r.organization.category];
        acc.group.category = r.organization.category;
        acc.add(r);
        region.add(r);
    }
    for (auto& [name, acc] : categories)
        results.categories.push_back(acc.finish(m.criteria.size()));
    results.region = region.finish(m.criteria.size());
    results.regionalSummary = summarise(m, inputs);
}

} // namespace nok::scoring::detail
