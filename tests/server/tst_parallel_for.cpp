// parallelFor, which spreads a batch's crypto over the cores: every index is visited exactly
// once whatever the worker count, small inputs stay on the caller's thread, and an exception
// from any worker reaches the caller after all workers have stopped.
#include "service/parallel_for.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>
#include "test_program.h"

namespace tst_parallel_for {

using namespace nok::server;

class TstParallelFor : public QObject {
    Q_OBJECT
  private slots:
    void everyIndexExactlyOnce_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("workers");
        for (int n : {0, 1, 15, 16, 33, 500, 1001})
            for (int w : {1, 2, 3, 8})
                QTest::addRow("n=%d workers=%d", n, w) << n << w;
    }
    void everyIndexExactlyOnce() {
        QFETCH(int, n);
        QFETCH(int, workers);
        std::vector<std::atomic<int>> visits(static_cast<std::size_t>(n));
        parallelFor(static_cast<std::size_t>(n), static_cast<std::size_t>(workers),
                    [&](std::size_t i) { visits[i].fetch_add(1); });
        for (int i = 0; i < n; ++i)
            QCOMPARE(visits[static_cast<std::size_t>(i)].load(), 1);
    }

    void largeInputUsesSeveralThreads() {
        std::mutex lock;
        std::set<std::thread::id> threads;
        parallelFor(400, 4, [&](std::size_t) {
            std::lock_guard guard(lock);
            threads.insert(std::this_thread::get_id());
        });
        QCOMPARE(threads.size(), std::size_t(4));
    }

    void smallInputStaysOnTheCallersThread() {
        std::set<std::thread::id> threads;
        parallelFor(kMinItemsPerWorker, 8,
                    [&](std::size_t) { threads.insert(std::this_thread::get_id()); });
        QCOMPARE(threads.size(), std::size_t(1));
        QVERIFY(threads.count(std::this_thread::get_id()) == 1);
    }

    void exceptionReachesTheCallerAfterAllWorkersStop() {
        std::atomic<int> done{0};
        bool caught = false;
        try {
            parallelFor(200, 4, [&](std::size_t i) {
                if (i == 101) throw std::runtime_error("item 101 failed");
                done.fetch_add(1);
            });
        } catch (const std::runtime_error& e) {
            caught = QByteArray(e.what()) == "item 101 failed";
        }
        QVERIFY(caught);
        // The other three workers finished their shares (150 items); only the failing worker's
        // remaining items were skipped.
        QVERIFY(done.load() >= 150);
        QVERIFY(done.load() < 199);
    }
};

} // namespace tst_parallel_for

NOK_TEST_GUILESS_MAIN(tst_parallel_for, TstParallelFor)
#include "tst_parallel_for.moc"
