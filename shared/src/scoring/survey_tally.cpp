// Turning stored answers into the yes/answered tallies the engine scores.
#include "nok/scoring/scoring_engine.h"

#include <nlohmann/json.hpp>

namespace nok::scoring {

void countCompleteResponse(SurveyTally& tally, const nlohmann::json& answers) {
    ++tally.complete;
    if (!answers.is_object()) return;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it.value().is_string()) continue;
        const auto& answer = it.value().get_ref<const std::string&>();
        // Only yes/no questions feed shares; anything else is demographics or free text.
        if (answer != "yes" && answer != "no") continue;
        QuestionTally& q = tally.questions[it.key()];
        ++q.answered;
        if (answer == "yes") ++q.yes;
    }
}

} // namespace nok::scoring
