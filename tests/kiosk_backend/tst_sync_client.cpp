// One batch exchange against the scripted server, and the rules for receipts that cannot be tied
// to an item: those items must stay in the outbox, so they are reported as "no receipt".
#include "kiosk_test_support.h"
#include "sync_client.h"

#include <QtTest>

#include <nlohmann/json.hpp>
#include "test_program.h"

namespace tst_sync_client {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;
using nlohmann::json;

class TestSyncClient : public QObject {
    Q_OBJECT

    std::vector<SyncItem> items() {
        return {{"11111111-1111-4111-8111-111111111111", "x"},
                {"22222222-2222-4222-8222-222222222222", "y"}};
    }

  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void receiptsMapToItemsByIndexAndId() {
        const std::string body = R"({"receipts":[
            {"index":1,"id":"22222222-2222-4222-8222-222222222222","status":"rejected","reason":"conflict"},
            {"index":0,"id":"11111111-1111-4111-8111-111111111111","status":"duplicate","reason":null}]})";
        auto r = parseReceipts(body, items());
        QVERIFY(r);
        QCOMPARE(r->size(), std::size_t(2));
        QVERIFY((*r)[0] && (*r)[0]->status == ReceiptStatus::Duplicate);
        QVERIFY((*r)[1] && (*r)[1]->status == ReceiptStatus::Rejected);
        QCOMPARE((*r)[1]->reason, std::string("conflict"));
    }

    void receiptsThatDoNotFitAreIgnored() {
        const std::string body = R"({"receipts":[
            {"index":0,"id":"33333333-3333-4333-8333-333333333333","status":"stored"},
            {"index":7,"id":null,"status":"stored"},
            {"index":1,"id":null,"status":"maybe"}]})";
        auto r = parseReceipts(body, items());
        QVERIFY(r);
        QVERIFY2(!(*r)[0], "a receipt for another id must not remove this item");
        QVERIFY2(!(*r)[1], "an unknown status must not remove the item");
        QVERIFY(!parseReceipts("{\"receipt\": []}", items()));
        QVERIFY(!parseReceipts("<html>", items()));
    }

    void aSignedExchangeWithTheScriptedServer() {
        FakeSyncServer server;
        QTemporaryDir dir;
        const QString device = enrollAt(dir.path(), server);
        QVERIFY(!device.isEmpty());
        HttpEndpoint endpoint(server.url());
        // Garbage is not sealed for the server: it answers "rejected", signed.
        auto r = exchangeBatch(endpoint, device.toStdString(), server.signKeys().publicKey,
                               {{"a", "garbage"}});
        QVERIFY2(r, r ? "" : r.error().describe().c_str());
        QVERIFY((*r)[0] && (*r)[0]->status == ReceiptStatus::Rejected);
        QCOMPARE((*r)[0]->reason, std::string("seal_open_failed"));
        // The same answer checked against another key is not trusted at all.
        const auto other = crypto::generateSigningKeyPair();
        auto untrusted =
            exchangeBatch(endpoint, device.toStdString(), other.publicKey, {{"a", "garbage"}});
        QVERIFY(!untrusted);
        QCOMPARE(untrusted.error().code, std::string("bad_receipt_signature"));
        // An unknown device is refused for the whole batch.
        auto unknown = exchangeBatch(endpoint, "dev-ffffffffffff", server.signKeys().publicKey,
                                     {{"a", "garbage"}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, std::string("device_not_accepted"));
        std::vector<SyncItem> tooMany(501, SyncItem{"a", "b"});
        auto big =
            exchangeBatch(endpoint, device.toStdString(), server.signKeys().publicKey, tooMany);
        QVERIFY(!big);
        QCOMPARE(big.error().code, std::string("batch_too_large"));
        QCOMPARE(server.syncRequests(), 3); // the oversized batch never left the kiosk
    }

    void aReceiptIsActedOnOnlyForTheBatchItAnswers() {
        FakeSyncServer server;
        QTemporaryDir dir;
        const std::string device = enrollAt(dir.path(), server).toStdString();
        QVERIFY(!device.empty());
        HttpEndpoint endpoint(server.url());
        const auto& key = server.signKeys().publicKey;
        auto first = exchangeBatch(endpoint, device, key, {{"a", "garbage"}});
        QVERIFY2(first, first ? "" : first.error().describe().c_str());
        const auto recorded = server.lastSyncAnswer();
        QVERIFY(json::parse(recorded.body)["batch"].is_string());
        // Replayed for another batch: a transport failure, not a receipt.
        server.setReplay(recorded);
        server.setFault(FakeSyncServer::Fault::Replay);
        auto replayed = exchangeBatch(endpoint, device, key, {{"b", "other garbage"}});
        QVERIFY(!replayed);
        QCOMPARE(replayed.error().code, std::string("receipt_not_for_this_batch"));
        // An answer without a binding (a server older than this kiosk) is not acted on either.
        const std::string unbound = R"({"receipts":[{"index":0,"id":null,"status":"rejected","reason":"x"}]})";
        server.setReplay({unbound, crypto::toBase64(crypto::sign(server.signKeys().secretKey, unbound))});
        auto old = exchangeBatch(endpoint, device, key, {{"b", "other garbage"}});
        QVERIFY(!old);
        QCOMPARE(old.error().code, std::string("receipt_not_for_this_batch"));
    }
};

} // namespace tst_sync_client

NOK_TEST_GUILESS_MAIN(tst_sync_client, TestSyncClient)
#include "tst_sync_client.moc"
