// scoreCampaign: checks the inputs, scores each organisation, ranks, aggregates. Each step lives
// in its own file (engine_parts.h); this file holds the orchestration and the small helpers.
#include "nok/scoring/scoring_engine.h"

#include "engine_parts.h"

#include <cmath>

namespace nok::scoring {

const std::set<std::string>* itemsOf(const ExpertRecord& record, std::string_view setId) {
    if (setId == "distance_methods") return &record.distanceMethods;
    if (setId == "comfort_conditions") return &record.comfortConditions;
    if (setId == "premises_accessibility") return &record.premisesAccessibility;
    if (setId == "service_accessibility") return &record.serviceAccessibility;
    return nullptr;
}

const ItemCount* listOf(const ExpertRecord& record, std::string_view listId) {
    if (listId == "stand_items") return &record.stand;
    if (listId == "site_items") return &record.site;
    return nullptr;
}

std::optional<Interval> wilsonInterval(std::int64_t yes, std::int64_t n) {
    if (n <= 0) return std::nullopt;
    constexpr double z = 1.959963984540054; // two-sided 95%
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(yes) / nn;
    const double z2 = z * z;
    const double denominator = 1 + z2 / nn;
    const double centre = (p + z2 / (2 * nn)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denominator;
    return Interval{100.0 * std::max(0.0, centre - half), 100.0 * std::min(1.0, centre + half)};
}

Result<CampaignResults> scoreCampaign(const Methodology& methodology,
                                      const std::vector<OrgInput>& inputs) {
    try {
        if (auto s = detail::checkInputs(methodology, inputs); !s) return s.error();
        CampaignResults results;
        results.methodologyId = methodology.id;
        results.methodologyVersion = methodology.version;
        for (const auto& c : methodology.criteria)
            results.criterionIds.push_back(c.id);
        results.organizations.reserve(inputs.size());
        for (const OrgInput& input : inputs) {
            OrgResult r;
            r.organization = input.organization;
            r.respondents = input.survey.complete;
            r.hasExpertRecord = input.expert.has_value();
            detail::computeIndicators(methodology, input, r);
            detail::computeCriteriaAndTotal(methodology, input, r);
            detail::addWarnings(methodology, input, r);
            detail::addShortcomings(methodology, input, r);
            results.organizations.push_back(std::move(r));
        }
        detail::rankAndSort(results.organizations);
        detail::computeAggregates(methodology, inputs, results);
        return results;
    } catch (const std::exception& e) {
        // Only allocation failure can get here; exceptions must not cross the core's boundary.
        return makeError("internal", std::string("scoring failed: ") + e.what());
    }
}

} // namespace nok::scoring
