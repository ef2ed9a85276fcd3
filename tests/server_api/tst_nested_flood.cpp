// Bounded work before authentication (issue 13, point 4), measured on the real `nok-server
// serve` binary from outside: four clients post 8 MiB bodies of nested "[" to /api/v1/sync
// without credentials, for at most 20 s and 12 bodies each, while a fifth asks /healthz. Every
// flood request is refused (400 json_too_deep), every healthz is answered, and the server's
// peak resident memory (VmHWM in /proc/<pid>/status) stays at or under 200 MiB; before the
// depth check the DOM of such bodies took the server past a gigabyte. The healthz latency and
// the peak are printed, not asserted.
#include "child_server.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include "test_program.h"

namespace tst_nested_flood {

using namespace nok;
using namespace nok::test;

namespace {

// VmHWM of a process in KiB, or -1.
long peakRssKiB(qint64 pid) {
    QFile status(QString("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

class TstNestedFlood : public QObject {
    Q_OBJECT
  private slots:
    void nestedBodiesNeitherBlowUpMemoryNorStopHealthz() {
        QTemporaryDir dir;
        const std::string dbPath = makeDatabase(dir);
        QVERIFY(!dbPath.empty());
        ChildServer server;
        QVERIFY2(server.start(dbPath, {}), server.log().c_str());
        const qint64 pid = server.process().processId();
        const long before = peakRssKiB(pid);

        const std::string body = std::string(8 * 1024 * 1024 - 16, '[');
        const auto stopAt = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        std::atomic<int> flooding{4}, sent{0}, refusedAsTooDeep{0};
        std::vector<std::thread> clients;
        for (int c = 0; c < 4; ++c)
            clients.emplace_back([&] {
                httplib::Client client("127.0.0.1", server.port());
                client.set_read_timeout(60, 0);
                client.set_write_timeout(60, 0);
                for (int i = 0; i < 12 && std::chrono::steady_clock::now() < stopAt; ++i) {
                    auto res = client.Post("/api/v1/sync", body, "application/json");
                    ++sent;
                    // Refused before any document is built: as too deep, or, once this
                    // address has sent enough unauthenticated noise, by its rate limit (which
                    // then reads no JSON at all). How many reach the limit depends on the pace.
                    if (res && ((res->status == 400 &&
                                 res->body.find("json_too_deep") != std::string::npos) ||
                                (res->status == 429 &&
                                 res->body.find("rate_limited") != std::string::npos)))
                        ++refusedAsTooDeep;
                }
                --flooding;
            });
        int asked = 0, answered = 0;
        double worstMs = 0;
        while (flooding > 0 && asked < 400) {
            const auto t0 = std::chrono::steady_clock::now();
            httplib::Client probe("127.0.0.1", server.port());
            probe.set_read_timeout(10, 0);
            auto res = probe.Get("/healthz");
            ++asked;
            answered += res && res->status == 200;
            worstMs = std::max(worstMs, std::chrono::duration<double, std::milli>(
                                            std::chrono::steady_clock::now() - t0)
                                            .count());
            std::this_thread::sleep_for(std::chrono::milliseconds(100)); // a probe's pace
        }
        for (auto& t : clients)
            t.join();
        const long peak = peakRssKiB(pid);
        qInfo("nested flood: %d bodies of 8 MiB, %d refused unparsed (too deep or rate-limited); healthz %d/%d answered, "
              "worst %.1f ms; server peak RSS %.1f MiB (%.1f MiB before)",
              sent.load(), refusedAsTooDeep.load(), answered, asked, worstMs, peak / 1024.0,
              before / 1024.0);
        QVERIFY(sent > 0);
        QCOMPARE(refusedAsTooDeep.load(), sent.load());
        QCOMPARE(answered, asked);
        QVERIFY(peak > 0);
        QVERIFY2(peak <= 200 * 1024, QByteArray::number(static_cast<qlonglong>(peak / 1024)) + " MiB");
        server.process().terminate();
        QVERIFY(server.process().waitForFinished(10000));
    }
};

} // namespace tst_nested_flood

NOK_TEST_GUILESS_MAIN(tst_nested_flood, TstNestedFlood)
#include "tst_nested_flood.moc"
