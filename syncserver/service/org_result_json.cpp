#include "service/org_result_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace nok::server {

namespace {

using scoring::IndicatorKind;

void interval(JsonText& out, const std::optional<scoring::Interval>& i) {
    if (!i) return out.null();
    out.beginArray();
    out.value(i->low);
    out.value(i->high);
    out.endArray();
}

// Objects keyed by data (indicator, question, criterion ids) come out sorted, as from std::map.
template <typename T, typename Key>
std::vector<const T*> sortedBy(const std::vector<T>& items, Key key) {
    std::vector<const T*> out;
    out.reserve(items.size());
    for (const auto& i : items)
        out.push_back(&i);
    std::stable_sort(out.begin(), out.end(),
                     [&](const T* a, const T* b) { return key(*a) < key(*b); });
    return out;
}

void criteria(JsonText& out, const std::vector<std::string>& ids,
              const std::vector<std::optional<double>>& values) {
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < ids.size() && c < values.size(); ++c)
        order.push_back(c);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return ids[a] < ids[b]; });
    out.beginObject();
    for (auto c : order) {
        out.key(ids[c]);
        out.value(values[c]);
    }
    out.endObject();
}

void indicatorDetails(JsonText& out, const scoring::OrgResult& r) {
    out.beginObject();
    for (const auto* i : sortedBy(r.indicators, [](const auto& x) { return x.id; })) {
        const bool survey = i->kind == IndicatorKind::Survey;
        out.key(i->id);
        out.beginObject();
        out.key("answered");
        survey ? out.value(i->answered) : out.null();
        out.key("kind");
        out.value(survey ? "survey" : "expert");
        out.key("measurable");
        out.value(i->measurable);
        out.key("wilson");
        interval(out, i->wilson);
        out.key("yes");
        survey ? out.value(i->yes) : out.null();
        out.endObject();
    }
    out.endObject();
}

void questions(JsonText& out, const scoring::OrgResult& r) {
    out.beginObject();
    for (const auto& [id, q] : r.questions) { // a std::map: already sorted
        out.key(id);
        out.beginObject();
        out.key("denominator");
        out.value(q.denominator);
        out.key("share");
        out.value(q.share);
        out.key("wilson");
        interval(out, q.wilson);
        out.key("yes");
        out.value(q.yes);
        out.endObject();
    }
    out.endObject();
}

void shortcomings(JsonText& out, const scoring::OrgResult& r) {
    out.beginArray();
    for (const auto& s : r.shortcomings) {
        out.beginObject();
        out.key("criterion");
        out.value(s.criterion);
        out.key("indicator");
        out.value(s.indicator);
        out.key("item");
        s.item.empty() ? out.null() : out.value(s.item);
        out.key("kind");
        out.value(s.kind == scoring::ShortcomingKind::MissingItem ? "missing_item"
                                                                  : "below_threshold");
        out.key("set");
        s.set.empty() ? out.null() : out.value(s.set);
        out.key("text");
        out.value(s.text);
        out.key("threshold");
        out.value(s.threshold);
        out.key("value");
        out.value(s.value);
        out.endObject();
    }
    out.endArray();
}

void warnings(JsonText& out, const scoring::OrgResult& r) {
    out.beginArray();
    for (const auto& w : r.warnings) {
        out.beginObject();
        if (w.code == "sample_below_minimum") {
            out.key("actual");
            out.value(w.actual);
            out.key("code");
            out.value(w.code);
            out.key("message");
            out.value(w.message);
            out.key("required");
            out.value(w.required);
        } else {
            out.key("code");
            out.value(w.code);
            out.key("criteria");
            out.beginArray();
            for (const auto& c : w.criteria)
                out.value(c);
            out.endArray();
            out.key("message");
            out.value(w.message);
            out.key("threshold");
            out.value(w.threshold);
        }
        out.endObject();
    }
    out.endArray();
}

} // namespace

void writeOrganizationJson(JsonText& out, const scoring::OrgResult& r,
                           const std::vector<std::string>& criterionIds, OrgForm form,
                           const Comparison* comparison) {
    const bool full = form == OrgForm::Full;
    const bool detailed = form != OrgForm::Brief; // full and report
    const PreviousOrg* previous = nullptr;
    if (comparison)
        if (auto it = comparison->byOrg.find(r.organization.id); it != comparison->byOrg.end())
            previous = &it->second;
    out.beginObject();
    out.key("category");
    out.value(r.organization.category);
    if (previous) writeChange(out, r, *previous, criterionIds);
    out.key("criteria");
    criteria(out, criterionIds, r.criteria);
    if (detailed) {
        out.key("expert_record");
        out.value(r.hasExpertRecord);
    }
    out.key("id");
    out.value(r.organization.id);
    if (full) {
        out.key("indicator_details");
        indicatorDetails(out, r);
    }
    if (detailed) {
        out.key("indicators");
        out.beginObject();
        for (const auto* i : sortedBy(r.indicators, [](const auto& x) { return x.id; })) {
            out.key(i->id);
            out.value(i->value);
        }
        out.endObject();
    }
    out.key("name");
    out.value(r.organization.name);
    if (detailed) {
        out.key("not_measurable");
        out.beginArray();
        for (const auto& id : r.notMeasurable)
            out.value(id);
        out.endArray();
    }
    if (previous) writePlanOutcome(out, r, *previous);
    if (previous) writePrevious(out, comparison->campaign, *previous, criterionIds);
    if (full) {
        out.key("questions");
        questions(out, r);
    }
    out.key("rank");
    out.value(r.rank);
    out.key("rank_in_category");
    out.value(r.rankInCategory);
    out.key("reason");
    r.reason.empty() ? out.null() : out.value(r.reason);
    if (detailed) {
        out.key("recipients");
        out.value(r.organization.recipients);
    }
    out.key("respondents");
    out.value(r.respondents);
    if (detailed) {
        out.key("shortcomings");
        shortcomings(out, r);
    }
    out.key("total");
    out.value(r.total);
    out.key("warnings");
    warnings(out, r);
    out.endObject();
}

nlohmann::json organizationTree(const scoring::OrgResult& r,
                                const std::vector<std::string>& criterionIds, OrgForm form,
                                const Comparison* comparison) {
    std::string text;
    JsonText out(text, -1, 0);
    writeOrganizationJson(out, r, criterionIds, form, comparison);
    return nlohmann::json::parse(text);
}

} // namespace nok::server
