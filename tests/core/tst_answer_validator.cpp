// Answer validation: every rule of QUESTIONNAIRE.md with a failing case, and the skip walk.
#include "../support/valid_answers.h"
#include "nok/survey/answer_validator.h"

#include <nlohmann/json.hpp>

#include <QTest>
#include "test_program.h"

namespace tst_answer_validator {

using namespace nok::survey;
using nlohmann::json;

namespace {

Questionnaire def() { return builtinQuestionnaire("social-675n/1").value(); }

json allYes() { return nok::test::allYesAnswers(); }

// The single error expected, as "field:code".
std::string onlyError(const json& answers) {
    auto report = validateAnswers(def(), answers);
    if (report.errors.size() != 1) return "errors: " + std::to_string(report.errors.size());
    return report.errors[0].field + ":" + report.errors[0].code;
}

} // namespace

class TstAnswerValidator : public QObject {
    Q_OBJECT
private slots:
    void completeResponsesPass() {
        QVERIFY(validateAnswers(def(), allYes()).ok());
        json a = allYes();
        a["suggestions"] = "Больше скамеек в холле";
        a["sex"] = "female";
        a["age"] = 87;
        QVERIFY(validateAnswers(def(), a).ok());
        // All skips taken: the shortest complete response.
        json shortest = {{"stand_used", "no"}, {"site_used", "no"}, {"timely", "no"}, {"comfort_satisfied", "no"},
                         {"disability", "no"}, {"staff_first_contact", "no"}, {"staff_service", "no"},
                         {"remote_used", "no"}, {"recommend", "no"}, {"organisational_satisfied", "no"},
                         {"overall_satisfied", "no"}};
        QVERIFY(validateAnswers(def(), shortest).ok());
    }
    void skippedQuestionAnswered() {
        json a = allYes();
        a["stand_used"] = "no"; // stand_satisfied is now skipped but still present
        QCOMPARE(onlyError(a), std::string("stand_satisfied:skipped_question_answered"));
        a = allYes();
        a["remote_used"] = "no";
        QCOMPARE(onlyError(a), std::string("remote_polite:skipped_question_answered"));
    }
    void missingRequiredAnswer() {
        json a = allYes();
        a.erase("overall_satisfied");
        QCOMPARE(onlyError(a), std::string("overall_satisfied:missing_answer"));
        a = allYes();
        a.erase("accessibility_satisfied"); // disability = yes, so it is reached
        QCOMPARE(onlyError(a), std::string("accessibility_satisfied:missing_answer"));
    }
    void unknownQuestion() {
        json a = allYes();
        a["favourite_colour"] = "blue";
        QCOMPARE(onlyError(a), std::string("favourite_colour:unknown_question"));
    }
    void wrongTypesAndValues() {
        json a = allYes();
        a["timely"] = true;
        QCOMPARE(onlyError(a), std::string("timely:wrong_type"));
        a = allYes();
        a["timely"] = "maybe";
        QCOMPARE(onlyError(a), std::string("timely:invalid_value"));
        a = allYes();
        a["timely"] = nullptr; // absent is how a skip is written, never null
        QCOMPARE(onlyError(a), std::string("timely:wrong_type"));
        a = allYes();
        a["sex"] = "other";
        QCOMPARE(onlyError(a), std::string("sex:invalid_value"));
        a = allYes();
        a["age"] = "60";
        QCOMPARE(onlyError(a), std::string("age:wrong_type"));
        a = allYes();
        a["age"] = 60.5;
        QCOMPARE(onlyError(a), std::string("age:wrong_type"));
        a = allYes();
        a["suggestions"] = 5;
        QCOMPARE(onlyError(a), std::string("suggestions:wrong_type"));
    }
    void ageOutOfRange() {
        for (long long age : {13LL, 121LL, -1LL, 4294967310LL}) {
            json a = allYes();
            a["age"] = age;
            QCOMPARE(onlyError(a), std::string("age:out_of_range"));
        }
        json a = allYes();
        a["age"] = 18446744073709551615ULL;
        QCOMPARE(onlyError(a), std::string("age:out_of_range"));
        for (int age : {14, 120}) {
            a = allYes();
            a["age"] = age;
            QVERIFY(validateAnswers(def(), a).ok());
        }
        a = allYes();
        a["age"] = 7;
        auto report = validateAnswers(def(), a);
        QCOMPARE(report.errors[0].message, std::string("must be an integer from 14 to 120"));
    }
    void textLengthCountsCharactersNotBytes() {
        json a = allYes();
        std::string cyrillic;
        for (int i = 0; i < 2000; ++i) cyrillic += "ж"; // 4000 bytes, 2000 characters
        a["suggestions"] = cyrillic;
        QVERIFY(validateAnswers(def(), a).ok());
        a["suggestions"] = cyrillic + "ж";
        QCOMPARE(onlyError(a), std::string("suggestions:text_too_long"));
    }
    void notAnObject() {
        auto report = validateAnswers(def(), json::array({"yes"}));
        QCOMPARE(report.errors.size(), std::size_t(1));
        QCOMPARE(report.errors[0].code, std::string("not_an_object"));
    }
    void checkAnswersPrefixesTheField() {
        json a = allYes();
        a["age"] = 200;
        auto st = checkAnswers(def(), a, "responses[17].answers");
        QVERIFY(!st.ok());
        QCOMPARE(st.error().describe(), std::string("responses[17].answers.age: must be an integer from 14 to 120"));
    }
    void walkFollowsSkipLogic() {
        const auto q = def();
        QCOMPARE(nextQuestion(q, "stand_used", "no"), std::string("site_used"));
        QCOMPARE(nextQuestion(q, "stand_used", "yes"), std::string("stand_satisfied"));
        QCOMPARE(nextQuestion(q, "disability", "no"), std::string("staff_first_contact"));
        QCOMPARE(nextQuestion(q, "remote_used", "no"), std::string("recommend"));
        QCOMPARE(nextQuestion(q, "suggestions", ""), std::string("sex"));
        QCOMPARE(nextQuestion(q, "age", ""), std::string());
        QCOMPARE(nextQuestion(q, "no_such", "yes"), std::string());
        const auto path = reachableQuestions(q, json{{"stand_used", "no"}, {"site_used", "no"}, {"disability", "no"}});
        QCOMPARE(path.size(), std::size_t(18 - 3));
        QCOMPARE(path[1], std::string("site_used"));
        QCOMPARE(path[2], std::string("timely"));
    }
};

} // namespace tst_answer_validator

NOK_TEST_APPLESS_MAIN(tst_answer_validator, TstAnswerValidator)
#include "tst_answer_validator.moc"
