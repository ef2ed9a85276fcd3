// One reading of a signed payload (issue 13, point 5): a payload with a key repeated at any
// level, a seq outside 1…2^53−1 or a day after the server's tomorrow is refused with its own
// reason; nothing of it is stored or counted, and the valid items of the same batch are stored.
// Also the receipt binding of point 7 as the server gives it: with X-Nok-Batch the signed body
// names the hash of the request body; without it the body is as it always was.
#include "server_fixture.h"

#include <QTest>
#include "test_program.h"

namespace tst_payload_rules {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

// Signed as given: the device's key over bytes the test wrote by hand.
json signedBytes(const Device& d, const std::string& bytes) {
    return survey::plainItemJson(survey::signPayload(bytes, d.keys.secretKey));
}

// The payload's bytes with `insert` placed right after the first occurrence of `after`.
std::string spliced(const survey::ResponsePayload& p, const std::string& after,
                    const std::string& insert) {
    std::string bytes = survey::encodePayload(p);
    const auto at = bytes.find(after);
    if (at == std::string::npos) qFatal("no '%s' in the payload", after.c_str());
    bytes.insert(at + after.size(), insert);
    return bytes;
}

std::string reasonOf(const json& receipts, std::size_t i) {
    const auto& r = receipts[i]["reason"];
    return r.is_string() ? r.get<std::string>() : std::string();
}

} // namespace

class TstPayloadRules : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void payloadsWithTwoReadingsOrImpossibleNumbersAreRefused() {
        server::http::ServerOptions options;
        options.today = [] { return std::string("2026-11-20"); };
        ServerFixture f(options);
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        QVERIFY(!d.id.empty());

        auto good1 = d.payload();
        auto dupSeq = d.payload();
        auto dupNested = d.payload();
        auto seq0 = d.payload();
        auto seq2p53 = d.payload();
        auto seq2p62 = d.payload();
        auto farDay = d.payload();
        auto dayAfterTomorrow = d.payload();
        auto tomorrow = d.payload();
        auto maxSeq = d.payload();
        seq0.seq = 0;
        seq2p53.seq = std::int64_t(1) << 53;
        seq2p62.seq = std::int64_t(1) << 62;
        farDay.day = "2099-12-31";
        dayAfterTomorrow.day = "2026-11-22";
        tomorrow.day = "2026-11-21"; // a kiosk east of the server is already there
        maxSeq.seq = survey::kMaxSeq;
        const std::string seqText = "\"seq\":" + std::to_string(dupSeq.seq);
        const json items = json::array({
            d.plain(good1),
            // "seq" twice: nlohmann keeps the last, another reader the first.
            signedBytes(d, spliced(dupSeq, seqText, ",\"seq\":1")),
            // A repeated answer inside "answers".
            signedBytes(d, spliced(dupNested, "\"answers\":{", "\"stand_used\":\"no\",")),
            d.plain(seq0),
            d.sealed(seq2p53),
            d.plain(seq2p62),
            d.plain(farDay),
            d.plain(dayAfterTomorrow),
            d.plain(tomorrow),
            d.sealed(maxSeq),
        });
        auto res = f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}});
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        const json receipts = json::parse(res->body)["receipts"];
        QCOMPARE(receipts.size(), items.size());

        const std::vector<std::pair<std::size_t, std::string>> refused = {
            {1, "duplicate_key: seq: "},
            {2, "duplicate_key: answers.stand_used: "},
            {3, "seq_out_of_range: seq: "},
            {4, "seq_out_of_range: seq: "},
            {5, "seq_out_of_range: seq: "},
            {6, "day_in_future: day: is 2099-12-31"},
            {7, "day_in_future: day: is 2026-11-22"},
        };
        for (const auto& [i, prefix] : refused)
            QVERIFY2(receipts[i]["status"] == "rejected" &&
                         reasonOf(receipts, i).rfind(prefix, 0) == 0,
                     ("item " + std::to_string(i) + ": expected '" + prefix + "...', got " +
                      receipts[i].dump())
                         .c_str());
        for (std::size_t i : {std::size_t(0), std::size_t(8), std::size_t(9)})
            JCOMPARE(receipts[i]["status"], "stored");

        // Only the three valid items are stored or counted anywhere.
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 3);
        QCOMPARE(f.count("SELECT count(*) FROM quarantine"), 0);
        QCOMPARE(f.count("SELECT complete FROM response_counts WHERE org = 'org-1'"), 3);
        QCOMPARE(f.count("SELECT count FROM answer_tallies WHERE org = 'org-1' AND "
                         "question = 'stand_used' AND value = 'yes'"),
                 3);
        QCOMPARE(f.count("SELECT coalesce(sum(stored), 0) FROM device_daily_counts"), 3);
        QCOMPARE(f.count("SELECT last_seq FROM devices WHERE id = '" + d.id + "'"),
                 survey::kMaxSeq);
        for (const auto& p : {dupSeq, dupNested, seq2p62, farDay})
            QCOMPARE(f.count("SELECT count(*) FROM responses WHERE id = '" + p.id + "'"), 0);
    }

    void aReceiptNamesTheBatchItAnswersWhenAsked() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        const std::string body =
            json{{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}}.dump();
        auto c = f.client();
        auto bound = c.Post("/api/v1/sync", {{"X-Nok-Batch", crypto::sha256Hex(body)}}, body,
                            "application/json");
        QVERIFY(bound);
        QCOMPARE(bound->status, 200);
        auto sig = crypto::fromBase64(bound->get_header_value("X-Nok-Signature"));
        QVERIFY(sig && crypto::verify(d.serverSignKey, bound->body, *sig));
        JCOMPARE(json::parse(bound->body)["batch"], crypto::sha256Hex(body));

        // An old kiosk asks for nothing and gets the body it always got.
        auto old = f.postJson("/api/v1/sync",
                              {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}});
        QVERIFY(old);
        QCOMPARE(old->status, 200);
        QVERIFY(!json::parse(old->body).contains("batch"));
        QVERIFY(old->body.rfind("{\"receipts\":[", 0) == 0);

        // A hash that is not the body's: nothing is stored.
        auto p = d.payload();
        const std::string other =
            json{{"device", d.id}, {"items", json::array({d.sealed(p)})}}.dump();
        auto wrong = c.Post("/api/v1/sync", {{"X-Nok-Batch", crypto::sha256Hex(body)}}, other,
                            "application/json");
        QVERIFY(wrong);
        QCOMPARE(wrong->status, 400);
        JCOMPARE(errorOf(wrong->body)["code"], "batch_mismatch");
        QCOMPARE(f.count("SELECT count(*) FROM responses WHERE id = '" + p.id + "'"), 0);
    }
};

} // namespace tst_payload_rules

NOK_TEST_GUILESS_MAIN(tst_payload_rules, TstPayloadRules)
#include "tst_payload_rules.moc"
