// End to end: a respondent answers on the kiosk (through SurveySession, the model behind the
// screens' buttons), the kiosk backend signs, seals and stores the response, syncs it to the
// real nok-server (in-process, on loopback), and the council's results count it in a ranked
// organisation. Nothing here is faked: the server, the backend and the scoring are the real ones.
#include "app/backend_adapter.h"
#include "kiosk_environment.h"
#include "server_fixture.h"
#include "service/import_service.h"
#include "service/results_service.h"
#include "survey_session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include "test_program.h"

namespace tst_end_to_end {

using namespace nok;
using namespace nok::kiosk;

namespace {

const nlohmann::json* findOrg(const nlohmann::json& results, const std::string& id) {
    for (const auto& o : results["organizations"])
        if (o["id"] == id) return &o;
    return nullptr;
}

// Answers like a respondent who never used the stands (skip), is satisfied otherwise, and skips
// the optional questions.
void answerLikeARespondent(SurveySession& session) {
    int guard = 0;
    while (!session.reviewing() && guard++ < 40) {
        const QString id = session.questionId();
        if (session.questionOptional()) {
            QVERIFY2(session.skip(), qPrintable(id));
        } else if (id == QLatin1String("stand_used") || id == QLatin1String("disability")) {
            QVERIFY2(session.answer(QStringLiteral("no")), qPrintable(id));
        } else {
            QVERIFY2(session.answer(QStringLiteral("yes")), qPrintable(id + ": " + session.errorText()));
        }
    }
    QVERIFY(session.reviewing());
}

} // namespace

class TstEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void tapToRankedResult() {
        nok::test::ServerFixture fx;
        QVERIFY(fx.ready());
        auto imported = server::importFile(fx.db(), NOK_DEMO_DATASET, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.errors.front().describe().c_str());
        const std::string campaign = imported.report.campaign;
        const std::string org = "di-nvk";
        auto before = server::campaignResults(fx.db(), {.campaign = campaign});
        QVERIFY(before.ok());
        const auto* orgBefore = findOrg(*before, org);
        QVERIFY(orgBefore);
        const int respondentsBefore = (*orgBefore)["respondents"].get<int>();
        QVERIFY(!(*orgBefore)["rank"].is_null());

        QTemporaryDir dataDir;
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(fx.port());
        auto backend = KioskBackend::open({dataDir.path(), url, false});
        QVERIFY(backend.ok());
        auto enrolled = (*backend)->enroll(QString::fromStdString(fx.issueCode({org})));
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : enrolled.error().describe().c_str());
        QCOMPARE((*backend)->organizations().front().campaign, QString::fromStdString(campaign));

        KioskEnvironment* envRef = nullptr;
        BackendAdapter adapter(**backend, envRef);
        KioskEnvironment env((*backend)->questionnaire(), adapter, adapter);
        envRef = &env;
        env.setOrganization(QString::fromStdString(org), QStringLiteral("Дом-интернат"));
        SurveySession session;
        session.setEnvironment(&env);
        QSignalSpy finished(&session, &SurveySession::finished);
        session.start();
        answerLikeARespondent(session);
        QVERIFY2(session.submit(), qPrintable(session.errorText()));
        QCOMPARE(finished.count(), 1);
        const QString responseId = finished.at(0).at(0).toString();
        // The thank-you screen may show now: the response is in the outbox until a verified receipt.
        QTRY_COMPARE_WITH_TIMEOUT((*backend)->status().pending, 0, 30000);
        QCOMPARE((*backend)->status().deadLetter, 0);

        QCOMPARE(fx.count("SELECT COUNT(*) FROM responses WHERE id = '" + responseId.toStdString() +
                          "' AND channel = 'kiosk' AND source = 'device' AND sig IS NOT NULL"),
                 std::int64_t(1));
        // The stored answers are the respondent's: the skipped stand question is absent.
        QCOMPARE(fx.count("SELECT COUNT(*) FROM responses WHERE id = '" + responseId.toStdString() +
                          "' AND json_extract(answers, '$.stand_used') = 'no'"
                          " AND json_extract(answers, '$.stand_satisfied') IS NULL"),
                 std::int64_t(1));

        auto after = server::campaignResults(fx.db(), {.campaign = campaign});
        QVERIFY(after.ok());
        const auto* orgAfter = findOrg(*after, org);
        QVERIFY(orgAfter);
        QCOMPARE((*orgAfter)["respondents"].get<int>(), respondentsBefore + 1);
        QVERIFY(!(*orgAfter)["total"].is_null());
        QVERIFY(!(*orgAfter)["rank"].is_null());
        // Overall satisfaction rose by exactly this one "yes".
        const auto& q = (*orgAfter)["indicator_details"]["5.3"];
        const auto& qBefore = (*orgBefore)["indicator_details"]["5.3"];
        QCOMPARE(q["answered"].get<int>(), qBefore["answered"].get<int>() + 1);
        QCOMPARE(q["yes"].get<int>(), qBefore["yes"].get<int>() + 1);
    }
};

} // namespace tst_end_to_end

NOK_TEST_GUILESS_MAIN(tst_end_to_end, TstEndToEnd)
#include "tst_end_to_end.moc"
