// Result<T> and Error: the value/error contract every layer relies on.
#include "nok/result.h"

#include <QTest>
#include "test_program.h"

namespace tst_result {

using nok::Error;
using nok::Result;

class TstResult : public QObject {
    Q_OBJECT
  private slots:
    void valueAndError() {
        Result<int> good = 42;
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad =
            nok::makeError("out_of_range", "must be an integer from 14 to 120", "age");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, std::string("out_of_range"));
        QCOMPARE(bad.error().describe(), std::string("age: must be an integer from 14 to 120"));
    }
    void voidStatus() {
        nok::Status fine;
        QVERIFY(fine.ok());
        nok::Status broken = nok::makeError("io", "disk full");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().describe(), std::string("disk full"));
    }
    void fieldPathsNest() {
        Error e = nok::makeError("out_of_range", "must be an integer from 14 to 120", "age");
        QCOMPARE(e.under("answers").under("responses[17]").field,
                 std::string("responses[17].answers.age"));
        Error idx = nok::makeError("x", "y", "[3]");
        QCOMPARE(idx.under("items").field, std::string("items[3]"));
        Error none = nok::makeError("x", "y");
        QCOMPARE(none.under("campaign").field, std::string("campaign"));
    }
};

} // namespace tst_result

NOK_TEST_APPLESS_MAIN(tst_result, TstResult)
#include "tst_result.moc"
