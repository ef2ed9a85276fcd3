// Retry delays: doubling from 5 s, half fixed and half random, never above 15 minutes.
#include "backoff.h"

#include <QtTest>
#include "test_program.h"

namespace tst_backoff {

using nok::kiosk::BackoffPolicy;

class TestBackoff : public QObject {
    Q_OBJECT
  private slots:
    void ceilingDoublesUpToTheCap() {
        const BackoffPolicy p;
        QCOMPARE(p.ceilingMs(1), 5'000);
        QCOMPARE(p.ceilingMs(2), 10'000);
        QCOMPARE(p.ceilingMs(3), 20'000);
        QCOMPARE(p.ceilingMs(8), 640'000);
        QCOMPARE(p.ceilingMs(9), 900'000);      // 1,280 s would exceed 15 min
        QCOMPARE(p.ceilingMs(10'000), 900'000); // no overflow after days offline
    }

    void jitterStaysWithinHalfAndFullCeiling() {
        const BackoffPolicy p;
        QCOMPARE(p.delayMs(3, [](std::int64_t) { return std::int64_t(0); }), 10'000);
        QCOMPARE(p.delayMs(3, [](std::int64_t n) { return n; }), 20'000);
        for (int attempts = 1; attempts <= 12; ++attempts) {
            std::int64_t lo = INT64_MAX, hi = 0;
            for (int i = 0; i < 200; ++i) {
                const auto d = p.delayMs(attempts);
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
            QVERIFY2(lo >= p.ceilingMs(attempts) / 2, qPrintable(QString::number(attempts)));
            QVERIFY(hi <= p.ceilingMs(attempts));
            QVERIFY2(hi > lo, "the delay is randomised, so kiosks do not retry in lockstep");
        }
    }
};

} // namespace tst_backoff

NOK_TEST_GUILESS_MAIN(tst_backoff, TestBackoff)
#include "tst_backoff.moc"
