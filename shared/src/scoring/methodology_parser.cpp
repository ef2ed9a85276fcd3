// Parses and validates a "nok-methodology/1" definition. Every check names the JSON path, so a
// council editing a variant by hand learns exactly which line is wrong.
#include "nok/scoring/methodology.h"

#include "json_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace nok::scoring {
namespace {

using nlohmann::json;
using namespace reader;

constexpr char kFormat[] = "nok-methodology/1";
// Weights inside a criterion must sum to 1; this tolerates decimal literals like 0.3 + 0.3 + 0.4.
constexpr double kWeightTolerance = 1e-6;

Status parseRules(const json& root, Rules& rules) {
    auto r = member(root, "rules", "");
    if (!r) return r.error();
    const json& j = **r;
    if (!j.is_object()) return invalid("must be an object", "rules");

    auto denominator = text(j, "denominator", "rules");
    if (!denominator) return denominator.error();
    if (*denominator == "answered")
        rules.denominator = Denominator::Answered;
    else if (*denominator == "total_complete")
        rules.denominator = Denominator::TotalComplete;
    else
        return invalid("must be \"answered\" or \"total_complete\"", "rules.denominator");

    // The documented default, so a variant need not repeat it.
    if (j.contains("empty_rule")) {
        auto empty = text(j, "empty_rule", "rules");
        if (!empty) return empty.error();
        if (*empty == "redistribute")
            rules.emptyRule = EmptyRule::Redistribute;
        else if (*empty == "empty_as_zero")
            rules.emptyRule = EmptyRule::EmptyAsZero;
        else
            return invalid("must be \"redistribute\" or \"empty_as_zero\"", "rules.empty_rule");
    }

    auto sample = member(j, "sample_size", "rules");
    if (!sample) return sample.error();
    if (!(*sample)->is_object()) return invalid("must be an object", "rules.sample_size");
    auto share = number(**sample, "share", "rules.sample_size", 0, 1);
    if (!share) return share.error();
    auto cap = number(**sample, "cap", "rules.sample_size", 0, 1e9);
    if (!cap) return cap.error();
    if (*cap != std::floor(*cap)) return invalid("must be an integer", "rules.sample_size.cap");
    rules.sampleShare = *share;
    rules.sampleCap = static_cast<std::int64_t>(*cap);

    auto thresholds = member(j, "shortcoming_thresholds", "rules");
    if (!thresholds) return thresholds.error();
    if (!(*thresholds)->is_object())
        return invalid("must be an object", "rules.shortcoming_thresholds");
    auto expert = number(**thresholds, "expert", "rules.shortcoming_thresholds", 0, 100);
    if (!expert) return expert.error();
    auto survey = number(**thresholds, "survey", "rules.shortcoming_thresholds", 0, 100);
    if (!survey) return survey.error();
    rules.expertThreshold = *expert;
    rules.surveyThreshold = *survey;

    auto risk = number(j, "risk_threshold", "rules", 0, 100);
    if (!risk) return risk.error();
    rules.riskThreshold = *risk;

    // Optional: absent means unrounded, so existing definitions keep their meaning.
    if (j.contains("rounding")) {
        const json& rounding = j["rounding"];
        if (!rounding.is_object()) return invalid("must be an object", "rules.rounding");
        auto mode = text(rounding, "mode", "rules.rounding");
        if (!mode) return mode.error();
        if (*mode != "half_up") return invalid("must be \"half_up\"", "rules.rounding.mode");
        auto decimals = number(rounding, "decimals", "rules.rounding", 0, 6);
        if (!decimals) return decimals.error();
        if (*decimals != std::floor(*decimals))
            return invalid("must be an integer", "rules.rounding.decimals");
        rules.roundDecimals = static_cast<int>(*decimals);
    }
    return {};
}

Status parseItemLists(const json& root, Methodology& m) {
    auto a = array(root, "item_lists", "", false);
    if (!a) return a.error();
    const auto& known = knownItemListIds();
    for (std::size_t i = 0; i < (*a)->size(); ++i) {
        const json& j = (**a)[i];
        const std::string p = at("item_lists", i);
        if (!j.is_object()) return invalid("must be an object", p);
        ItemList list;
        auto id = text(j, "id", p);
        if (!id) return id.error();
        if (std::find(known.begin(), known.end(), *id) == known.end())
            return invalid("must be stand_items or site_items", join(p, "id"));
        if (m.findList(*id)) return invalid("is listed twice", join(p, "id"));
        auto name = texts(j, "name", p);
        if (!name) return name.error();
        m.itemLists.push_back({*id, *name});
    }
    return {};
}

Status parseExpertSets(const json& root, Methodology& m) {
    auto a = array(root, "expert_sets", "", false);
    if (!a) return a.error();
    const auto& known = knownExpertSetIds();
    for (std::size_t i = 0; i < (*a)->size(); ++i) {
        const json& j = (**a)[i];
        const std::string p = at("expert_sets", i);
        if (!j.is_object()) return invalid("must be an object", p);
        ExpertSet set;
        auto id = text(j, "id", p);
        if (!id) return id.error();
        if (std::find(known.begin(), known.end(), *id) == known.end())
            return invalid("is not an expert set the expert record carries", join(p, "id"));
        if (m.findSet(*id)) return invalid("is listed twice", join(p, "id"));
        set.id = *id;
        auto name = texts(j, "name", p);
        if (!name) return name.error();
        set.name = *name;
        auto items = array(j, "items", p);
        if (!items) return items.error();
        for (std::size_t k = 0; k < (*items)->size(); ++k) {
            const json& item = (**items)[k];
            const std::string ip = at(join(p, "items"), k);
            if (!item.is_object()) return invalid("must be an object", ip);
            ExpertItem e;
            auto itemId = text(item, "id", ip);
            if (!itemId) return itemId.error();
            if (set.find(*itemId)) return invalid("is listed twice", join(ip, "id"));
            e.id = *itemId;
            auto itemName = texts(item, "name", ip);
            if (!itemName) return itemName.error();
            e.name = *itemName;
            if (item.contains("shortcoming")) {
                if (!item["shortcoming"].is_boolean())
                    return invalid("must be true or false", join(ip, "shortcoming"));
                e.shortcoming = item["shortcoming"].get<bool>();
            }
            set.items.push_back(std::move(e));
        }
        m.expertSets.push_back(std::move(set));
    }
    return {};
}

Status parseCriteria(const json& root, Methodology& m) {
    auto a = array(root, "criteria", "");
    if (!a) return a.error();
    for (std::size_t i = 0; i < (*a)->size(); ++i) {
        const json& j = (**a)[i];
        const std::string p = at("criteria", i);
        if (!j.is_object()) return invalid("must be an object", p);
        Criterion c;
        auto id = text(j, "id", p);
        if (!id) return id.error();
        if (m.criterionIndex(*id) >= 0) return invalid("is listed twice", join(p, "id"));
        c.id = *id;
        auto title = texts(j, "title", p);
        if (!title) return title.error();
        c.title = *title;
        auto weight = number(j, "weight", p, 0, 1e6);
        if (!weight) return weight.error();
        if (*weight <= 0) return invalid("must be greater than 0", join(p, "weight"));
        c.weight = *weight;
        m.criteria.push_back(std::move(c));
    }
    return {};
}

Status parseFormula(const json& j, const std::string& p, const Methodology& m, Indicator& ind) {
    auto type = text(j, "type", p);
    if (!type) return type.error();
    if (*type == "items_ratio") {
        ind.formula = FormulaKind::ItemsRatio;
        auto lists = strings(j, "lists", p);
        if (!lists) return lists.error();
        for (std::size_t i = 0; i < lists->size(); ++i)
            if (!m.findList((*lists)[i]))
                return invalid("is not in item_lists", at(join(p, "lists"), i));
        ind.lists = *lists;
        auto full = number(j, "full_points", p, 0, 100);
        if (!full) return full.error();
        ind.fullPoints = *full;
    } else if (*type == "item_count") {
        ind.formula = FormulaKind::ItemCount;
        auto set = text(j, "set", p);
        if (!set) return set.error();
        if (!m.findSet(*set)) return invalid("is not in expert_sets", join(p, "set"));
        ind.set = *set;
        auto points = number(j, "points_per_item", p, 0, 100);
        if (!points) return points.error();
        ind.pointsPerItem = *points;
        auto cap = number(j, "cap", p, 0, 100);
        if (!cap) return cap.error();
        ind.cap = *cap;
    } else if (*type == "share" || *type == "share_with_expert_points") {
        ind.formula = *type == "share" ? FormulaKind::Share : FormulaKind::ShareWithExpertPoints;
        auto q = text(j, "question", p);
        if (!q) return q.error();
        ind.questions = {*q};
        if (ind.formula == FormulaKind::ShareWithExpertPoints) {
            auto input = text(j, "expert_input", p);
            if (!input) return input.error();
            if (*input != "waiting_time_points")
                return invalid("must be \"waiting_time_points\"", join(p, "expert_input"));
            auto w = number(j, "expert_weight", p, 0, 1);
            if (!w) return w.error();
            ind.expertWeight = *w;
        }
    } else if (*type == "mean_of_shares") {
        ind.formula = FormulaKind::MeanOfShares;
        auto qs = strings(j, "questions", p);
        if (!qs) return qs.error();
        ind.questions = *qs;
    } else {
        return invalid("must be one of items_ratio, item_count, share, mean_of_shares, "
                       "share_with_expert_points",
                       join(p, "type"));
    }
    return {};
}

Status parseIndicators(const json& root, Methodology& m) {
    auto a = array(root, "indicators", "");
    if (!a) return a.error();
    for (std::size_t i = 0; i < (*a)->size(); ++i) {
        const json& j = (**a)[i];
        const std::string p = at("indicators", i);
        if (!j.is_object()) return invalid("must be an object", p);
        Indicator ind;
        auto id = text(j, "id", p);
        if (!id) return id.error();
        if (m.findIndicator(*id)) return invalid("is listed twice", join(p, "id"));
        ind.id = *id;
        auto criterion = text(j, "criterion", p);
        if (!criterion) return criterion.error();
        int ci = m.criterionIndex(*criterion);
        if (ci < 0) return invalid("is not in criteria", join(p, "criterion"));
        ind.criterion = *criterion;
        auto kind = text(j, "kind", p);
        if (!kind) return kind.error();
        if (*kind == "survey")
            ind.kind = IndicatorKind::Survey;
        else if (*kind == "expert")
            ind.kind = IndicatorKind::Expert;
        else
            return invalid("must be \"survey\" or \"expert\"", join(p, "kind"));
        auto weight = number(j, "weight", p, 0, 1);
        if (!weight) return weight.error();
        ind.weight = *weight;
        auto title = texts(j, "title", p);
        if (!title) return title.error();
        ind.title = *title;
        auto formula = member(j, "formula", p);
        if (!formula) return formula.error();
        if (!(*formula)->is_object()) return invalid("must be an object", join(p, "formula"));
        if (auto s = parseFormula(**formula, join(p, "formula"), m, ind); !s) return s.error();
        bool expertFormula =
            ind.formula == FormulaKind::ItemsRatio || ind.formula == FormulaKind::ItemCount;
        if (expertFormula != (ind.kind == IndicatorKind::Expert))
            return invalid("does not match the formula type", join(p, "kind"));
        if (j.contains("shortcoming_threshold")) {
            auto t = number(j, "shortcoming_threshold", p, 0, 100);
            if (!t) return t.error();
            ind.shortcomingThreshold = *t;
        }
        m.criteria[static_cast<std::size_t>(ci)].indicators.push_back(m.indicators.size());
        m.indicators.push_back(std::move(ind));
    }
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
        const Criterion& criterion = m.criteria[c];
        if (criterion.indicators.empty()) return invalid("has no indicators", at("criteria", c));
        double sum = 0;
        for (std::size_t k : criterion.indicators)
            sum += m.indicators[k].weight;
        if (std::fabs(sum - 1.0) > kWeightTolerance)
            return invalid("the weights of its indicators sum to " + json(sum).dump() + ", not 1",
                           at("criteria", c));
    }
    return {};
}

Result<Methodology> parseChecked(const json& root) {
    if (!root.is_object()) return invalid("must be a JSON object", "");
    auto format = text(root, "format", "");
    if (!format) return format.error();
    if (*format != kFormat) return invalid(std::string("must be \"") + kFormat + "\"", "format");
    Methodology m;
    auto id = text(root, "id", "");
    if (!id) return id.error();
    m.id = *id;
    auto version = number(root, "version", "", 1, 1e9);
    if (!version) return version.error();
    if (*version != std::floor(*version)) return invalid("must be an integer", "version");
    m.version = static_cast<int>(*version);
    auto title = texts(root, "title", "");
    if (!title) return title.error();
    m.title = *title;
    if (root.contains("description")) {
        auto description = texts(root, "description", "");
        if (!description) return description.error();
        m.description = *description;
    }
    if (auto s = parseRules(root, m.rules); !s) return s.error();
    for (auto step : {parseItemLists, parseExpertSets, parseCriteria, parseIndicators}) {
        if (auto s = step(root, m); !s) return s.error();
    }
    return m;
}

} // namespace

Result<Methodology> parseMethodology(const nlohmann::json& definition) {
    try {
        return parseChecked(definition);
    } catch (const std::exception& e) {
        // The readers check types first; this only guards against a missed case.
        return invalid(std::string("unexpected content: ") + e.what(), "");
    }
}

Result<Methodology> parseMethodology(std::string_view jsonText) {
    json root = json::parse(jsonText, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) return invalid("is not valid JSON", "");
    return parseMethodology(root);
}

} // namespace nok::scoring
