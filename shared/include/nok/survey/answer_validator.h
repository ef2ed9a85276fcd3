// Checks an answer set against a questionnaire definition (QUESTIONNAIRE.md "Rules"): the
// answers of a complete response, as stored and counted. Every error names the question id in
// its field and the rule in its code: unknown_question, wrong_type, invalid_value,
// out_of_range, text_too_long, skipped_question_answered, missing_answer, not_an_object.
// The same walk also drives the kiosk: nextQuestion() follows the skip logic one step.
#pragma once

#include "nok/result.h"
#include "nok/survey/questionnaire.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace nok::survey {

struct ValidationReport {
    std::vector<Error> errors; // empty: the answers are complete and valid
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

// All problems found, in questionnaire order (unknown ids last). Field paths are the question
// ids ("age"); callers prefix them (e.g. "responses[3].answers").
[[nodiscard]] ValidationReport validateAnswers(const Questionnaire& q, const nlohmann::json& answers);

// Convenience: the first error (with the field prefixed by `fieldPrefix`) or success.
[[nodiscard]] Status checkAnswers(const Questionnaire& q, const nlohmann::json& answers,
                                  const std::string& fieldPrefix = "answers");

// The id of the question shown after `questionId` given its answer (empty string: the end).
// For optional questions left unanswered pass an empty answer.
[[nodiscard]] std::string nextQuestion(const Questionnaire& q, std::string_view questionId,
                                       std::string_view answer);

// Ids reachable under the skip logic with these (possibly partial) answers, in order.
[[nodiscard]] std::vector<std::string> reachableQuestions(const Questionnaire& q,
                                                          const nlohmann::json& answers);

} // namespace nok::survey
