// The shipped questionnaire definition and the loader's rejection of malformed definitions.
#include "nok/survey/questionnaire.h"

#include <nlohmann/json.hpp>

#include <QTest>
#include "test_program.h"

namespace tst_questionnaire {

using namespace nok::survey;
using nlohmann::json;

namespace {
json builtinJson() { return json::parse(*builtinQuestionnaireJson("social-675n/1")); }
std::string errorField(const json& doc) {
    auto r = parseQuestionnaire(doc.dump());
    return r.ok() ? std::string("<accepted>") : r.error().field;
}
} // namespace

class TstQuestionnaire : public QObject {
    Q_OBJECT
private slots:
    void builtinHasTheFixedIdsInOrder() {
        auto q = builtinQuestionnaire("social-675n/1");
        QVERIFY2(q.ok(), q.ok() ? "" : q.error().describe().c_str());
        QCOMPARE(q->key(), std::string("social-675n/1"));
        const std::vector<std::string> ids = {
            "stand_used", "stand_satisfied", "site_used", "site_satisfied", "timely", "comfort_satisfied",
            "disability", "accessibility_satisfied", "staff_first_contact", "staff_service", "remote_used",
            "remote_polite", "recommend", "organisational_satisfied", "overall_satisfied", "suggestions", "sex", "age"};
        QCOMPARE(q->questions.size(), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i) QCOMPARE(q->questions[i].id, ids[i]);
    }
    void builtinSkipLogicAndTypes() {
        auto q = builtinQuestionnaire("social-675n/1");
        QVERIFY(q.ok());
        QCOMPARE(q->find("stand_used")->skip->to, std::string("site_used"));
        QCOMPARE(q->find("site_used")->skip->to, std::string("timely"));
        QCOMPARE(q->find("disability")->skip->to, std::string("staff_first_contact"));
        QCOMPARE(q->find("remote_used")->skip->to, std::string("recommend"));
        QCOMPARE(q->find("stand_used")->skip->when, std::string("no"));
        QVERIFY(!q->find("timely")->skip);
        QVERIFY(q->find("suggestions")->optional && q->find("sex")->optional && q->find("age")->optional);
        QVERIFY(!q->find("overall_satisfied")->optional);
        QCOMPARE(*q->find("age")->min, 14);
        QCOMPARE(*q->find("age")->max, 120);
        QCOMPARE(*q->find("suggestions")->maxLength, 2000);
        QCOMPARE(q->find("sex")->options.size(), std::size_t(2));
    }
    void russianAndEnglishTexts() {
        auto q = builtinQuestionnaire("social-675n/1");
        QVERIFY(q.ok());
        for (const auto& question : q->questions) {
            QVERIFY2(!question.textIn("ru").empty(), question.id.c_str());
            QVERIFY2(question.text.count("en"), question.id.c_str());
        }
        QCOMPARE(q->find("recommend")->options[0].label.at("ru"), std::string("Да"));
        QCOMPARE(q->find("recommend")->options[1].label.at("en"), std::string("No"));
        // Unknown language falls back to Russian.
        QCOMPARE(q->find("timely")->textIn("tt"), q->find("timely")->textIn("ru"));
    }
    void unknownBuiltinIsAnError() {
        auto q = builtinQuestionnaire("social-675n/9");
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, std::string("unknown_questionnaire"));
    }
    void rejectsMalformedDefinitionsWithAPath() {
        QVERIFY(!parseQuestionnaire("{not json").ok());
        QCOMPARE(parseQuestionnaire("{not json").error().code, std::string("invalid_json"));
        json d = builtinJson();
        d["format"] = "nok-questionnaire/2";
        QCOMPARE(errorField(d), std::string("format"));
        d = builtinJson();
        d["questions"][3]["type"] = "slider";
        QCOMPARE(errorField(d), std::string("questions[3].type"));
        d = builtinJson();
        d["questions"][0]["skip"]["to"] = "nowhere";
        QCOMPARE(errorField(d), std::string("questions[0].skip.to"));
        d = builtinJson();
        d["questions"][4]["skip"] = {{"when", "no"}, {"to", "stand_used"}}; // backwards jump
        QCOMPARE(errorField(d), std::string("questions[4].skip.to"));
        d = builtinJson();
        d["questions"][5]["id"] = "timely"; // duplicate
        QCOMPARE(errorField(d), std::string("questions[5].id"));
        d = builtinJson();
        d["questions"][2]["text"].erase("en");
        QCOMPARE(errorField(d), std::string("questions[2].text.en"));
        d = builtinJson();
        d["questions"][17].erase("max");
        QCOMPARE(errorField(d), std::string("questions[17]"));
        d = builtinJson();
        d["languages"] = {"en", "ru"};
        QCOMPARE(errorField(d), std::string("languages[0]"));
        d = builtinJson();
        d["questions"][16]["options"] = json::array();
        QCOMPARE(errorField(d), std::string("questions[16].options"));
        QVERIFY(parseQuestionnaire(builtinJson().dump()).ok());
    }
};

} // namespace tst_questionnaire

NOK_TEST_APPLESS_MAIN(tst_questionnaire, TstQuestionnaire)
#include "tst_questionnaire.moc"
