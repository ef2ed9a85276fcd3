// Input checks for the scoring engine: a score computed from impossible counts would look
// plausible and be wrong, so such inputs are refused with the organisation and field named.
#include "engine_parts.h"

#include <cmath>
#include <unordered_set>

namespace nok::scoring::detail {
namespace {

Error invalidInput(std::string message, std::string field) {
    return makeError("invalid_input", std::move(message), std::move(field));
}

Status checkExpert(const Methodology& m, const ExpertRecord& e, const std::string& orgId) {
    // An empty org means "this organisation": callers pairing records themselves need not repeat
    // it.
    if (!e.org.empty() && e.org != orgId)
        return invalidInput("belongs to another organisation", "expert.org");
    for (const auto& listId : knownItemListIds()) {
        const ItemCount* list = listOf(e, listId);
        if (list->required < 0 || list->present < 0)
            return invalidInput("counts must not be negative", "expert." + listId);
    }
    for (const auto& setId : knownExpertSetIds()) {
        const ExpertSet* known = m.findSet(setId);
        if (!known) continue; // not used by this methodology
        for (const auto& item : *itemsOf(e, setId))
            if (!known->find(item))
                return invalidInput("unknown item \"" + item + "\"", "expert." + setId);
    }
    if (e.waitingTimePoints && (!std::isfinite(*e.waitingTimePoints) || *e.waitingTimePoints < 0 ||
                                *e.waitingTimePoints > 100))
        return invalidInput("must be a number from 0 to 100", "expert.waiting_time_points");
    return {};
}

Status checkSurvey(const SurveyTally& s) {
    if (s.complete < 0) return invalidInput("must not be negative", "survey.complete");
    for (const auto& [id, q] : s.questions) {
        const std::string field = "survey.questions." + id;
        if (q.yes < 0 || q.answered < 0) return invalidInput("counts must not be negative", field);
        if (q.yes > q.answered) return invalidInput("yes exceeds answered", field);
        if (q.answered > s.complete) return invalidInput("answered exceeds complete responses", field);
    }
    return {};
}

} // namespace

Status checkInputs(const Methodology& m, const std::vector<OrgInput>& inputs) {
    std::unordered_set<std::string> ids;
    ids.reserve(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string where = "organizations[" + std::to_string(i) + "]";
        const OrgInput& in = inputs[i];
        if (in.organization.id.empty()) return invalidInput("must not be empty", where + ".id");
        if (!ids.insert(in.organization.id).second)
            return invalidInput("duplicate organisation id \"" + in.organization.id + "\"",
                           where + ".id");
        if (in.organization.recipients < 0)
            return invalidInput("must not be negative", where + ".recipients");
        if (in.expert)
            if (auto s = checkExpert(m, *in.expert, in.organization.id); !s)
                return s.error().under(where);
        if (auto s = checkSurvey(in.survey); !s) return s.error().under(where);
    }
    return {};
}

} // namespace nok::scoring::detail
