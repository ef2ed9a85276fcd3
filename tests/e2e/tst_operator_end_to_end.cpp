// Operator mode end to end: an interview entered through SurveySession (the model behind the
// operator's screens) on the real kiosk backend reaches the real nok-server as a response with
// channel "interview" for the organisation the operator chose, and the interview counter on the
// tablet moves with it; and an expert checklist filled in through ExpertChecklistModel with one
// photo reaches the server (photo, then the signed check), changes that organisation's results
// and keeps the imported record as the older version. Nothing is faked: the server, the backend
// and the core are the real ones.
#include "app/backend_adapter.h"
#include "expert_checklist_model.h"
#include "service/results_service.h"
#include "interview_progress_model.h"
#include "kiosk_environment.h"
#include "server_fixture.h"
#include "service/import_service.h"
#include "survey_session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include "test_program.h"

namespace tst_operator_end_to_end {

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

const nlohmann::json* findOrg(const nlohmann::json& results, const std::string& id) {
    for (const auto& o : results["organizations"])
        if (o["id"] == id) return &o;
    return nullptr;
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

    void expertCheckWithAPhotoChangesTheResults() {
        nok::test::ServerFixture fx;
        QVERIFY(fx.ready());
        auto imported = server::importFile(fx.db(), NOK_DEMO_DATASET, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.errors.front().describe().c_str());
        const std::string campaign = imported.report.campaign;
        const std::string org = "di-nvk"; // full expert marks in the imported dataset
        auto before = server::campaignResults(fx.db(), {.campaign = campaign});
        QVERIFY(before.ok());
        const auto* orgBefore = findOrg(*before, org);
        QVERIFY(orgBefore);
        const nlohmann::json indicatorsBefore = (*orgBefore)["indicators"];

        QTemporaryDir dataDir;
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(fx.port());
        auto backend = KioskBackend::open({dataDir.path(), url, false});
        QVERIFY(backend.ok());
        QVERIFY((*backend)->enroll(QString::fromStdString(fx.issueCode({org}))).ok());
        KioskEnvironment* envRef = nullptr;
        BackendAdapter adapter(**backend, envRef);
        KioskEnvironment env((*backend)->questionnaire(), adapter, adapter);
        envRef = &env;
        env.setOperatorStore(&adapter);
        env.setOperatorName(QStringLiteral("Сидорова Е. В."));

        QTemporaryDir files;
        const QString photo = files.filePath(QStringLiteral("stand.jpg"));
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xFF\xD8\xFF\xE0 photo of the stand \xFF\xD9", 26));
        f.close();

        ExpertChecklistModel model;
        model.setEnvironment(&env);
        QVERIFY2(model.start(QString::fromStdString(org)), qPrintable(model.errorText()));
        QCOMPARE(model.operatorName(), QStringLiteral("Сидорова Е. В."));
        // The stand has only its first item; everything else is missing.
        for (int row = 0; row < model.itemCount(); ++row) QVERIFY(model.setPresent(row, row == 0));
        QVERIFY2(model.attachEvidenceFile(0, QUrl::fromLocalFile(photo)), qPrintable(model.errorText()));
        const QString sha = model.data(model.index(0), ExpertChecklistModel::EvidenceRole).toStringList().front();
        QSignalSpy submitted(&model, &ExpertChecklistModel::submitted);
        QVERIFY2(model.submit(), qPrintable(model.errorText()));
        const std::string checkId = submitted.at(0).at(0).toString().toStdString();

        QTRY_COMPARE_WITH_TIMEOUT((*backend)->status().pendingChecks, 0, 30000);
        QCOMPARE((*backend)->status().deadLetterChecks, 0);
        QCOMPARE((*backend)->status().lastError, QString());
        QCOMPARE(fx.count("SELECT COUNT(*) FROM evidence WHERE sha256 = '" + sha.toStdString() + "'"), std::int64_t(1));
        QCOMPARE(fx.count("SELECT COUNT(*) FROM expert_checks WHERE id = '" + checkId + "' AND org = '" + org + "'"),
                 std::int64_t(1));
        // The imported record is kept as the older version; the device's check is the newest.
        QCOMPARE(fx.count("SELECT COUNT(*) FROM expert_records WHERE org = '" + org + "'"), std::int64_t(2));

        auto after = server::campaignResults(fx.db(), {.campaign = campaign});
        QVERIFY(after.ok());
        const auto* orgAfter = findOrg(*after, org);
        QVERIFY(orgAfter);
        // Indicator 1.1 (stand and site items) fell from full marks.
        QVERIFY2((*orgAfter)["indicators"]["1.1"].get<double>() < indicatorsBefore["1.1"].get<double>(),
                 (*orgAfter)["indicators"].dump().c_str());
        QVERIFY((*orgAfter)["indicators"] != indicatorsBefore);
    }
};

} // namespace tst_operator_end_to_end

NOK_TEST_GUILESS_MAIN(tst_operator_end_to_end, TstOperatorEndToEnd)
#include "tst_operator_end_to_end.moc"
