// CampaignResults → the CONTRACTS.md results JSON (unrounded numbers, null where not
// measurable), plus the details reports need: per-indicator counts and Wilson intervals,
// per-question shares, shortcomings and the regional summary.
#include "nok/scoring/scoring_engine.h"

#include <nlohmann/json.hpp>

namespace nok::scoring {
namespace {

using nlohmann::json;

template <typename T> json orNull(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

json intervalJson(const std::optional<Interval>& i) {
    return i ? json::array({i->low, i->high}) : json(nullptr);
}

json criteriaJson(const std::vector<std::string>& ids,
                  const std::vector<std::optional<double>>& values) {
    json out = json::object();
    for (std::size_t c = 0; c < ids.size() && c < values.size(); ++c)
        out[ids[c]] = orNull(values[c]);
    return out;
}

json warningJson(const Warning& w) {
    json out = {{"code", w.code}, {"message", w.message}};
    if (w.code == "sample_below_minimum") {
        out["required"] = w.required;
        out["actual"] = w.actual;
    } else {
        out["criteria"] = w.criteria;
        out["threshold"] = w.threshold;
    }
    return out;
}

json shortcomingJson(const Shortcoming& s) {
    json out = {
        {"criterion", s.criterion},
        {"indicator", s.indicator},
        {"kind", s.kind == ShortcomingKind::MissingItem ? "missing_item" : "below_threshold"},
        {"value", orNull(s.value)},
        {"threshold", s.threshold},
        {"text", s.text}};
    out["set"] = s.set.empty() ? json(nullptr) : json(s.set);
    out["item"] = s.item.empty() ? json(nullptr) : json(s.item);
    return out;
}

json organizationJson(const CampaignResults& results, const OrgResult& r) {
    json indicators = json::object(), details = json::object();
    for (const IndicatorResult& i : r.indicators) {
        indicators[i.id] = orNull(i.value);
        // Counts and intervals belong to survey figures; an expert figure has none.
        const bool survey = i.kind == IndicatorKind::Survey;
        details[i.id] = {{"kind", survey ? "survey" : "expert"},
                         {"yes", survey ? json(i.yes) : json(nullptr)},
                         {"answered", survey ? json(i.answered) : json(nullptr)},
                         {"wilson", intervalJson(i.wilson)},
                         {"measurable", i.measurable}};
    }
    json questions = json::object();
    for (const auto& [id, q] : r.questions)
        questions[id] = {{"yes", q.yes},
                         {"denominator", q.denominator},
                         {"share", orNull(q.share)},
                         {"wilson", intervalJson(q.wilson)}};
    json warnings = json::array(), shortcomings = json::array();
    for (const Warning& w : r.warnings)
        warnings.push_back(warningJson(w));
    for (const Shortcoming& s : r.shortcomings)
        shortcomings.push_back(shortcomingJson(s));
    return {{"id", r.organization.id},
            {"name", r.organization.name},
            {"category", r.organization.category},
            {"recipients", r.organization.recipients},
            {"respondents", r.respondents},
            {"expert_record", r.hasExpertRecord},
            {"indicators", indicators},
            {"criteria", criteriaJson(results.criterionIds, r.criteria)},
            {"total", orNull(r.total)},
            {"rank", orNull(r.rank)},
            {"rank_in_category", orNull(r.rankInCategory)},
            {"not_measurable", r.notMeasurable},
            {"warnings", warnings},
            {"reason", r.reason.empty() ? json(nullptr) : json(r.reason)},
            {"indicator_details", details},
            {"questions", questions},
            {"shortcomings", shortcomings}};
}

json groupJson(const CampaignResults& results, const GroupAverage& g) {
    return {{"organizations", g.organizations},
            {"scored", g.scored},
            {"respondents", g.respondents},
            {"average", orNull(g.average)},
            {"criteria", criteriaJson(results.criterionIds, g.criteria)}};
}

json lackJson(const ItemLack& l) {
    json out = {{"set", l.set}, {"lacking", l.lacking}, {"share", orNull(l.share)}};
    if (!l.item.empty()) out["item"] = l.item;
    return out;
}

json summaryJson(const RegionalSummary& s) {
    json lists = json::array(), items = json::array(), questions = json::array();
    for (const ItemLack& l : s.listsNotCompliant)
        lists.push_back(lackJson(l));
    for (const ItemLack& l : s.items)
        items.push_back(lackJson(l));
    for (const QuestionSummary& q : s.questions)
        questions.push_back({{"question", q.question},
                             {"yes", q.yes},
                             {"answered", q.answered},
                             {"share", orNull(q.share)}});
    return {{"organizations", s.organizations}, {"with_expert_record", s.withExpertRecord},
            {"respondents", s.respondents},     {"lists_not_compliant", lists},
            {"expert_items_lacking", items},    {"questions", questions}};
}

} // namespace

nlohmann::json toJson(const CampaignResults& results) {
    json organizations = json::array(), categories = json::array();
    for (const OrgResult& r : results.organizations)
        organizations.push_back(organizationJson(results, r));
    for (const GroupAverage& g : results.categories) {
        json c = groupJson(results, g);
        c["category"] = g.category;
        categories.push_back(std::move(c));
    }
    return {
        {"methodology", {{"id", results.methodologyId}, {"version", results.methodologyVersion}}},
        {"organizations", organizations},
        {"categories", categories},
        {"region", groupJson(results, results.region)},
        {"summary", summaryJson(results.regionalSummary)}};
}

} // namespace nok::scoring
