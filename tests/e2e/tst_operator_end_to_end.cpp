// Operator mode end to end: an interview entered through SurveySession (the model behind the
// operator's screens) on the real kiosk backend reaches the real nok-server as a response with
// channel "interview" for the organisation the operator chose, and the interview counter on the
// tablet moves with it. Nothing is faked: the server, the backend and the core are the real ones.
#include "app/backend_adapter.h"
#include "interview_progress_model.h"
#include "kiosk_environment.h"
#include "server_fixture.h"
#include "service/import_service.h"
#include "survey_session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace nok;
using namespace nok::kiosk;

namespace {

void answerAll(SurveySession& session) {
    int guard = 0;
    while (!session.reviewing() && guard++ < 40) {
        const QString id = session.questionId();
        if (session.questionOptional()) QVERIFY2(session.skip(), qPrintable(id));
        else if (session.questionType() == QLatin1String("integer")) QVERIFY2(session.answer(67), qPrintable(id));
        else if (session.questionType() == QLatin1String("yes_no")) QVERIFY2(session.answer(QStringLiteral("yes")), qPrintable(id));
        else QVERIFY2(session.answer(session.options().front().toMap().value("value")), qPrintable(id));
    }
    QVERIFY(session.reviewing());
}

} // namespace

class TstOperatorEndToEnd : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void interviewReachesTheServerAsInterview() {
        nok::test::ServerFixture fx;
        QVERIFY(fx.ready());
        auto imported = server::importFile(fx.db(), NOK_DEMO_DATASET, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.errors.front().describe().c_str());
        // Enrolled for two organisations; the kiosk's own is the first, the interview is for the second.
        QTemporaryDir dataDir;
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(fx.port());
        auto backend = KioskBackend::open({dataDir.path(), url, false});
        QVERIFY(backend.ok());
        auto enrolled = (*backend)->enroll(QString::fromStdString(fx.issueCode({"di-nvk", "pni-kem"})));
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : enrolled.error().describe().c_str());
        QCOMPARE((*backend)->organizations().size(), 2);
        const QString interviewOrg = (*backend)->organizations().at(1).id;

        KioskEnvironment* envRef = nullptr;
        BackendAdapter adapter(**backend, envRef);
        KioskEnvironment env((*backend)->questionnaire(), adapter, adapter);
        envRef = &env;
        env.setOperatorStore(&adapter);
        env.setOrganization((*backend)->organizations().at(0).id, (*backend)->organizations().at(0).name);
        InterviewProgressModel progress;
        progress.setEnvironment(&env);
        const int row = progress.indexOf(interviewOrg);
        QVERIFY(row >= 0);
        QCOMPARE(progress.get(row).value("today").toInt(), 0);

        SurveySession session;
        session.setEnvironment(&env);
        QSignalSpy finished(&session, &SurveySession::finished);
        QVERIFY(session.startInterview(interviewOrg));
        answerAll(session);
        QVERIFY2(session.submit(), qPrintable(session.errorText()));
        const QString id = finished.at(0).at(0).toString();
        QCOMPARE(progress.get(row).value("today").toInt(), 1);

        QTRY_COMPARE_WITH_TIMEOUT((*backend)->status().pending, 0, 30000);
        QCOMPARE((*backend)->status().deadLetter, 0);
        QCOMPARE(fx.count("SELECT COUNT(*) FROM responses WHERE id = '" + id.toStdString() +
                          "' AND channel = 'interview' AND org = '" + interviewOrg.toStdString() + "'"),
                 std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TstOperatorEndToEnd)
#include "tst_operator_end_to_end.moc"
