#include "nok/survey/answer_validator.h"

#include "nok/json_type_name.h"

#include <nlohmann/json.hpp>

#include <set>

namespace nok::survey {

using nlohmann::json;

namespace {

// Unicode code points in valid UTF-8 (the JSON parser already rejected invalid UTF-8).
std::size_t codePoints(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string optionList(const Question& q) {
    std::string list;
    for (const auto& o : q.options) {
        if (!list.empty()) list += ", ";
        list += "\"" + o.value + "\"";
    }
    return list;
}

// Checks one present answer against its question; nullopt when it is fine.
std::optional<Error> checkValue(const Question& q, const json& v) {
    switch (q.type) {
    case QuestionType::YesNo:
    case QuestionType::Choice: {
        if (!v.is_string())
            return makeError("wrong_type", "must be one of " + optionList(q) + ", got " + jsonTypeName(v), q.id);
        const auto s = v.get<std::string>();
        for (const auto& o : q.options)
            if (o.value == s) return std::nullopt;
        return makeError("invalid_value", "must be one of " + optionList(q) + ", got \"" + s + "\"", q.id);
    }
    case QuestionType::Integer: {
        const std::string range = "must be an integer from " + std::to_string(*q.min) + " to " + std::to_string(*q.max);
        if (!v.is_number_integer()) return makeError("wrong_type", range + ", got " + jsonTypeName(v), q.id);
        // Compare as int64 so a huge value cannot wrap into range.
        const auto n = v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)
                           ? INT64_MAX
                           : v.get<std::int64_t>();
        if (n < *q.min || n > *q.max) return makeError("out_of_range", range, q.id);
        return std::nullopt;
    }
    case QuestionType::Text: {
        if (!v.is_string()) return makeError("wrong_type", "must be text, got " + jsonTypeName(v), q.id);
        const auto len = codePoints(v.get_ref<const std::string&>());
        if (q.maxLength && len > static_cast<std::size_t>(*q.maxLength))
            return makeError("text_too_long",
                             "must be at most " + std::to_string(*q.maxLength) + " characters, got " + std::to_string(len), q.id);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

// The skip target taken after question i given the answers, or -1 to go to i+1.
int jumpFrom(const Questionnaire& q, std::size_t i, const json& answers) {
    const auto& question = q.questions[i];
    if (!question.skip || !answers.is_object()) return -1;
    auto it = answers.find(question.id);
    if (it == answers.end() || !it->is_string() || it->get<std::string>() != question.skip->when) return -1;
    return q.indexOf(question.skip->to);
}

} // namespace

std::vector<std::string> reachableQuestions(const Questionnaire& q, const json& answers) {
    std::vector<std::string> ids;
    std::size_t i = 0;
    while (i < q.questions.size()) {
        ids.push_back(q.questions[i].id);
        const int jump = jumpFrom(q, i, answers);
        i = jump > static_cast<int>(i) ? static_cast<std::size_t>(jump) : i + 1;
    }
    return ids;
}

ValidationReport validateAnswers(const Questionnaire& q, const json& answers) {
    ValidationReport report;
    if (!answers.is_object()) {
        report.errors.push_back(makeError("not_an_object", "answers must be a JSON object of question id → answer, got " + jsonTypeName(answers)));
        return report;
    }
    const auto reachable = reachableQuestions(q, answers);
    const std::set<std::string> reachableSet(reachable.begin(), reachable.end());
    for (const auto& question : q.questions) {
        auto it = answers.find(question.id);
        const bool present = it != answers.end();
        if (!reachableSet.count(question.id)) {
            if (present)
                report.errors.push_back(makeError("skipped_question_answered",
                                                  "must be absent: the skip logic skips it because of an earlier answer", question.id));
            continue;
        }
        if (!present) {
            if (!question.optional) report.errors.push_back(makeError("missing_answer", "is required and was not answered", question.id));
            continue;
        }
        if (auto err = checkValue(question, *it)) report.errors.push_back(std::move(*err));
    }
    for (const auto& [id, value] : answers.items()) {
        (void)value;
        if (!q.find(id))
            report.errors.push_back(makeError("unknown_question", "is not a question of " + q.key(), id));
    }
    return report;
}

Status checkAnswers(const Questionnaire& q, const json& answers, const std::string& fieldPrefix) {
    auto report = validateAnswers(q, answers);
    if (report.ok()) return {};
    return report.errors.front().under(fieldPrefix);
}

std::string nextQuestion(const Questionnaire& q, std::string_view questionId, std::string_view answer) {
    const int i = q.indexOf(questionId);
    if (i < 0) return {};
    const auto& question = q.questions[static_cast<std::size_t>(i)];
    if (question.skip && !answer.empty() && question.skip->when == answer) return question.skip->to;
    const auto next = static_cast<std::size_t>(i) + 1;
    return next < q.questions.size() ? q.questions[next].id : std::string();
}

} // namespace nok::survey
