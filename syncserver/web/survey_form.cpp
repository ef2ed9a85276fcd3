#include "web/survey_form.h"

#include <algorithm>
#include <cctype>

namespace nok::web {

namespace {

bool allDigits(const std::string& s) {
    return !s.empty() && s.size() <= 9 &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::string textIn(const survey::Texts& texts, const std::string& lang) {
    if (auto it = texts.find(lang); it != texts.end()) return it->second;
    if (auto it = texts.find("ru"); it != texts.end()) return it->second;
    return {};
}

} // namespace

nlohmann::json answersFromForm(const survey::Questionnaire& q, const FieldLookup& field) {
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& question : q.questions) {
        auto raw = field(question.id);
        if (!raw) continue;
        // Free text is stored as written; other fields lose surrounding blanks.
        std::string value = question.type == survey::QuestionType::Text ? *raw : trimmed(*raw);
        if (trimmed(value).empty()) continue;
        if (question.type == survey::QuestionType::Integer && allDigits(value))
            answers[question.id] = std::stoi(value);
        else
            answers[question.id] = value;
    }
    return answers;
}

std::optional<SkipCondition> skipConditionOf(const survey::Questionnaire& q,
                                             const std::string& questionId) {
    const int target = q.indexOf(questionId);
    if (target < 0) return std::nullopt;
    for (int i = target - 1; i >= 0; --i) {
        const auto& c = q.questions[static_cast<std::size_t>(i)];
        if (!c.skip) continue;
        const int to = q.indexOf(c.skip->to);
        if (to > target) {
            SkipCondition cond{i + 1, c.skip->when, {}};
            if (c.type == survey::QuestionType::YesNo)
                cond.showWhen = c.skip->when == "no" ? "yes" : "no";
            return cond;
        }
    }
    return std::nullopt;
}

std::string answerLabel(const survey::Question& question, const std::string& value,
                        const std::string& lang) {
    for (const auto& o : question.options)
        if (o.value == value) return textIn(o.label, lang);
    const bool en = lang == "en";
    if (value == "yes") return en ? "Yes" : "Да";
    if (value == "no") return en ? "No" : "Нет";
    return value;
}

std::map<std::string, std::string> localizeErrors(const survey::Questionnaire& q,
                                                  const survey::ValidationReport& report,
                                                  const std::string& lang) {
    const bool en = lang == "en";
    std::map<std::string, std::string> out;
    for (const auto& e : report.errors) {
        const survey::Question* question = q.find(e.field);
        if (!question) continue; // unknown ids cannot come from this form
        std::string msg;
        if (e.code == "missing_answer") {
            msg = en ? "Please answer this question." : "Ответьте, пожалуйста, на этот вопрос.";
        } else if (e.code == "skipped_question_answered") {
            auto cond = skipConditionOf(q, question->id);
            const std::string n = cond ? std::to_string(cond->number) : "?";
            const std::string label =
                cond ? answerLabel(q.questions[static_cast<std::size_t>(cond->number - 1)],
                                   cond->skipWhen, lang)
                     : "";
            msg =
                en ? "You answered \"" + label + "\" to question " + n +
                         ", so this question does not apply. Your answer to it was removed; check "
                         "your answers and send the form again."
                   : "На вопрос " + n + " Вы ответили «" + label +
                         "», поэтому этот вопрос пропускается. Ответ на него снят; проверьте "
                         "ответы "
                         "и отправьте анкету ещё раз.";
        } else if (question->type == survey::QuestionType::Integer) {
            const std::string lo = std::to_string(question->min.value_or(0));
            const std::string hi = std::to_string(question->max.value_or(0));
            msg = en ? "Enter a whole number from " + lo + " to " + hi + ", or leave it empty."
                     : "Введите целое число от " + lo + " до " + hi + " или оставьте поле пустым.";
        } else if (e.code == "text_too_long") {
            const std::string max = std::to_string(question->maxLength.value_or(2000));
            msg = en ? "The text is too long: at most " + max + " characters."
                     : "Слишком длинный текст: не более " + max + " символов.";
        } else {
            msg = en ? "Choose one of the offered answers."
                     : "Выберите один из предложенных ответов.";
        }
        out.emplace(question->id, msg);
    }
    return out;
}

} // namespace nok::web
