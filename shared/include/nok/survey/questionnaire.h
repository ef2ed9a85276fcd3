// A questionnaire definition loaded from data (shared/data/questionnaires/*.json), never from
// code: question ids, types, optional flags, skip logic and texts per language. The kiosk, the
// operator tablet, the web form, the validator and the scoring all read the same definition.
// Skip logic is a jump: when a yes/no question gets the answer named in `skip.when`, every
// question after it up to (not including) `skip.to` is skipped.
#pragma once

#include "nok/result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::survey {

enum class QuestionType { YesNo, Choice, Integer, Text };

[[nodiscard]] std::string_view toString(QuestionType type);

using Texts = std::map<std::string, std::string>; // language code ("ru", "en") → text

struct Option {
    std::string value; // the stored answer, e.g. "male"
    Texts label;
};

struct Skip {
    std::string when; // answer value that triggers the jump, e.g. "no"
    std::string to;   // id of the next question shown
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::YesNo;
    bool optional = false;
    Texts text;                 // the question as read to the respondent
    Texts hint;                 // optional clarification (may be empty)
    std::vector<Option> options; // Choice; YesNo gets "yes"/"no" with translated labels
    std::optional<Skip> skip;
    std::optional<int> min, max;     // Integer
    std::optional<int> maxLength;    // Text, in Unicode code points
    std::string feeds;               // indicator it feeds ("1.3"), informational

    [[nodiscard]] std::string textIn(std::string_view language) const; // falls back to "ru"
};

struct Questionnaire {
    std::string id;      // "social-675n"
    int version = 0;     // 1
    Texts title;
    std::vector<std::string> languages; // "ru" first
    std::vector<Question> questions;    // in order

    // "social-675n/1", as written in payloads
    [[nodiscard]] std::string key() const { return id + "/" + std::to_string(version); }
    [[nodiscard]] const Question* find(std::string_view questionId) const;
    [[nodiscard]] int indexOf(std::string_view questionId) const; // -1 if unknown
};

// Parses and checks a definition: unique ids, known types, skip targets that exist and lie
// after their question, "ru" and "en" texts for every question. Errors name the JSON path.
[[nodiscard]] Result<Questionnaire> parseQuestionnaire(std::string_view json);

// The definitions shipped in shared/data/questionnaires, by key ("social-675n/1").
[[nodiscard]] Result<Questionnaire> builtinQuestionnaire(std::string_view key);
[[nodiscard]] std::vector<std::string> builtinQuestionnaireKeys();
// The raw JSON of a shipped definition (the server sends it to devices at enrolment).
[[nodiscard]] std::optional<std::string_view> builtinQuestionnaireJson(std::string_view key);

constexpr std::string_view kDefaultQuestionnaire = "social-675n/1";

} // namespace nok::survey
