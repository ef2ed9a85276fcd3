#include "nok/survey/questionnaire.h"

#include <nlohmann/json.hpp>

#include <set>

namespace nok::embedded {
std::optional<std::string_view> questionnaireFile(std::string_view key);
}

namespace nok::survey {

using nlohmann::json;

namespace {

constexpr std::string_view kFormat = "nok-questionnaire/1";

struct BuiltinEntry {
    std::string_view key;
    std::string_view file;
};
constexpr BuiltinEntry kBuiltins[] = {{"social-675n/1", "social-675n-1.json"}};

Error invalid(const std::string& field, const std::string& message) {
    return makeError("invalid_questionnaire", message, field);
}

Result<Texts> parseTexts(const json& node, const std::string& field, bool requireRuEn) {
    if (!node.is_object()) return invalid(field, "must be an object of language → text");
    Texts texts;
    for (const auto& [lang, text] : node.items()) {
        if (!text.is_string() || text.get<std::string>().empty())
            return invalid(field + "." + lang, "must be a non-empty string");
        texts[lang] = text.get<std::string>();
    }
    if (requireRuEn) {
        for (const char* lang : {"ru", "en"})
            if (!texts.count(lang)) return invalid(field + "." + lang, "is required (Russian and English texts must exist)");
    }
    return texts;
}

Result<QuestionType> parseType(const json& node, const std::string& field) {
    if (!node.is_string()) return invalid(field, "must be a string");
    const auto s = node.get<std::string>();
    if (s == "yes_no") return QuestionType::YesNo;
    if (s == "choice") return QuestionType::Choice;
    if (s == "integer") return QuestionType::Integer;
    if (s == "text") return QuestionType::Text;
    return invalid(field, "unknown question type '" + s + "' (expected yes_no, choice, integer or text)");
}

Result<int> parseInt(const json& node, const std::string& field) {
    if (!node.is_number_integer()) return invalid(field, "must be an integer");
    return node.get<int>();
}

Result<Question> parseQuestion(const json& node, const std::string& path) {
    if (!node.is_object()) return invalid(path, "must be an object");
    Question q;
    if (!node.contains("id") || !node["id"].is_string() || node["id"].get<std::string>().empty())
        return invalid(path + ".id", "must be a non-empty string");
    q.id = node["id"].get<std::string>();
    if (!node.contains("type")) return invalid(path + ".type", "is required");
    auto type = parseType(node["type"], path + ".type");
    if (!type) return type.error();
    q.type = *type;
    if (node.contains("optional")) {
        if (!node["optional"].is_boolean()) return invalid(path + ".optional", "must be true or false");
        q.optional = node["optional"].get<bool>();
    }
    if (!node.contains("text")) return invalid(path + ".text", "is required");
    auto text = parseTexts(node["text"], path + ".text", true);
    if (!text) return text.error();
    q.text = std::move(*text);
    if (node.contains("hint")) {
        auto hint = parseTexts(node["hint"], path + ".hint", false);
        if (!hint) return hint.error();
        q.hint = std::move(*hint);
    }
    if (node.contains("feeds") && node["feeds"].is_string()) q.feeds = node["feeds"].get<std::string>();

    switch (q.type) {
    case QuestionType::YesNo:
        for (const char* v : {"yes", "no"}) {
            q.options.push_back(Option{v, {}}); // labels filled from answer_labels by the caller
        }
        break;
    case QuestionType::Choice: {
        const auto& opts = node.value("options", json());
        if (!opts.is_array() || opts.empty()) return invalid(path + ".options", "a choice question needs a non-empty array of options");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < opts.size(); ++i) {
            const std::string op = path + ".options[" + std::to_string(i) + "]";
            if (!opts[i].is_object() || !opts[i].contains("value") || !opts[i]["value"].is_string())
                return invalid(op + ".value", "must be a string");
            Option o{opts[i]["value"].get<std::string>(), {}};
            if (!seen.insert(o.value).second) return invalid(op + ".value", "duplicate option '" + o.value + "'");
            auto label = parseTexts(opts[i].value("label", json()), op + ".label", true);
            if (!label) return label.error();
            o.label = std::move(*label);
            q.options.push_back(std::move(o));
        }
        break;
    }
    case QuestionType::Integer: {
        if (!node.contains("min") || !node.contains("max"))
            return invalid(path, "an integer question needs min and max");
        auto mn = parseInt(node["min"], path + ".min");
        if (!mn) return mn.error();
        auto mx = parseInt(node["max"], path + ".max");
        if (!mx) return mx.error();
        if (*mn > *mx) return invalid(path + ".min", "must not be greater than max");
        q.min = *mn;
        q.max = *mx;
        break;
    }
    case QuestionType::Text: {
        auto ml = parseInt(node.value("max_length", json(2000)), path + ".max_length");
        if (!ml) return ml.error();
        if (*ml <= 0) return invalid(path + ".max_length", "must be positive");
        q.maxLength = *ml;
        break;
    }
    }

    if (node.contains("skip")) {
        const auto& s = node["skip"];
        if (q.type != QuestionType::YesNo) return invalid(path + ".skip", "skip logic is only defined for yes/no questions");
        if (!s.is_object() || !s.contains("when") || !s["when"].is_string() || !s.contains("to") || !s["to"].is_string())
            return invalid(path + ".skip", "must be {\"when\": \"yes\"|\"no\", \"to\": question id}");
        Skip skip{s["when"].get<std::string>(), s["to"].get<std::string>()};
        if (skip.when != "yes" && skip.when != "no") return invalid(path + ".skip.when", "must be \"yes\" or \"no\"");
        q.skip = std::move(skip);
    }
    return q;
}

} // namespace

std::string_view toString(QuestionType type) {
    switch (type) {
    case QuestionType::YesNo: return "yes_no";
    case QuestionType::Choice: return "choice";
    case QuestionType::Integer: return "integer";
    case QuestionType::Text: return "text";
    }
    return "unknown";
}

std::string Question::textIn(std::string_view language) const {
    if (auto it = text.find(std::string(language)); it != text.end()) return it->second;
    if (auto it = text.find("ru"); it != text.end()) return it->second;
    return text.empty() ? std::string() : text.begin()->second;
}

const Question* Questionnaire::find(std::string_view questionId) const {
    for (const auto& q : questions)
        if (q.id == questionId) return &q;
    return nullptr;
}

int Questionnaire::indexOf(std::string_view questionId) const {
    for (std::size_t i = 0; i < questions.size(); ++i)
        if (questions[i].id == questionId) return static_cast<int>(i);
    return -1;
}

Result<Questionnaire> parseQuestionnaire(std::string_view text) {
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) return makeError("invalid_json", "the questionnaire definition is not valid JSON");
    if (!doc.is_object()) return invalid("", "must be a JSON object");
    if (doc.value("format", std::string()) != kFormat)
        return invalid("format", "must be \"" + std::string(kFormat) + "\"");
    Questionnaire q;
    if (!doc.contains("id") || !doc["id"].is_string() || doc["id"].get<std::string>().empty())
        return invalid("id", "must be a non-empty string");
    q.id = doc["id"].get<std::string>();
    if (!doc.contains("version") || !doc["version"].is_number_integer() || doc["version"].get<int>() < 1)
        return invalid("version", "must be a positive integer");
    q.version = doc["version"].get<int>();
    auto title = parseTexts(doc.value("title", json()), "title", true);
    if (!title) return title.error();
    q.title = std::move(*title);
    const auto& langs = doc.value("languages", json());
    if (!langs.is_array() || langs.empty()) return invalid("languages", "must be a non-empty array (Russian first)");
    for (const auto& l : langs) {
        if (!l.is_string()) return invalid("languages", "must hold language codes");
        q.languages.push_back(l.get<std::string>());
    }
    if (q.languages.front() != "ru") return invalid("languages[0]", "Russian (\"ru\") must be the default language");

    Texts yes{{"ru", "Да"}, {"en", "Yes"}}, no{{"ru", "Нет"}, {"en", "No"}};
    if (doc.contains("answer_labels")) {
        const auto& al = doc["answer_labels"];
        if (!al.is_object()) return invalid("answer_labels", "must be an object");
        if (al.contains("yes")) {
            auto t = parseTexts(al["yes"], "answer_labels.yes", true);
            if (!t) return t.error();
            yes = *t;
        }
        if (al.contains("no")) {
            auto t = parseTexts(al["no"], "answer_labels.no", true);
            if (!t) return t.error();
            no = *t;
        }
    }

    const auto& questions = doc.value("questions", json());
    if (!questions.is_array() || questions.empty()) return invalid("questions", "must be a non-empty array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::string path = "questions[" + std::to_string(i) + "]";
        auto question = parseQuestion(questions[i], path);
        if (!question) return question.error();
        if (!ids.insert(question->id).second) return invalid(path + ".id", "duplicate question id '" + question->id + "'");
        if (question->type == QuestionType::YesNo) {
            question->options[0].label = yes;
            question->options[1].label = no;
        }
        q.questions.push_back(std::move(*question));
    }
    // Skip targets must exist and lie strictly after their question: the walk only moves forward.
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const auto& question = q.questions[i];
        if (!question.skip) continue;
        const int target = q.indexOf(question.skip->to);
        const std::string field = "questions[" + std::to_string(i) + "].skip.to";
        if (target < 0) return invalid(field, "skip target '" + question.skip->to + "' is not a question of this definition");
        if (target <= static_cast<int>(i)) return invalid(field, "skip target '" + question.skip->to + "' must come after '" + question.id + "'");
    }
    return q;
}

Result<Questionnaire> builtinQuestionnaire(std::string_view key) {
    auto text = builtinQuestionnaireJson(key);
    if (!text) return makeError("unknown_questionnaire", "no built-in questionnaire '" + std::string(key) + "'", "questionnaire");
    return parseQuestionnaire(*text);
}

std::vector<std::string> builtinQuestionnaireKeys() {
    std::vector<std::string> keys;
    for (const auto& b : kBuiltins) keys.emplace_back(b.key);
    return keys;
}

std::optional<std::string_view> builtinQuestionnaireJson(std::string_view key) {
    for (const auto& b : kBuiltins)
        if (b.key == key) return embedded::questionnaireFile(b.file);
    return std::nullopt;
}

} // namespace nok::survey
