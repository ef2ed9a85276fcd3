// The server's enrolment/config answer is outside input: every defect is refused with the JSON
// path of the field, and a good document is read completely.
#include "enrolment_document.h"

#include "nok/survey/questionnaire.h"

#include <nlohmann/json.hpp>

#include <QtTest>
#include "test_program.h"

namespace tst_enrolment_document {

using namespace nok;
using namespace nok::kiosk;
using nlohmann::json;

class TestEnrolmentDocument : public QObject {
    Q_OBJECT

    json good() {
        return {{"device_id", "dev-0123456789ab"},
                {"organizations", json::array({{{"id", "org-1"},
                                                {"name", "ГБУ «Дом-интернат»"},
                                                {"category", "Дом-интернат"},
                                                {"campaign", "kem-2026"},
                                                {"recipients", 80}}})},
                {"questionnaire",
                 json::parse(*survey::builtinQuestionnaireJson(survey::kDefaultQuestionnaire))},
                {"server_sign_key", crypto::toBase64(crypto::Bytes(32, 1))},
                {"server_seal_key", crypto::toBase64(crypto::Bytes(32, 2))},
                {"settings", {{"idle_timeout_seconds", 120}, {"min_interval_seconds", 30}}}};
    }

    std::string fieldOfError(const json& doc) {
        auto r = parseEnrolmentDocument(doc.dump());
        return r ? std::string("(accepted)") : r.error().field;
    }

  private slots:
    void aGoodDocumentIsReadCompletely() {
        auto r = parseEnrolmentDocument(good().dump());
        QVERIFY2(r, r ? "" : r.error().describe().c_str());
        QCOMPARE(r->deviceId, std::string("dev-0123456789ab"));
        QCOMPARE(r->organizations.size(), 1);
        QCOMPARE(r->organizations.front().name, QStringLiteral("ГБУ «Дом-интернат»"));
        QCOMPARE(r->organizations.front().recipients, qint64(80));
        QCOMPARE(r->settings.idleTimeoutSeconds, 120);
        QCOMPARE(r->settings.minIntervalSeconds, 30);
        QCOMPARE(r->serverSealKey, crypto::Bytes(32, 2));
        QVERIFY(survey::parseQuestionnaire(r->questionnaireJson));
    }

    void missingSettingsFallBackToTheDefaults() {
        json doc = good();
        doc.erase("settings");
        auto r = parseEnrolmentDocument(doc.dump());
        QVERIFY(r);
        QCOMPARE(r->settings.idleTimeoutSeconds, 90);
        QCOMPARE(r->settings.minIntervalSeconds, 20);
    }

    void defectsAreNamedByTheirPath() {
        QCOMPARE(parseEnrolmentDocument("[1,2").error().code, std::string("malformed_json"));
        json d = good();
        d.erase("device_id");
        QCOMPARE(fieldOfError(d), std::string("device_id"));
        d = good();
        d["organizations"][0].erase("campaign");
        QCOMPARE(fieldOfError(d), std::string("organizations[0].campaign"));
        d = good();
        d["organizations"][0]["recipients"] = -3;
        QCOMPARE(fieldOfError(d), std::string("organizations[0].recipients"));
        d = good();
        d["organizations"].push_back(d["organizations"][0]);
        QCOMPARE(fieldOfError(d), std::string("organizations[1].id"));
        d = good();
        d["organizations"] = json::array();
        QCOMPARE(fieldOfError(d), std::string("organizations"));
        d = good();
        d["server_seal_key"] = crypto::toBase64(crypto::Bytes(31, 2));
        QCOMPARE(fieldOfError(d), std::string("server_seal_key"));
        d = good();
        d["server_sign_key"] = "not base64!";
        QCOMPARE(fieldOfError(d), std::string("server_sign_key"));
        d = good();
        d["settings"]["min_interval_seconds"] = "20";
        QCOMPARE(fieldOfError(d), std::string("settings.min_interval_seconds"));
        d = good();
        d["questionnaire"] = "social-675n/1";
        QCOMPARE(fieldOfError(d), std::string("questionnaire"));
        d = good();
        d["questionnaire"]["questions"][0].erase("type");
        QVERIFY(QString::fromStdString(fieldOfError(d)).startsWith("questionnaire."));
    }
};

} // namespace tst_enrolment_document

NOK_TEST_GUILESS_MAIN(tst_enrolment_document, TestEnrolmentDocument)
#include "tst_enrolment_document.moc"
