// The indicator formulas (the only part of the method that is code): each turns an
// organisation's expert record and survey tallies into a 0–100 figure, or "not measurable" when
// every part of it has an empty denominator.
#include "engine_parts.h"

#include <algorithm>

namespace nok::scoring::detail {
namespace {

QuestionShare shareOf(const Methodology& m, const SurveyTally& survey, const std::string& q) {
    QuestionShare s;
    auto it = survey.questions.find(q);
    const QuestionTally tally = it == survey.questions.end() ? QuestionTally{} : it->second;
    s.yes = tally.yes;
    s.denominator = m.rules.denominator == Denominator::Answered ? tally.answered : survey.complete;
    if (s.denominator > 0) {
        s.share = 100.0 * static_cast<double>(s.yes) / static_cast<double>(s.denominator);
        s.wilson = wilsonInterval(s.yes, s.denominator);
    }
    return s;
}

void itemsRatio(const Indicator& ind, const ExpertRecord& e, IndicatorResult& r) {
    double sum = 0;
    int measurable = 0;
    for (const auto& listId : ind.lists) {
        const ItemCount* list = listOf(e, listId);
        if (list->required <= 0) continue; // required = 0: this half is not measurable
        // Items beyond the legal list earn nothing; they must not make up for another list.
        sum += std::min(1.0, static_cast<double>(list->present) / list->required);
        ++measurable;
    }
    if (measurable > 0) r.value = ind.fullPoints * sum / measurable;
}

void itemCount(const Indicator& ind, const ExpertRecord& e, IndicatorResult& r) {
    const auto count = static_cast<double>(itemsOf(e, ind.set)->size());
    r.value = std::min(ind.cap, ind.pointsPerItem * count);
}

} // namespace

void computeIndicators(const Methodology& m, const OrgInput& input, OrgResult& out) {
    for (const Indicator& ind : m.indicators)
        for (const auto& q : ind.questions)
            out.questions[q] = shareOf(m, input.survey, q);

    out.indicators.reserve(m.indicators.size());
    for (const Indicator& ind : m.indicators) {
        IndicatorResult r;
        r.id = ind.id;
        r.kind = ind.kind;
        switch (ind.formula) {
        case FormulaKind::ItemsRatio:
            if (input.expert) itemsRatio(ind, *input.expert, r);
            break;
        case FormulaKind::ItemCount:
            if (input.expert) itemCount(ind, *input.expert, r);
            break;
        case FormulaKind::Share: {
            const QuestionShare& s = out.questions[ind.questions.front()];
            r.yes = s.yes;
            r.answered = s.denominator;
            r.value = s.share;
            r.wilson = s.wilson;
            break;
        }
        case FormulaKind::MeanOfShares: {
            // The mean over the measurable channels only (a respondent who never used the site
            // says nothing about it). With the total as denominator every channel is measurable
            // and this is the 2018 form 100 · (yes₁ + yes₂) / (2 · total).
            double sum = 0;
            int measurable = 0;
            for (const auto& q : ind.questions) {
                const QuestionShare& s = out.questions[q];
                r.yes += s.yes;
                r.answered += s.denominator;
                if (s.share) {
                    sum += *s.share;
                    ++measurable;
                }
            }
            if (measurable > 0) r.value = sum / measurable;
            break;
        }
        case FormulaKind::ShareWithExpertPoints: {
            const QuestionShare& s = out.questions[ind.questions.front()];
            r.yes = s.yes;
            r.answered = s.denominator;
            const std::optional<double> points =
                input.expert ? input.expert->waitingTimePoints : std::nullopt;
            const double w = ind.expertWeight;
            if (s.share && points) {
                r.value = (1 - w) * *s.share + w * *points;
                // The expert's points are exact; only the survey part is uncertain.
                r.wilson = Interval{(1 - w) * s.wilson->low + w * *points,
                                    (1 - w) * s.wilson->high + w * *points};
            } else if (s.share) {
                r.value = s.share;
                r.wilson = s.wilson;
            } else if (points) {
                r.value = points;
            }
            break;
        }
        }
        if (r.value) r.value = std::min(*r.value, ind.cap);
        if (r.value && m.rules.roundDecimals) r.value = roundHalfUp(*r.value, *m.rules.roundDecimals);
        r.measurable = r.value.has_value();
        if (!r.measurable) out.notMeasurable.push_back(ind.id);
        out.indicators.push_back(std::move(r));
    }
}

} // namespace nok::scoring::detail
