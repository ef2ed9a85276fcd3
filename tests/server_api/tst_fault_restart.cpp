// The real `nok-server serve` binary as a child process. FAULT: a client streams batches, the
// server is killed with SIGKILL mid-stream and restarted on the same database; the client retries
// each batch until it holds a verified receipt, and the database then holds every item exactly
// once. Also: SIGTERM stops the server cleanly with exit code 0.
#include "child_server.h"
#include "server_fixture.h"

#include "service/enrolment_service.h"
#include "storage/server_database.h"
#include "storage/server_keys.h"

#include <QProcess>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <ctime>
#include <mutex>

#include <csignal>
#include "test_program.h"

namespace tst_fault_restart {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

Device enrollOver(int port, const std::string& dbPath) {
    Device d;
    d.keys = crypto::generateSigningKeyPair();
    auto db = server::openServerDatabase(dbPath, false);
    auto code = server::issueEnrolCode(**db, {"org-1"}, 3600, std::time(nullptr));
    httplib::Client c("127.0.0.1", port);
    auto res = c.Post("/api/v1/enroll",
                      json{{"code", *code},
                           {"public_key", crypto::toBase64(d.keys.publicKey)},
                           {"label", "fault"}}
                          .dump(),
                      "application/json");
    if (!res || res->status != 201) return d;
    auto body = json::parse(res->body);
    d.id = body["device_id"];
    d.serverSignKey = *crypto::fromBase64(body["server_sign_key"].get<std::string>());
    d.serverSealKey = *crypto::fromBase64(body["server_seal_key"].get<std::string>());
    return d;
}

// A receipt list is acceptable only if it is signed by the server and every item is safe.
bool verifiedAndAllSafe(const httplib::Result& res, const Device& d, std::size_t items) {
    if (!res || res->status != 200) return false;
    auto sig = crypto::fromBase64(res->get_header_value("X-Nok-Signature"));
    if (!sig || !crypto::verify(d.serverSignKey, res->body, *sig)) return false;
    auto receipts = json::parse(res->body, nullptr, false)["receipts"];
    if (!receipts.is_array() || receipts.size() != items) return false;
    for (const auto& r : receipts)
        if (r["status"] != "stored" && r["status"] != "duplicate") return false;
    return true;
}

} // namespace

class TstFaultRestart : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void sigkillMidStreamLosesNothingAndDuplicatesNothing() {
        QTemporaryDir dir;
        const std::string dbPath = makeDatabase(dir);
        QVERIFY(!dbPath.empty());
        // One device streams 4,000 responses of one day: this test is about a kill mid-stream,
        // not the anti-stuffing limit (default 200 per device and day), so its campaign allows it.
        {
            auto db = server::openServerDatabase(dbPath, false);
            QVERIFY(db && (*db)->exec("UPDATE campaigns SET max_per_day = 100000"));
        }
        ChildServer server;
        QVERIFY2(server.start(dbPath), server.log().c_str());
        Device d = enrollOver(server.port(), dbPath);
        QVERIFY(!d.id.empty());

        constexpr int kBatches = 40, kPerBatch = 100;
        std::vector<std::string> bodies, ids;
        for (int b = 0; b < kBatches; ++b) {
            json items = json::array();
            for (int i = 0; i < kPerBatch; ++i) {
                auto p = d.payload();
                ids.push_back(p.id);
                items.push_back(d.sealed(p));
            }
            bodies.push_back(json{{"device", d.id}, {"items", items}}.dump());
        }

        std::mutex mutex;
        std::condition_variable restarted;
        int generation = 0, port = server.port();
        std::atomic<int> acknowledged{0};
        std::atomic<bool> gaveUp{false};
        bool stopClient = false; // under mutex: the test is over, whatever its outcome
        std::thread client([&] {
            for (int b = 0; b < kBatches && !gaveUp; ++b) {
                while (true) {
                    int seenGeneration = 0, currentPort = 0;
                    {
                        std::lock_guard lock(mutex);
                        seenGeneration = generation;
                        currentPort = port;
                    }
                    httplib::Client c("127.0.0.1", currentPort);
                    c.set_read_timeout(30, 0);
                    if (verifiedAndAllSafe(c.Post("/api/v1/sync",
                                                  bodies[static_cast<std::size_t>(b)],
                                                  "application/json"),
                                           d, kPerBatch))
                        break;
                    // The server is down: wait for the next start rather than hammering a dead
                    // port.
                    std::unique_lock lock(mutex);
                    if (!restarted.wait_for(lock, std::chrono::seconds(30),
                                            [&] { return generation > seenGeneration || stopClient; }) ||
                        stopClient) {
                        gaveUp = true;
                        return;
                    }
                }
                ++acknowledged;
            }
        });
        // However this test ends, the client thread is stopped and joined: a failed check returns
        // early, and a thread still joinable then would abort the whole program instead of
        // failing this test.
        struct ClientStopper {
            std::thread& thread;
            std::mutex& mutex;
            std::condition_variable& wake;
            bool& stop;
            ~ClientStopper() {
                {
                    std::lock_guard lock(mutex);
                    stop = true;
                }
                wake.notify_all();
                if (thread.joinable()) thread.join();
            }
        } stopper{client, mutex, restarted, stopClient};

        // Kill while the stream is under way: some batches done, others still to send.
        QVERIFY(QTest::qWaitFor([&] { return acknowledged >= 8; }, 60000));
        ::kill(static_cast<pid_t>(server.process().processId()), SIGKILL);
        QVERIFY(server.process().waitForFinished(10000));
        QCOMPARE(server.process().exitStatus(), QProcess::CrashExit);
        const int ackedAtKill = acknowledged;
        QVERIFY(ackedAtKill < kBatches);

        ChildServer second;
        QVERIFY2(second.start(dbPath), second.log().c_str());
        {
            std::lock_guard lock(mutex);
            port = second.port();
            ++generation;
        }
        restarted.notify_all();
        QVERIFY(QTest::qWaitFor([&] { return acknowledged == kBatches || gaveUp; }, 120000));
        QVERIFY(!gaveUp);
        second.process().terminate();
        QVERIFY(second.process().waitForFinished(10000));

        auto db = server::openServerDatabase(dbPath, false);
        QVERIFY(db);
        auto count = (*db)->prepare("SELECT count(*), count(DISTINCT id) FROM responses");
        QVERIFY(*count->step());
        QCOMPARE(count->columnInt(0), std::int64_t(kBatches) * kPerBatch);
        QCOMPARE(count->columnInt(1), std::int64_t(kBatches) * kPerBatch);
        auto one = (*db)->prepare("SELECT count(*) FROM responses WHERE id = ?");
        for (const auto& id : ids) {
            one->bind(1, id);
            QVERIFY(*one->step());
            QCOMPARE(one->columnInt(0), std::int64_t(1));
            one->reset();
        }
        auto quarantined = (*db)->prepare("SELECT count(*) FROM quarantine");
        QVERIFY(*quarantined->step());
        QCOMPARE(quarantined->columnInt(0), std::int64_t(0));
    }

    void sigtermStopsCleanlyWithExitZero() {
        QTemporaryDir dir;
        const std::string dbPath = makeDatabase(dir);
        ChildServer server;
        QVERIFY2(server.start(dbPath), server.log().c_str());
        httplib::Client c("127.0.0.1", server.port());
        auto health = c.Get("/healthz");
        QVERIFY(health && health->status == 200);
        server.process().terminate(); // SIGTERM
        QVERIFY(server.process().waitForFinished(10000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        const std::string log = server.log();
        QVERIFY2(log.find("\"event\":\"stopped\"") != std::string::npos, log.c_str());
        // Structured lines only, and no client address in any of them.
        QVERIFY(log.find("127.0.0.1\",\"level\":\"info\",\"method\"") == std::string::npos);
        QVERIFY(log.find("remote") == std::string::npos);
    }
};

} // namespace tst_fault_restart

NOK_TEST_GUILESS_MAIN(tst_fault_restart, TstFaultRestart)
#include "tst_fault_restart.moc"
