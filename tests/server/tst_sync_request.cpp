// The sync request reader: the plain-form scanner must give exactly what the general JSON path
// gives whenever it answers at all, and hand every other spelling to that path, so a device
// never sees a different receipt or error because of how its JSON was written.
#include "http/sync_request.h"
#include "http/wire_json.h"

#include <QtTest>

#include <string>
#include "test_program.h"

namespace tst_sync_request {

using namespace nok::server;
using namespace nok::server::http;

namespace {

httplib::Request jsonRequest(std::string body) {
    httplib::Request req;
    req.set_header("Content-Type", "application/json");
    req.body = std::move(body);
    return req;
}

std::string describe(const SyncRequest& r) {
    std::string out = "device=" + r.device;
    for (const auto& item : r.items)
        out += " | sealed=" + item.sealed.value_or("-") + " payload=" + item.payload.value_or("-") +
               " sig=" + item.sig.value_or("-") + " malformed=" + item.malformed;
    return out;
}

std::string describe(const nok::Result<SyncRequest>& r) {
    return r ? describe(*r) : "error " + r.error().code + " at " + r.error().field;
}

} // namespace

class TstSyncRequest : public QObject {
    Q_OBJECT

  private slots:
    void plainBodiesScanLikeTheJsonParser_data() {
        QTest::addColumn<QString>("body");
        QTest::newRow("sealed items") << R"({"device":"dev-1","items":[{"sealed":"AAAA"},{"sealed":"QUJD"}]})";
        QTest::newRow("plain item, keys reversed, spaces")
            << " {\n \"items\" : [ { \"sig\" : \"c2ln\" , \"payload\" : \"cA==\" } ] ,\r\n\t\"device\" : \"d\" } ";
        QTest::newRow("no items") << R"({"device":"d","items":[]})";
        QTest::newRow("both kinds in one item") << R"({"device":"d","items":[{"sealed":"A","sig":"B"}]})";
        QTest::newRow("payload without sig") << R"({"device":"d","items":[{"payload":"A"}]})";
        QTest::newRow("empty device") << R"({"device":"","items":[{"sealed":"A"}]})";
    }
    void plainBodiesScanLikeTheJsonParser() {
        QFETCH(QString, body);
        const std::string text = body.toStdString();
        auto scanned = scanPlainSyncRequest(text);
        QVERIFY2(scanned, "a plain body must take the fast path");
        auto parsed = parseSyncRequestJson(jsonRequest(text));
        QVERIFY(parsed.ok());
        QCOMPARE(describe(*scanned), describe(*parsed));
        QCOMPARE(describe(readSyncRequest(jsonRequest(text))), describe(*parsed));
    }

    // Every other spelling goes to the general path and gets its answer, valid or not.
    void otherBodiesGetTheGeneralAnswer_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("escaped slash in base64")
            << R"({"device":"d","items":[{"sealed":"ab\/c"}]})"
            << "device=d | sealed=ab/c payload=- sig=- malformed=";
        QTest::newRow("unknown item key is ignored")
            << R"({"device":"d","items":[{"sealed":"A","note":"x"}]})"
            << "device=d | sealed=A payload=- sig=- malformed=";
        QTest::newRow("unknown top-level key is ignored")
            << R"({"device":"d","v":2,"items":[]})" << "device=d";
        QTest::newRow("empty item")
            << R"({"device":"d","items":[{}]})"
            << "device=d | sealed=- payload=- sig=- malformed=an item needs sealed, or payload and sig";
        QTest::newRow("item not an object")
            << R"({"device":"d","items":["A"]})"
            << "device=d | sealed=- payload=- sig=- malformed=an item must be an object";
        QTest::newRow("sealed is a number")
            << R"({"device":"d","items":[{"sealed":5}]})"
            << "device=d | sealed=- payload=- sig=- malformed=sealed must be a base64 string";
        QTest::newRow("non-ASCII device") << "{\"device\":\"\xc3\xa9\",\"items\":[]}"
                                          << "device=\xc3\xa9";
        QTest::newRow("repeated device: the last one counts")
            << R"({"device":"a","device":"b","items":[]})" << "device=b";
        QTest::newRow("device missing") << R"({"items":[]})" << "error invalid_request at device";
        QTest::newRow("items not an array") << R"({"device":"d","items":{}})"
                                            << "error invalid_request at items";
        QTest::newRow("trailing garbage") << R"({"device":"d","items":[]} x)"
                                          << "error malformed_json at ";
        QTest::newRow("unterminated string") << "{\"device\":\"d\",\"items\":[{\"sealed\":\"AAAA"
                                             << "error malformed_json at ";
        QTest::newRow("raw newline inside a string") << "{\"device\":\"d\n\",\"items\":[]}"
                                                     << "error malformed_json at ";
        QTest::newRow("not an object") << R"([])" << "error malformed_json at ";
    }
    void otherBodiesGetTheGeneralAnswer() {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const std::string text = body.toStdString();
        QVERIFY2(!scanPlainSyncRequest(text), "only the plain form may take the fast path");
        QCOMPARE(QString::fromStdString(describe(readSyncRequest(jsonRequest(text)))), expected);
    }

    void batchOfMoreThan500ItemsIsRefusedNamingItems() {
        std::string body = R"({"device":"d","items":[)";
        for (int i = 0; i < 501; ++i)
            body += std::string(i ? "," : "") + R"({"sealed":"AAAA"})";
        body += "]}";
        QVERIFY(!scanPlainSyncRequest(body));
        auto r = readSyncRequest(jsonRequest(body));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("too_many_items"));
        QCOMPARE(r.error().field, std::string("items"));
        body.replace(body.find(R"({"sealed":"AAAA"},)"), 18, ""); // 500 items: accepted
        auto fits = readSyncRequest(jsonRequest(body));
        QVERIFY(fits.ok());
        QCOMPARE(fits->items.size(), std::size_t(500));
    }

    // The receipts are written without a JSON document; they must read back as the same values,
    // whatever a reason quotes from a payload.
    void receiptsTextReadsBackAsTheReceipts() {
        std::vector<Receipt> receipts{
            {0, "6f1c3f9e-0b1a-4c2d-9e8f-123456789abc", "stored", std::nullopt},
            {1, std::nullopt, "rejected", "bad_signature: the signature does not verify"},
            {2, "6f1c3f9e-0b1a-4c2d-9e8f-123456789abd", "rejected",
             "org_not_allowed: \"дом\" \\ \n\t\x01 'org'"},
        };
        const std::string text = receiptsText(receipts);
        const auto parsed = nlohmann::json::parse(text);
        QCOMPARE(parsed["receipts"].size(), std::size_t(3));
        for (std::size_t i = 0; i < receipts.size(); ++i) {
            const auto& r = parsed["receipts"][i];
            QCOMPARE(r["index"].get<std::size_t>(), receipts[i].index);
            QCOMPARE(r["status"].get<std::string>(), receipts[i].status);
            QCOMPARE(r["id"].is_null(), !receipts[i].id);
            if (receipts[i].id) QCOMPARE(r["id"].get<std::string>(), *receipts[i].id);
            QCOMPARE(r["reason"].is_null(), !receipts[i].reason);
            if (receipts[i].reason) QCOMPARE(r["reason"].get<std::string>(), *receipts[i].reason);
        }
        QCOMPARE(text, parsed.dump()); // compact, keys in nlohmann's order: the bytes devices saw
        QCOMPARE(receiptsText({}), std::string(R"({"receipts":[]})"));
    }

    void wrongContentTypeIsRefusedBeforeReading() {
        httplib::Request req = jsonRequest(R"({"device":"d","items":[]})");
        req.headers.clear();
        req.set_header("Content-Type", "text/plain");
        auto r = readSyncRequest(req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("unsupported_media_type"));
    }
};

} // namespace tst_sync_request

NOK_TEST_APPLESS_MAIN(tst_sync_request, TstSyncRequest)
#include "tst_sync_request.moc"
