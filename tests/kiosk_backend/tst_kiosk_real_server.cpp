// The kiosk backend against the real nok-server (ApiServer in-process on a loopback port, a
// temporary database seeded by the server tests' fixture): enrolment with a code issued by the
// server, the signed config pull, responses stored exactly once, and a revoked device keeping
// its rows.
#include "kiosk_test_support.h"

#include "server_fixture.h"
#include "service/device_admin.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include "test_program.h"

namespace tst_kiosk_real_server {

using namespace nok;
using namespace nok::kiosk;

class TestKioskRealServer : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void enrolSyncAndRevocationAgainstTheRealServer() {
        nok::test::ServerFixture fx;
        QVERIFY(fx.ready());
        QTemporaryDir dir;
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(fx.port());
        QString deviceId;
        QStringList ids;
        // The server's minimum interval between completions is 20 s, kept per running kiosk:
        // one response per start, as three visitors on three days would leave them.
        for (const char* org : {"org-1", "org-2", "org-1"}) {
            auto backend = KioskBackend::open({dir.path(), url, false});
            QVERIFY(backend);
            if (deviceId.isEmpty()) {
                auto st =
                    (*backend)->enroll(QString::fromStdString(fx.issueCode({"org-1", "org-2"})));
                QVERIFY2(st, st ? "" : st.error().describe().c_str());
                deviceId = (*backend)->status().deviceId;
                QCOMPARE((*backend)->organizations().size(), 2);
                QCOMPARE((*backend)->organizations().front().campaign, QStringLiteral("kem-2026"));
            }
            auto id = (*backend)->submit(kiosk::test::validAnswers(), QString::fromUtf8(org));
            QVERIFY2(id, id ? "" : id.error().describe().c_str());
            ids << *id;
            if (ids.size() == 3) {
                QTRY_COMPARE_WITH_TIMEOUT((*backend)->status().pending, 0, 20000);
                QVERIFY((*backend)->status().lastError.isEmpty());
            }
        }
        for (const auto& id : ids)
            QCOMPARE(
                fx.count("SELECT COUNT(*) FROM responses WHERE id = '" + id.toStdString() + "'"),
                1);

        // Restart with an empty outbox: the signed config pull is accepted by the real server.
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(backend);
        QSignalSpy configSpy(backend->get(), &KioskBackend::configurationChanged);
        QTRY_VERIFY_WITH_TIMEOUT(configSpy.count() >= 1, 20000);
        QVERIFY2((*backend)->status().lastError.isEmpty(),
                 qPrintable((*backend)->status().lastError));

        // Revoked: the server refuses the whole batch; the row stays and the status says why.
        QVERIFY(server::revokeDeviceAudited(fx.db(), deviceId.toStdString(), "test",
                                            std::time(nullptr)));
        auto kept = (*backend)->submit(kiosk::test::validAnswers(), QStringLiteral("org-1"));
        QVERIFY(kept);
        QTRY_VERIFY_WITH_TIMEOUT((*backend)->status().lastError.contains("does not accept"), 20000);
        QCOMPARE((*backend)->status().pending, 1);
        QCOMPARE(
            fx.count("SELECT COUNT(*) FROM responses WHERE id = '" + kept->toStdString() + "'"), 0);
    }
};

} // namespace tst_kiosk_real_server

NOK_TEST_GUILESS_MAIN(tst_kiosk_real_server, TestKioskRealServer)
#include "tst_kiosk_real_server.moc"
