// The online questionnaire's form handling, separate from HTML: turning posted fields into an
// answer set (by question id; unknown fields ignored, empty fields mean "not answered"), and
// turning the validator's errors into short messages in the respondent's language, keyed by
// question id, to be shown next to the question. The skip logic is enforced by the validator:
// an answer to a question skipped by an earlier answer is reported and not carried over.
#pragma once

#include "nok/survey/answer_validator.h"
#include "nok/survey/questionnaire.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace nok::web {

using FieldLookup = std::function<std::optional<std::string>(const std::string& name)>;

// Integer fields that are not whole numbers are kept as text so the validator names them.
[[nodiscard]] nlohmann::json answersFromForm(const survey::Questionnaire& q,
                                             const FieldLookup& field);

// question id → message; the answers of questions named here are not re-filled on the page.
[[nodiscard]] std::map<std::string, std::string>
localizeErrors(const survey::Questionnaire& q, const survey::ValidationReport& report,
               const std::string& lang);

// The question whose answer skips `questionId` (1-based number and the answer that skips), or
// nullopt when no skip rule covers it.
struct SkipCondition {
    int number = 0;       // 1-based number of the controlling question
    std::string skipWhen; // the answer that skips
    std::string showWhen; // for yes/no: the other answer
};
[[nodiscard]] std::optional<SkipCondition> skipConditionOf(const survey::Questionnaire& q,
                                                           const std::string& questionId);

// The label of an answer value in a language ("yes" → "Да").
[[nodiscard]] std::string answerLabel(const survey::Question& question, const std::string& value,
                                      const std::string& lang);

} // namespace nok::web
