// The sync worker against the scripted server, fault by fault: rows leave the outbox only after a
// verified stored/duplicate receipt; rejected rows go to the dead letters with the reason; the
// server being down, 5xx, a connection dropped mid-answer and a forged receipt signature all keep
// the rows (with attempts, a growing and capped backoff, and the error shown); a restart sends what
// is pending; batches hold at most 500 items.
#include "backoff.h"
#include "kiosk_test_support.h"
#include "sync_client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include "test_program.h"

namespace tst_sync_worker {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;

namespace {
constexpr int kTimeoutMs = 20000;
}

class TestSyncWorker : public QObject {
    Q_OBJECT

    FakeSyncServer* m_server = nullptr;
    QTemporaryDir* m_dir = nullptr;
    std::string m_device;

    // An enrolled data dir; the backend talks to `url` (the live fake server by default).
    std::unique_ptr<KioskBackend> open(const std::string& url = {}) {
        KioskOptions options;
        options.dataDir = m_dir->path();
        options.serverUrl = QString::fromStdString(url.empty() ? m_server->url() : url);
        auto backend = KioskBackend::open(options);
        if (!backend) qWarning("%s", backend.error().describe().c_str());
        return backend ? std::move(*backend) : nullptr;
    }

    QStringList submitN(KioskBackend& backend, int n) {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            auto id = backend.submit(validAnswers(), QStringLiteral("org-1"));
            if (!id)
                qWarning("%s", id.error().describe().c_str());
            else
                ids << *id;
        }
        return ids;
    }

    int attemptsOf(const QString& id) {
        auto row = outboxRow(m_dir->path(), id.toStdString());
        return row ? row->attempts : -1;
    }

  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void init() {
        m_server = new FakeSyncServer();
        m_dir = new QTemporaryDir();
        m_device = enrollAt(m_dir->path(), *m_server).toStdString();
        QVERIFY(!m_device.empty());
    }

    void cleanup() {
        delete m_dir;
        delete m_server;
    }

    void verifiedReceiptsRemoveRows() {
        auto backend = open();
        const auto ids = submitN(*backend, 3);
        QCOMPARE(ids.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, kTimeoutMs);
        QCOMPARE(m_server->storedCount(), 3);
        for (const auto& id : ids)
            QCOMPARE(m_server->timesStored(id.toStdString()), 1);
        const auto status = backend->status();
        QVERIFY(status.lastSync.isValid());
        QVERIFY2(status.lastError.isEmpty(), qPrintable(status.lastError));
        QCOMPARE(status.deadLetter, 0);
    }

    void aDuplicateReceiptAlsoRemovesTheRow() {
        m_server->setFault(FakeSyncServer::Fault::DuplicateAll);
        auto backend = open();
        submitN(*backend, 2);
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, kTimeoutMs);
        QCOMPARE(backend->status().deadLetter, 0);
    }

    void rejectedItemsMoveToTheDeadLetterTableWithTheReason() {
        m_server->setFault(FakeSyncServer::Fault::RejectAll,
                           "org_not_allowed: the device may not answer for org-1");
        auto backend = open();
        const auto ids = submitN(*backend, 2);
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().deadLetter, 2, kTimeoutMs);
        QCOMPARE(backend->status().pending, 0);
        auto db = openStore(m_dir->path());
        auto dead = OutboxStore(*db).deadLetters();
        QVERIFY(dead);
        QCOMPARE(dead->size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(dead->at(0).id), ids[0]);
        QCOMPARE(dead->at(0).reason,
                 std::string("org_not_allowed: the device may not answer for org-1"));
        QCOMPARE(m_server->storedCount(), 0);
    }

    void serverDownKeepsRowsWithAGrowingCappedBackoff() {
        RefusingPort down;
        auto backend = open(down.url());
        const auto ids = submitN(*backend, 1);
        QCOMPARE(ids.size(), 1);
        const BackoffPolicy policy;
        int seen = 0;
        std::int64_t lastDelay = 0;
        while (seen < 11) {
            QTRY_VERIFY_WITH_TIMEOUT(attemptsOf(ids[0]) > seen, kTimeoutMs);
            const auto row = outboxRow(m_dir->path(), ids[0].toStdString());
            QVERIFY(row && row->lastAttemptAtMs);
            seen = row->attempts;
            const std::int64_t delay = row->nextAttemptAtMs - *row->lastAttemptAtMs;
            QVERIFY2(delay >= policy.ceilingMs(seen) / 2 && delay <= policy.ceilingMs(seen),
                     qPrintable(QStringLiteral("attempt %1: delay %2 ms").arg(seen).arg(delay)));
            QVERIFY2(delay <= 15 * 60 * 1000, "never more than 15 minutes between attempts");
            lastDelay = delay;
            backend->syncNow(); // the operator's button: retry now, whatever the schedule
        }
        QVERIFY2(lastDelay >= 15 * 60 * 1000 / 2,
                 "after ten failures the delay has reached the cap's range");
        QCOMPARE(backend->status().pending, 1);
        QVERIFY2(backend->status().lastError.contains("cannot reach"),
                 qPrintable(backend->status().lastError));
        // The code the operator's screen turns into «Нет связи с сервером…».
        QCOMPARE(backend->status().lastErrorCode, QStringLiteral("network_error"));
        QVERIFY(!backend->status().lastSync.isValid());
    }

    void serverErrorsKeepRows() {
        m_server->setFault(FakeSyncServer::Fault::ServerError);
        auto backend = open();
        const auto ids = submitN(*backend, 2);
        QTRY_VERIFY_WITH_TIMEOUT(backend->status().lastError.contains("503"), kTimeoutMs);
        QCOMPARE(backend->status().lastErrorCode, QStringLiteral("server_error"));
        QCOMPARE(backend->status().pending, 2);
        QVERIFY(attemptsOf(ids[0]) >= 1);
        QVERIFY(QString::fromStdString(outboxRow(m_dir->path(), ids[0].toStdString())->lastError)
                    .contains("503"));
        m_server->setFault(FakeSyncServer::Fault::None);
        backend->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, kTimeoutMs);
        QCOMPARE(m_server->storedCount(), 2);
    }

    void aConnectionDroppedMidAnswerKeepsRowsAndTheRetryIsADuplicate() {
        m_server->setFault(FakeSyncServer::Fault::DropMidResponse);
        auto backend = open();
        const auto ids = submitN(*backend, 1);
        // The sync log is written after the rows, so once it shows the error the rows have theirs.
        QTRY_VERIFY_WITH_TIMEOUT(backend->status().lastError.contains("cannot reach"), kTimeoutMs);
        QVERIFY(!outboxRow(m_dir->path(), ids[0].toStdString())->lastError.empty());
        QCOMPARE(m_server->storedCount(), 1); // the server has it, the kiosk never heard so
        QCOMPARE(backend->status().pending, 1);
        m_server->setFault(FakeSyncServer::Fault::None);
        backend->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, kTimeoutMs);
        QCOMPARE(m_server->timesStored(ids[0].toStdString()), 1);
        QVERIFY(m_server->duplicatesAnswered() >= 1);
    }

    void aForgedReceiptSignatureKeepsRows() {
        m_server->setFault(FakeSyncServer::Fault::BadSignature);
        auto backend = open();
        const auto ids = submitN(*backend, 2);
        QTRY_VERIFY_WITH_TIMEOUT(backend->status().lastError.contains("not signed"), kTimeoutMs);
        QCOMPARE(backend->status().lastErrorCode, QStringLiteral("bad_receipt_signature"));
        QCOMPARE(m_server->storedCount(), 2); // stored there, but the receipt proves nothing
        QCOMPARE(backend->status().pending, 2);
        m_server->setFault(FakeSyncServer::Fault::None);
        backend->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, kTimeoutMs);
        QVERIFY(backend->status().lastError.isEmpty());
        QVERIFY(backend->status().lastErrorCode.isEmpty()); // a success clears both
    }

    void aReplayedOldReceiptMovesNothing() {
        // An earlier, genuine exchange: an item the server cannot open, so its signed receipt says
        // "rejected" with id null, which fits any item at index 0. Recorded off the wire.
        HttpEndpoint endpoint(m_server->url());
        auto old = exchangeBatch(endpoint, m_device, m_server->signKeys().publicKey,
                                 {{"11111111-1111-4111-8111-111111111111", "garbage"}});
        QVERIFY2(old, old ? "" : old.error().describe().c_str());
        const auto recorded = m_server->lastSyncAnswer();
        QVERIFY(recorded.body.find("\"id\":null") != std::string::npos);
        // The attacker answers the next batch with it: signed by the server, but for another body.
        m_server->setReplay(recorded);
        m_server->setFault(FakeSyncServer::Fault::Replay);
        auto backend = open();
        const auto ids = submitN(*backend, 1);
        QCOMPARE(ids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(backend->status().lastError.contains("do not answer the batch"),
                                 kTimeoutMs);
        QCOMPARE(backend->status().deadLetter, 0);
        QCOMPARE(backend->status().pending, 1);
        QVERIFY(attemptsOf(ids[0]) >= 1); // a failed attempt: retried with backoff
        // The genuine answer to the same items is acted on.
        m_server->setFault(FakeSyncServer::Fault::None);
        backend->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, kTimeoutMs);
        QCOMPARE(m_server->timesStored(ids[0].toStdString()), 1);
        QCOMPARE(backend->status().deadLetter, 0);
    }

    void aShutdownDuringAnExchangeIsNotRecordedAsAnError() {
        // init() enrolled through a backend that was destroyed right away, while its worker was
        // pulling the configuration: that abort must not show up as the kiosk's last error.
        auto db = openStore(m_dir->path());
        auto log = OutboxStore(*db).syncLog();
        QVERIFY(log);
        QVERIFY2(log->lastError.empty(), log->lastError.c_str());
    }

    void aRestartSendsWhatIsPending() {
        RefusingPort down;
        QStringList ids;
        {
            auto offline = open(down.url());
            ids = submitN(*offline, 2);
            QTRY_VERIFY_WITH_TIMEOUT(attemptsOf(ids[1]) >= 1, kTimeoutMs);
        } // the kiosk stops with both rows waiting for their next attempt
        QCOMPARE(outboxRows(m_dir->path()), 2);
        auto backend = open();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, kTimeoutMs);
        for (const auto& id : ids)
            QCOMPARE(m_server->timesStored(id.toStdString()), 1);
    }

    void batchesHoldAtMost500Items() {
        RefusingPort down;
        {
            auto offline = open(down.url());
            QCOMPARE(submitN(*offline, 1200).size(), 1200);
        }
        QCOMPARE(m_server->syncRequests(), 0);
        auto backend = open();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pending, 0, 60000);
        QCOMPARE(m_server->batchSizes(), (std::vector<int>{500, 500, 200}));
        QCOMPARE(m_server->storedCount(), 1200);
    }
};

} // namespace tst_sync_worker

NOK_TEST_GUILESS_MAIN(tst_sync_worker, TestSyncWorker)
#include "tst_sync_worker.moc"
