// From indicators to an organisation's criteria and total, and what the council must see about
// it: the reason when there is no total, the sample-size and risk warnings, the shortcomings.
#include "engine_parts.h"

#include "nok/format/ru_number.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace nok::scoring::detail {
namespace {

// A figure for Russian text: at most two decimals, decimal comma, no trailing zeros, rounded
// as every page and report rounds (nok/format/ru_number.h).
std::string ruNumber(double value) {
    return format::ruDecimalTrimmed(value, 2);
}

std::string ru(const Texts& texts) {
    auto it = texts.find("ru");
    return it == texts.end() ? std::string() : it->second;
}

} // namespace

void computeCriteriaAndTotal(const Methodology& m, const OrgInput& input, OrgResult& out) {
    out.criteria.assign(m.criteria.size(), std::nullopt);
    // A missing source removes a whole half of the method; a partial score would mislead.
    if (!input.expert) {
        out.reason = "no_expert_record";
        return;
    }
    if (input.survey.complete == 0) {
        out.reason = "no_complete_responses";
        return;
    }
    const bool asZero = m.rules.emptyRule == EmptyRule::EmptyAsZero;
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
        double weighted = 0, measurableWeight = 0, allWeight = 0;
        for (std::size_t k : m.criteria[c].indicators) {
            const double w = m.indicators[k].weight;
            allWeight += w;
            if (const auto& v = out.indicators[k].value) {
                weighted += w * *v;
                measurableWeight += w;
            }
        }
        // Redistribute: dividing by the measurable weight shares the empty indicators' weight
        // out in proportion to the others' weights. Empty as zero: the empty ones add 0.
        const double base = asZero ? allWeight : measurableWeight;
        if (base > 0) out.criteria[c] = weighted / base;
        if (out.criteria[c] && m.rules.roundDecimals)
            out.criteria[c] = roundHalfUp(*out.criteria[c], *m.rules.roundDecimals);
    }
    double weighted = 0, allWeight = 0;
    for (std::size_t c = 0; c < m.criteria.size(); ++c) {
        if (!out.criteria[c]) {
            out.reason = "criterion_not_measurable";
            return;
        }
        weighted += m.criteria[c].weight * *out.criteria[c];
        allWeight += m.criteria[c].weight;
    }
    out.total = weighted / allWeight;
    if (m.rules.roundDecimals) out.total = roundHalfUp(*out.total, *m.rules.roundDecimals);
}

void addWarnings(const Methodology& m, const OrgInput& input, OrgResult& out) {
    const auto& rules = m.rules;
    const double wanted = rules.sampleShare * static_cast<double>(input.organization.recipients);
    // The epsilon keeps 0.4 · 40 = 16.000000000000004 from demanding 17 responses.
    auto required = static_cast<std::int64_t>(std::ceil(wanted - 1e-9));
    if (required > rules.sampleCap) required = rules.sampleCap;
    if (input.survey.complete < required) {
        Warning w;
        w.code = "sample_below_minimum";
        w.required = required;
        w.actual = input.survey.complete;
        w.message = std::to_string(w.actual) + " complete responses, " + std::to_string(required) +
                    " required (" + ruNumber(rules.sampleShare * 100) + "% of " +
                    std::to_string(input.organization.recipients) + " recipients, at most " +
                    std::to_string(rules.sampleCap) + ")";
        out.warnings.push_back(std::move(w));
    }
    Warning risk;
    for (std::size_t c = 0; c < m.criteria.size(); ++c)
        if (out.criteria[c] && *out.criteria[c] < rules.riskThreshold)
            risk.criteria.push_back(m.criteria[c].id);
    // Приказ Минтруда 566н (2023) names as a risk indicator an organisation below 50 on *each*
    // criterion; one low criterion is worth showing but is not that indicator. Both need every
    // criterion measured to say "all": an unmeasured one could be above the threshold.
    const bool allBelow = !m.criteria.empty() && risk.criteria.size() == m.criteria.size();
    if (!risk.criteria.empty()) {
        risk.code = "criterion_below_50";
        risk.threshold = rules.riskThreshold;
        risk.message = "criteria below " + ruNumber(rules.riskThreshold) + " points:";
        for (const auto& id : risk.criteria)
            risk.message += " " + id;
        Warning all;
        if (allBelow) {
            all.code = "all_criteria_below_50";
            all.threshold = rules.riskThreshold;
            all.criteria = risk.criteria;
            all.message = "every criterion below " + ruNumber(rules.riskThreshold) +
                          " points: a risk indicator of Приказ Минтруда 566н";
        }
        out.warnings.push_back(std::move(risk));
        if (allBelow) out.warnings.push_back(std::move(all));
    }
}

void addShortcomings(const Methodology& m, const OrgInput& input, OrgResult& out) {
    out.shortcomings.reserve(m.indicators.size() * 2); // typical count; avoids regrowth
    for (std::size_t k = 0; k < m.indicators.size(); ++k) {
        const Indicator& ind = m.indicators[k];
        if (input.expert && ind.formula == FormulaKind::ItemsRatio) {
            for (const auto& listId : ind.lists) {
                const ItemCount* list = listOf(*input.expert, listId);
                if (list->required <= 0 || list->present >= list->required) continue;
                Shortcoming s;
                s.criterion = ind.criterion;
                s.indicator = ind.id;
                s.set = listId;
                s.kind = ShortcomingKind::MissingItem;
                s.value = list->present;
                s.threshold = list->required;
                s.text = ru(m.findList(listId)->name) + ": размещено " +
                         std::to_string(list->present) + " из " + std::to_string(list->required) +
                         " обязательных сведений";
                out.shortcomings.push_back(std::move(s));
            }
        }
        if (input.expert && ind.formula == FormulaKind::ItemCount) {
            const ExpertSet* set = m.findSet(ind.set);
            const auto* present = itemsOf(*input.expert, ind.set);
            for (const ExpertItem& item : set->items) {
                if (!item.shortcoming || present->count(item.id)) continue;
                Shortcoming s;
                s.criterion = ind.criterion;
                s.indicator = ind.id;
                s.set = set->id;
                s.item = item.id;
                s.kind = ShortcomingKind::MissingItem;
                s.threshold = 1;
                s.value = 0;
                s.text = "Отсутствует: " + ru(item.name) + " (" + ru(set->name) + ")";
                out.shortcomings.push_back(std::move(s));
            }
        }
        const auto& value = out.indicators[k].value;
        const double threshold = m.thresholdFor(ind);
        if (value && *value < threshold) {
            Shortcoming s;
            s.criterion = ind.criterion;
            s.indicator = ind.id;
            s.kind = ShortcomingKind::BelowThreshold;
            s.value = value;
            s.threshold = threshold;
            s.text = "Показатель " + ind.id + " «" + ru(ind.title) + "»: " + ruNumber(*value) +
                     " при пороговом значении " + ruNumber(threshold);
            out.shortcomings.push_back(std::move(s));
        }
    }
}

} // namespace nok::scoring::detail
