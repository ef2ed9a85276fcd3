// The one display rounding of figures (nok/format/ru_number.h): half up on the decimal figure,
// decimal comma, two places, and the cases where printf's "%.2f" and round(x·100)/100 disagree
// with a person rounding the printed number (the dashboard and the report once differed so).
#include "nok/format/ru_number.h"

#include <QTest>

#include <cmath>
#include <limits>
#include "test_program.h"

namespace tst_ru_number {

using namespace nok::format;

class TstRuNumber : public QObject {
    Q_OBJECT
  private slots:
    void roundsHalfUpOnTheDecimalFigure() {
        QCOMPARE(ruDecimal(78.125), std::string("78,13")); // printf "%.2f" gives 78.12
        QCOMPARE(ruDecimal(1.005), std::string("1,01"));   // the double is 1.00499999…
        QCOMPARE(ruDecimal(2.675), std::string("2,68"));
        QCOMPARE(ruDecimal(92.04980842911877), std::string("92,05"));
        QCOMPARE(ruDecimal(99.995), std::string("100,00")); // carries into the whole part
        QCOMPARE(ruDecimal(0.004999), std::string("0,00"));
    }

    void alwaysTwoPlacesWithADecimalComma() {
        QCOMPARE(ruDecimal(90.0), std::string("90,00"));
        QCOMPARE(ruDecimal(83.15), std::string("83,15"));
        QCOMPARE(ruDecimal(0.0), std::string("0,00"));
        QCOMPARE(ruDecimal(1e-9), std::string("0,00"));
        QCOMPARE(ruDecimal(78.125, 1), std::string("78,1"));
        QCOMPARE(ruDecimal(78.15, 1), std::string("78,2"));
        QCOMPARE(ruDecimal(7.5, 0), std::string("8"));
    }

    void negativeValuesRoundAwayFromZeroAndZeroHasNoSign() {
        QCOMPARE(ruDecimal(-1.005), std::string("-1,01"));
        QCOMPARE(ruDecimal(-0.001), std::string("0,00"));
        QCOMPARE(ruDecimal(-12.5), std::string("-12,50"));
    }

    void trimmedDropsTrailingZeros() {
        QCOMPARE(ruDecimalTrimmed(90.0), std::string("90"));
        QCOMPARE(ruDecimalTrimmed(82.5), std::string("82,5"));
        QCOMPARE(ruDecimalTrimmed(78.125), std::string("78,13"));
        QCOMPARE(ruDecimalTrimmed(0.001), std::string("0"));
    }

    void notFiniteIsEmpty() {
        QCOMPARE(ruDecimal(std::numeric_limits<double>::quiet_NaN()), std::string());
        QCOMPARE(ruDecimal(std::numeric_limits<double>::infinity()), std::string());
    }

    void countsGroupFromTenThousand() {
        QCOMPARE(ruCount(259), std::string("259"));
        QCOMPARE(ruCount(1234), std::string("1234"));
        QCOMPARE(ruCount(12345), std::string("12\u00A0345"));
        QCOMPARE(ruCount(1234567), std::string("1\u00A0234\u00A0567"));
        QCOMPARE(ruCount(-12345), std::string("-12\u00A0345"));
    }
};

} // namespace tst_ru_number

NOK_TEST_APPLESS_MAIN(tst_ru_number, TstRuNumber)
#include "tst_ru_number.moc"
