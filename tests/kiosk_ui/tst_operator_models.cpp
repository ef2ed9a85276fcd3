// The operator-mode models without screens: interviews stored with channel "interview" for the
// chosen organisation (and refused for one the device is not enrolled for), the interview
// progress rows, and the expert checklist: every change saved as the draft and restored by a new
// model (in memory and on the real backend across a restart), wrong photos refused with a
// message and nothing stored, an incomplete checklist refused naming the first unchecked item.
#include "backend_adapter.h"
#include "demo_device_control.h"
#include "expert_checklist_model.h"
#include "interview_progress_model.h"
#include "kiosk_environment.h"
#include "kiosk_status_model.h"
#include "memory_operator_store.h"
#include "memory_response_sink.h"
#include "survey_session.h"

#include "nok/crypto/crypto.h"
#include "nok/expert/checklist.h"
#include "nok/survey/questionnaire.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include "test_program.h"
#include <QGuiApplication>

namespace tst_operator_models {

using namespace nok::kiosk;

namespace {

QByteArray jpegBytes(const char* seed) {
    QByteArray b("\xFF\xD8\xFF\xE0", 4);
    b.append(seed);
    return b;
}

void answerAll(SurveySession& s) {
    // Yes to every yes/no, the first option elsewhere, skip the optional text, age 40.
    for (int guard = 0; guard < 40 && !s.reviewing(); ++guard) {
        if (s.questionType() == QLatin1String("integer")) QVERIFY(s.answer(40));
        else if (s.questionOptional() && s.questionType() == QLatin1String("text")) QVERIFY(s.skip());
        else if (s.questionType() == QLatin1String("yes_no")) QVERIFY(s.answer(QStringLiteral("yes")));
        else QVERIFY(s.answer(s.options().front().toMap().value("value")));
    }
    QVERIFY(s.reviewing());
}

} // namespace

class TstOperatorModels : public QObject {
    Q_OBJECT

    nok::survey::Questionnaire m_q = nok::survey::builtinQuestionnaire("social-675n/1").value();
    std::unique_ptr<MemoryResponseSink> m_sink;
    std::unique_ptr<DemoDeviceControl> m_device;
    std::unique_ptr<MemoryOperatorStore> m_store;
    std::unique_ptr<KioskEnvironment> m_env;
    QTemporaryDir m_files;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
        return path;
    }

    std::unique_ptr<ExpertChecklistModel> checklistFor(KioskEnvironment& env, const QString& org) {
        auto model = std::make_unique<ExpertChecklistModel>();
        model->setEnvironment(&env);
        model->setOperatorName(QStringLiteral("Петрова"));
        if (!model->start(org)) qWarning("start: %s", qPrintable(model->errorText()));
        return model;
    }

private slots:
    void init() {
        m_sink = std::make_unique<MemoryResponseSink>(m_q);
        m_device = std::make_unique<DemoDeviceControl>();
        m_store = std::make_unique<MemoryOperatorStore>(QList<OrganizationProgress>{
            {"org-1", "КЦСОН", "kem-2026", 1000, 0, 0, -1},
            {"org-2", "Дом-интернат", "kem-2026", 45, 0, 0, 10}});
        m_sink->setOnStored([store = m_store.get()](const QString& org, const QString& channel) {
            if (channel == QLatin1String("interview")) store->noteInterview(org);
        });
        m_env = std::make_unique<KioskEnvironment>(m_q, *m_sink, *m_device);
        m_env->setOrganization("org-1", "КЦСОН");
        m_env->setMinIntervalSeconds(600);
        m_env->setOperatorStore(m_store.get());
    }

    // The status screen's date is Russian on a Russian screen whatever the system locale is,
    // and follows the language switch.
    void statusDateIsInTheInterfaceLanguage() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        SyncStatus synced;
        synced.lastSync = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
        m_device->setStatus(synced);
        KioskStatusModel status;
        status.setEnvironment(m_env.get());
        QVERIFY2(status.lastSync().contains(QStringLiteral("декабря 2026")), qPrintable(status.lastSync()));
        QSignalSpy changed(&status, &KioskStatusModel::statusChanged);
        m_env->setLanguage(QStringLiteral("en"));
        QVERIFY(changed.count() >= 1);
        QVERIFY2(status.lastSync().contains(QStringLiteral("December 2026")), qPrintable(status.lastSync()));
        m_env->setLanguage(QStringLiteral("ru"));
        QLocale::setDefault(QLocale::c());
    }

    void interviewIsStoredForTheChosenOrganisation() {
        InterviewProgressModel progress;
        progress.setEnvironment(m_env.get());
        QCOMPARE(progress.count(), 2);
        const int row = progress.indexOf("org-2");
        QCOMPARE(progress.get(row).value("target").toInt(), 18); // ceil(0.4 * 45)
        QCOMPARE(progress.get(row).value("remaining").toInt(), 8); // 18 - 10 at the server
        QCOMPARE(progress.get(progress.indexOf("org-1")).value("target").toInt(), 400);

        SurveySession session;
        session.setEnvironment(m_env.get());
        QVERIFY(session.startInterview("org-2"));
        QCOMPARE(session.channel(), QStringLiteral("interview"));
        answerAll(session);
        QVERIFY2(session.submit(), qPrintable(session.errorText()));
        QCOMPARE(m_sink->received().size(), size_t(1));
        QCOMPARE(m_sink->received()[0]["channel"].get<std::string>(), std::string("interview"));
        QCOMPARE(m_sink->received()[0]["org"].get<std::string>(), std::string("org-2"));
        // The kiosk's minimum interval did not start: the next respondent is not held back.
        QVERIFY(m_env->canStart());
        QCOMPARE(progress.get(row).value("today").toInt(), 1);
        QCOMPARE(progress.get(row).value("total").toInt(), 1);

        // A second interview right away, then a kiosk response: that one is "kiosk" again.
        QVERIFY(session.startInterview("org-2"));
        answerAll(session);
        QVERIFY(session.submit());
        session.start();
        QCOMPARE(session.channel(), QStringLiteral("kiosk"));
        answerAll(session);
        QVERIFY(session.submit());
        QCOMPARE(m_sink->received()[2]["channel"].get<std::string>(), std::string("kiosk"));
        QCOMPARE(m_sink->received()[2]["org"].get<std::string>(), std::string("org-1"));
        QCOMPARE(progress.get(row).value("total").toInt(), 2);
    }

    void interviewForAnOrganisationNotEnrolledIsRefused() {
        SurveySession session;
        session.setEnvironment(m_env.get());
        QVERIFY(!session.startInterview("org-elsewhere"));
        QVERIFY(!session.active());
        QVERIFY(session.errorText().contains("org-elsewhere"));
        QVERIFY(m_sink->received().empty());
    }

    void everyChangeIsSavedAndRestored() {
        const QString photo = writeFile("stand.jpg", jpegBytes("one"));
        {
            auto model = checklistFor(*m_env, "org-1");
            QVERIFY(model->active());
            QCOMPARE(model->itemCount(), int(nok::expert::builtinChecklist().items.size()));
            QCOMPARE(model->data(model->index(0), ExpertChecklistModel::GroupRole).toString(), QStringLiteral("stand"));
            int saves = m_store->saveCount();
            QVERIFY(model->setPresent(0, true));
            QCOMPARE(m_store->saveCount(), ++saves);
            QVERIFY(model->setPresent(1, false));
            QCOMPARE(m_store->saveCount(), ++saves);
            QVERIFY(model->setNote(1, QStringLiteral("  Стенд закрыт шкафом  ")));
            QCOMPARE(m_store->saveCount(), ++saves);
            QVERIFY2(model->attachEvidenceFile(0, QUrl::fromLocalFile(photo)), qPrintable(model->errorText()));
            QCOMPARE(m_store->saveCount(), ++saves);
            QVERIFY(model->setWaitingTimePoints(80));
            QCOMPARE(m_store->saveCount(), ++saves);
            QCOMPARE(model->checkedCount(), 2);
        }
        auto model = checklistFor(*m_env, "org-1"); // a new model, as after a restart of the screen
        QCOMPARE(model->checkedCount(), 2);
        const auto at = [&](int row, int role) { return model->data(model->index(row), role); };
        QCOMPARE(at(0, ExpertChecklistModel::StateRole).toString(), QStringLiteral("present"));
        QCOMPARE(at(1, ExpertChecklistModel::StateRole).toString(), QStringLiteral("absent"));
        QCOMPARE(at(1, ExpertChecklistModel::NoteRole).toString(), QStringLiteral("Стенд закрыт шкафом"));
        QCOMPARE(at(1, ExpertChecklistModel::OperatorNameRole).toString(), QStringLiteral("Петрова"));
        QVERIFY(!at(1, ExpertChecklistModel::CheckedAtRole).toString().isEmpty());
        QCOMPARE(at(0, ExpertChecklistModel::EvidenceCountRole).toInt(), 1);
        QCOMPARE(model->waitingTimePoints(), 80);
        QVERIFY(model->evidenceDataUrl(at(0, ExpertChecklistModel::EvidenceRole).toStringList().front())
                    .startsWith("data:image/jpeg;base64,"));
        // Another organisation has its own (fresh) checklist.
        auto other = checklistFor(*m_env, "org-2");
        QCOMPARE(other->checkedCount(), 0);
    }

    void wrongPhotosAreRefusedAndNothingIsStored() {
        auto model = checklistFor(*m_env, "org-1");
        const QString big = writeFile("big.jpg", jpegBytes("x") + QByteArray(6 * 1024 * 1024, 'a'));
        const QString text = writeFile("photo.jpg", QByteArray("just text, named .jpg"));
        const int saves = m_store->saveCount();
        QVERIFY(!model->attachEvidenceFile(0, QUrl::fromLocalFile(big)));
        QVERIFY2(model->errorText().contains(QStringLiteral("6 МБ")), qPrintable(model->errorText()));
        QVERIFY(!model->attachEvidenceFile(0, QUrl::fromLocalFile(text)));
        QVERIFY2(model->errorText().contains(QStringLiteral("JPEG или PNG")), qPrintable(model->errorText()));
        QVERIFY(!model->attachEvidenceFile(0, QUrl::fromLocalFile(m_files.filePath("absent.jpg"))));
        QVERIFY(model->errorText().contains(QStringLiteral("absent.jpg")));
        QVERIFY(!model->attachEvidenceFile(0, QUrl(QStringLiteral("https://example.org/a.jpg"))));
        QCOMPARE(m_store->evidenceCount(), 0);
        QCOMPARE(m_store->saveCount(), saves);
        QCOMPARE(model->data(model->index(0), ExpertChecklistModel::EvidenceCountRole).toInt(), 0);
        // A too-long note is refused too, the old note kept.
        QVERIFY(model->setNote(0, QStringLiteral("коротко")));
        QVERIFY(!model->setNote(0, QString(2001, QChar(u'я'))));
        QVERIFY(model->errorText().contains(QStringLiteral("2000")));
        QCOMPARE(model->data(model->index(0), ExpertChecklistModel::NoteRole).toString(), QStringLiteral("коротко"));
    }

    void incompleteChecklistIsRefusedNamingTheFirstUncheckedItem() {
        auto model = checklistFor(*m_env, "org-1");
        for (int row = 0; row < model->itemCount(); ++row)
            if (row != 3) QVERIFY(model->setPresent(row, row % 2 == 0));
        QVERIFY(!model->complete());
        QVERIFY(!model->submit());
        const QString name = model->data(model->index(3), ExpertChecklistModel::NameRole).toString();
        QVERIFY2(model->errorText().contains(name), qPrintable(model->errorText()));
        QVERIFY(m_store->submitted().empty());

        QSignalSpy submitted(model.get(), &ExpertChecklistModel::submitted);
        QVERIFY(model->setPresent(3, true));
        QVERIFY(model->complete());
        QVERIFY2(model->submit(), qPrintable(model->errorText()));
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(m_store->submitted().size(), size_t(1));
        QCOMPARE(m_store->submitted()[0].operatorName, QStringLiteral("Петрова"));
        QVERIFY(!model->active());
        // The draft is gone: the next start is a fresh checklist.
        QVERIFY(model->start("org-1"));
        QCOMPARE(model->checkedCount(), 0);
    }

    void checkingNeedsAnOperatorName() {
        auto model = checklistFor(*m_env, "org-1");
        model->setOperatorName(QStringLiteral("   "));
        QVERIFY(!model->setPresent(0, true));
        QVERIFY(!model->errorText().isEmpty());
        QCOMPARE(model->checkedCount(), 0);
        // The name entered after the PIN is the one written into the items.
        m_env->setOperatorName(QStringLiteral("  Иванов И. И. "));
        QCOMPARE(model->operatorName(), QStringLiteral("Иванов И. И."));
        QVERIFY(model->setPresent(0, true));
        QCOMPARE(model->data(model->index(0), ExpertChecklistModel::OperatorNameRole).toString(),
                 QStringLiteral("Иванов И. И."));
        m_env->endOperatorSession();
        QVERIFY(m_env->operatorName().isEmpty());
    }

    // The same model on the real backend: the draft and its photo live in kiosk.db and come back
    // after the whole backend is reopened; submit() puts a signed check in the expert outbox.
    void draftSurvivesABackendRestart() {
        QVERIFY(nok::crypto::init());
        QTemporaryDir dir;
        const QString photo = writeFile("site.png", QByteArray("\x89PNG\r\n\x1A\n-site", 13));
        for (int run = 0; run < 2; ++run) {
            auto backend = KioskBackend::open({dir.path(), QString(), true});
            QVERIFY(backend);
            KioskEnvironment* envRef = nullptr;
            BackendAdapter adapter(**backend, envRef);
            KioskEnvironment env((*backend)->questionnaire(), adapter, adapter);
            envRef = &env;
            env.setOperatorStore(&adapter);
            auto model = checklistFor(env, QStringLiteral("demo-org"));
            QVERIFY(model->active());
            if (run == 0) {
                QVERIFY(model->setPresent(2, true));
                QVERIFY2(model->attachEvidenceFile(2, QUrl::fromLocalFile(photo)), qPrintable(model->errorText()));
                QVERIFY(model->setNote(2, QStringLiteral("Фото сайта")));
                continue;
            }
            QCOMPARE(model->checkedCount(), 1);
            QCOMPARE(model->data(model->index(2), ExpertChecklistModel::NoteRole).toString(), QStringLiteral("Фото сайта"));
            const auto shas = model->data(model->index(2), ExpertChecklistModel::EvidenceRole).toStringList();
            QCOMPARE(shas.size(), 1);
            QVERIFY(model->evidenceDataUrl(shas.front()).startsWith("data:image/png;base64,"));
            for (int row = 0; row < model->itemCount(); ++row)
                if (row != 2) QVERIFY(model->setPresent(row, false));
            KioskStatusModel status;
            status.setEnvironment(&env);
            QCOMPARE(status.pendingChecks(), 0);
            QVERIFY2(model->submit(), qPrintable(model->errorText()));
            QTRY_COMPARE(status.pendingChecks(), 1); // refreshed by the backend's statusChanged
            QCOMPARE(status.pendingEvidence(), 1);
            QCOMPARE(status.deadLetterChecks(), 0);
            QVERIFY(model->start(QStringLiteral("demo-org")));
            QCOMPARE(model->checkedCount(), 0);
        }
    }
};

} // namespace tst_operator_models

NOK_TEST_GUI_MAIN(tst_operator_models, TstOperatorModels)
#include "tst_operator_models.moc"
