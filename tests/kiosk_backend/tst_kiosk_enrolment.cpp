// Enrolment with a one-time code (from the operator screen and from `--enroll`), what a refused
// code leaves behind (nothing), and the periodic config pull.
#include "enroll_command.h"
#include "kiosk_test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include "test_program.h"

namespace tst_kiosk_enrolment {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;

class TestKioskEnrolment : public QObject {
    Q_OBJECT

    std::unique_ptr<KioskBackend> open(const QString& dir, const std::string& url) {
        KioskOptions options;
        options.dataDir = dir;
        options.serverUrl = QString::fromStdString(url);
        auto backend = KioskBackend::open(options);
        if (!backend) qWarning("%s", backend.error().describe().c_str());
        return backend ? std::move(*backend) : nullptr;
    }

  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void enrolmentStoresTheServersAnswer() {
        FakeSyncServer server;
        server.addOrganization("org-2", "ГБУ «Дом-интернат для престарелых»");
        QTemporaryDir dir;
        auto backend = open(dir.path(), server.url());
        QVERIFY(backend);
        QVERIFY(!backend->status().enrolled);
        QSignalSpy configSpy(backend.get(), &KioskBackend::configurationChanged);
        auto st = backend->enroll(QString::fromStdString(server.addEnrolmentCode()),
                                  QStringLiteral("lobby"));
        QVERIFY2(st, st ? "" : st.error().describe().c_str());
        QCOMPARE(configSpy.count(), 1);
        const auto status = backend->status();
        QVERIFY(status.enrolled);
        QVERIFY(status.deviceId.startsWith("dev-"));
        QCOMPARE(backend->organizations().size(), 2);
        QCOMPARE(backend->organizations().at(1).name,
                 QStringLiteral("ГБУ «Дом-интернат для престарелых»"));
        QCOMPARE(backend->organizations().at(0).campaign, QStringLiteral("kem-2026"));
        const auto key = crypto::loadSigningKeyPair(dir.filePath("device.key").toStdString());
        QCOMPARE(server.lastEnrolledPublicKey(), crypto::toBase64(key->publicKey));
        backend.reset();

        // Persisted: a restarted kiosk is enrolled, with no server option given.
        KioskOptions options;
        options.dataDir = dir.path();
        auto again = KioskBackend::open(options);
        QVERIFY(again);
        QCOMPARE((*again)->status().deviceId, status.deviceId);
        QCOMPARE((*again)->organizations().size(), 2);
    }

    void aRefusedCodeIsReportedAndStoresNothing() {
        FakeSyncServer server;
        QTemporaryDir dir;
        auto backend = open(dir.path(), server.url());
        auto st = backend->enroll(QStringLiteral("code-wrong"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, std::string("enrolment_refused"));
        QVERIFY2(QString::fromStdString(st.error().message).contains("used, unknown or expired"),
                 st.error().message.c_str());
        QVERIFY(!backend->status().enrolled);
        QVERIFY(!backend->submit(validAnswers(), QStringLiteral("org-1")));

        // A code works once.
        const auto code = QString::fromStdString(server.addEnrolmentCode());
        QVERIFY(backend->enroll(code));
        QTemporaryDir other;
        auto second = open(other.path(), server.url());
        auto reuse = second->enroll(code);
        QVERIFY(!reuse);
        QCOMPARE(reuse.error().code, std::string("enrolment_refused"));
        QVERIFY(!second->status().enrolled);
    }

    void enrollCommandExitCodes() {
        FakeSyncServer server;
        RefusingPort down;
        QTemporaryDir dir;
        KioskOptions options;
        options.dataDir = dir.path();
        options.serverUrl = QString::fromStdString(server.url());
        QCOMPARE(runEnrollCommand(options, QString()), 2);
        QCOMPARE(runEnrollCommand(options, QStringLiteral("code-wrong")), 1);
        KioskOptions noServer = options;
        noServer.serverUrl.clear();
        QCOMPARE(runEnrollCommand(noServer, QStringLiteral("abc")), 2);
        KioskOptions badUrl = options;
        badUrl.serverUrl = QStringLiteral("ftp://example.org/x");
        QCOMPARE(runEnrollCommand(badUrl, QStringLiteral("abc")), 2);
        KioskOptions demo = options;
        demo.demo = true;
        QCOMPARE(runEnrollCommand(demo, QStringLiteral("abc")), 2);
        KioskOptions unreachable = options;
        unreachable.serverUrl = QString::fromStdString(down.url());
        QCOMPARE(runEnrollCommand(unreachable, QStringLiteral("abc")), 1);
        QCOMPARE(runEnrollCommand(options, QString::fromStdString(server.addEnrolmentCode())), 0);
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(backend && (*backend)->status().enrolled);
    }

    void reEnrolmentWaitsForAnEmptyOutbox() {
        FakeSyncServer server;
        RefusingPort down;
        QTemporaryDir dir;
        QVERIFY(!enrollAt(dir.path(), server).isEmpty());
        KioskOptions options{dir.path(), QString::fromStdString(down.url()), false};
        auto backend = KioskBackend::open(options);
        QVERIFY(backend);
        QVERIFY((*backend)->submit(validAnswers(), QStringLiteral("org-1")));
        auto st = (*backend)->enroll(QString::fromStdString(server.addEnrolmentCode()));
        QVERIFY(!st);
        QCOMPARE(st.error().code, std::string("outbox_not_empty"));
        QCOMPARE((*backend)->status().pending, 1);
    }

    void theConfigPullUpdatesOrganisations() {
        FakeSyncServer server;
        QTemporaryDir dir;
        QVERIFY(!enrollAt(dir.path(), server).isEmpty());
        server.addOrganization("org-9", "Новая организация");
        server.setMinIntervalSeconds(45);
        KioskOptions options{dir.path(), QString(), false};
        auto backend = KioskBackend::open(options);
        QVERIFY(backend);
        QSignalSpy spy(backend->get(), &KioskBackend::configurationChanged);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 15000); // pulled at start, signed by the device
        QCOMPARE((*backend)->organizations().size(), 2);
        QCOMPARE((*backend)->organizations().at(1).id, QStringLiteral("org-9"));
        QCOMPARE((*backend)->settings().minIntervalSeconds, 45);
        QVERIFY(server.configRequests() >= 1);
    }

    void aConfigPullWithOtherServerKeysIsNotApplied() {
        FakeSyncServer server;
        QTemporaryDir dir;
        QVERIFY(!enrollAt(dir.path(), server).isEmpty());
        server.addOrganization("org-9", "Новая организация");
        server.rotateKeys(); // keys come from the enrolment only, never from a periodic pull
        KioskOptions options{dir.path(), QString(), false};
        auto backend = KioskBackend::open(options);
        QVERIFY(backend);
        QTRY_VERIFY_WITH_TIMEOUT((*backend)->status().lastError.contains("other keys"), 15000);
        QCOMPARE((*backend)->organizations().size(), 1);
    }
};

} // namespace tst_kiosk_enrolment

NOK_TEST_GUILESS_MAIN(tst_kiosk_enrolment, TestKioskEnrolment)
#include "tst_kiosk_enrolment.moc"
