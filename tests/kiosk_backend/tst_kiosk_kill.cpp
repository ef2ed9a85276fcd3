// A kiosk killed with SIGKILL right after submit() returned (the thank-you screen) loses nothing:
// on the next start the response is in the outbox and reaches the server exactly once.
#include "kiosk_test_support.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include "test_program.h"

namespace tst_kiosk_kill {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;

class TestKioskKill : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void aKillRightAfterSubmitLosesNothing() {
        FakeSyncServer server;
        QTemporaryDir dir;
        QVERIFY(!enrollAt(dir.path(), server).isEmpty());
        // While the helper runs the server answers 503, so the response cannot leave before the
        // kill.
        server.setFault(FakeSyncServer::Fault::ServerError);

        QProcess helper;
        helper.setProgram(QStringLiteral(KIOSK_SUBMIT_HELPER));
        helper.setArguments({QStringLiteral("--data-dir"), dir.path()});
        helper.setProcessChannelMode(QProcess::SeparateChannels);
        helper.start();
        QVERIFY(helper.waitForStarted(10000));
        QString id;
        while (id.isEmpty()) {
            if (!helper.canReadLine())
                QVERIFY2(helper.waitForReadyRead(20000), helper.readAllStandardError().constData());
            if (helper.canReadLine()) id = QString::fromUtf8(helper.readLine()).trimmed();
        }
        helper.kill(); // SIGKILL: no destructor, no flush, no goodbye
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        const auto row = outboxRow(dir.path(), id.toStdString());
        QVERIFY2(row, "the response acknowledged by submit() is on disk after SIGKILL");
        QCOMPARE(outboxRows(dir.path()), 1);
        QCOMPARE(server.storedCount(), 0);

        server.setFault(FakeSyncServer::Fault::None);
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(backend);
        QTRY_COMPARE_WITH_TIMEOUT((*backend)->status().pending, 0, 20000);
        QCOMPARE(server.timesStored(id.toStdString()), 1);
        QCOMPARE(server.storedCount(), 1);
    }

    // Killed after the photo reached the server and while the check's POST was in flight: the
    // next start sends the check once more (the server stores it once) and not the photo again.
    void aKillBetweenPhotoAndCheckResendsWithoutDuplicates() {
        FakeSyncServer server;
        QTemporaryDir dir;
        QVERIFY(!enrollAt(dir.path(), server).isEmpty());
        server.setExpertFault(FakeSyncServer::ExpertFault::StallPost);

        QProcess helper;
        helper.setProgram(QStringLiteral(KIOSK_SUBMIT_HELPER));
        helper.setArguments({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--expert")});
        helper.start();
        QVERIFY(helper.waitForStarted(10000));
        QString id;
        while (id.isEmpty()) {
            if (!helper.canReadLine())
                QVERIFY2(helper.waitForReadyRead(20000), helper.readAllStandardError().constData());
            if (helper.canReadLine()) id = QString::fromUtf8(helper.readLine()).trimmed();
        }
        QTRY_COMPARE_WITH_TIMEOUT(server.checkPosts(), 1, 20000); // the photo went before it
        QCOMPARE(server.evidenceUploads(), 1);
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(tableRows(dir.path(), "expert_outbox"), 1);
        QCOMPARE(server.timesCheckStored(id.toStdString()), 0);

        server.setExpertFault(FakeSyncServer::ExpertFault::None);
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(backend);
        QTRY_COMPARE_WITH_TIMEOUT((*backend)->status().pendingChecks, 0, 20000);
        QCOMPARE(server.timesCheckStored(id.toStdString()), 1);
        QCOMPARE(server.evidenceUploads(), 1);
        QCOMPARE(tableRows(dir.path(), "evidence"), 0);
    }
};

} // namespace tst_kiosk_kill

NOK_TEST_GUILESS_MAIN(tst_kiosk_kill, TestKioskKill)
#include "tst_kiosk_kill.moc"
