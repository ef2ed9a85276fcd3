// Signed response payloads: the exact bytes a device signs and the server stores, their strict
// decoding, and the sealed wire form sig || payload.
#include "nok/survey/response_payload.h"

#include <QDateTime>
#include <QTest>
#include "test_program.h"

namespace tst_response_payload {

using namespace nok::survey;
namespace crypto = nok::crypto;
using nlohmann::json;

namespace {

ResponsePayload samplePayload() {
    ResponsePayload p;
    p.id = "123e4567-e89b-42d3-a456-426614174000";
    p.device = "dev-7";
    p.org = "org-12";
    p.campaign = "2026-spring";
    p.questionnaire = "social-675n/1";
    p.channel = "kiosk";
    p.day = "2026-03-14";
    p.seq = 3;
    p.answers = json{{"q2", "no"}, {"age", 34}, {"comment", "Очень хорошо"}, {"q1", "yes"}};
    return p;
}

// The sample encoded, with one field replaced or removed (value null = remove).
std::string sampleWith(const std::string& key, const json& value) {
    json doc = json::parse(encodePayload(samplePayload()));
    if (value.is_null())
        doc.erase(key);
    else
        doc[key] = value;
    return doc.dump();
}

} // namespace

class TstResponsePayload : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void encodeHasContractKeyOrder() {
        const std::string bytes = encodePayload(samplePayload());
        QCOMPARE(bytes,
                 std::string(
                     R"({"v":1,"id":"123e4567-e89b-42d3-a456-426614174000","device":"dev-7",)"
                     R"("org":"org-12","campaign":"2026-spring","questionnaire":"social-675n/1",)"
                     R"("channel":"kiosk","day":"2026-03-14","seq":3,)"
                     R"("answers":{"age":34,"comment":"Очень хорошо","q1":"yes","q2":"no"}})"));
    }

    void encodeDecodeRoundTrip() {
        const ResponsePayload p = samplePayload();
        auto decoded = decodePayload(encodePayload(p));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().describe().c_str());
        QCOMPARE(decoded->v, 1);
        QCOMPARE(decoded->id, p.id);
        QCOMPARE(decoded->device, p.device);
        QCOMPARE(decoded->org, p.org);
        QCOMPARE(decoded->campaign, p.campaign);
        QCOMPARE(decoded->questionnaire, p.questionnaire);
        QCOMPARE(decoded->channel, p.channel);
        QCOMPARE(decoded->day, p.day);
        QCOMPARE(decoded->seq, p.seq);
        QVERIFY(decoded->answers == p.answers);
        QCOMPARE(encodePayload(*decoded), encodePayload(p));
    }

    void encodeIsByteIdenticalForEqualPayloads() {
        ResponsePayload a = samplePayload();
        ResponsePayload b = samplePayload();
        // Same answers inserted in another order.
        b.answers = json::object();
        b.answers["q1"] = "yes";
        b.answers["comment"] = "Очень хорошо";
        b.answers["age"] = 34;
        b.answers["q2"] = "no";
        QCOMPARE(encodePayload(a), encodePayload(b));
        b.seq = 4;
        QVERIFY(encodePayload(a) != encodePayload(b));
    }

    void encodeEscapesStrings() {
        ResponsePayload p = samplePayload();
        p.answers = json{{"comment", "quote \" backslash \\ newline \n"}};
        auto decoded = decodePayload(encodePayload(p));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->answers["comment"].get<std::string>(),
                 std::string("quote \" backslash \\ newline \n"));
    }

    void encodeInvalidUtf8DoesNotThrow() {
        ResponsePayload p = samplePayload();
        p.answers = json{{"comment", std::string("bad \xff byte")}};
        const std::string bytes = encodePayload(p);
        QVERIFY(decodePayload(bytes).ok());
    }

    void decodeErrors_data() {
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto row = [](const char* name, const std::string& bytes, const char* code,
                      const char* field) {
            QTest::newRow(name) << QString::fromStdString(bytes) << code << field;
        };
        row("not json", "{\"v\":1,", "invalid_json", "");
        row("empty", "", "invalid_json", "");
        row("array", "[1,2,3]", "invalid_type", "");
        row("missing id", sampleWith("id", nullptr), "missing_field", "id");
        row("missing answers", sampleWith("answers", nullptr), "missing_field", "answers");
        row("missing seq", sampleWith("seq", nullptr), "missing_field", "seq");
        row("missing v", sampleWith("v", nullptr), "missing_field", "v");
        row("bad uuid", sampleWith("id", "not-a-uuid"), "invalid_value", "id");
        row("uuid v1", sampleWith("id", "123e4567-e89b-12d3-a456-426614174000"), "invalid_value",
            "id");
        row("id not string", sampleWith("id", 5), "invalid_type", "id");
        row("unknown channel", sampleWith("channel", "telegram"), "invalid_value", "channel");
        row("bad day format", sampleWith("day", "14.03.2026"), "invalid_value", "day");
        row("impossible day", sampleWith("day", "2026-02-30"), "invalid_value", "day");
        row("day with time", sampleWith("day", "2026-03-14T10:00:00Z"), "invalid_value", "day");
        row("wrong v", sampleWith("v", 2), "unsupported_version", "v");
        row("v as string", sampleWith("v", "1"), "invalid_type", "v");
        row("seq zero", sampleWith("seq", 0), "seq_out_of_range", "seq");
        row("seq 2^53", sampleWith("seq", std::int64_t(1) << 53), "seq_out_of_range", "seq");
        row("seq 2^62", sampleWith("seq", std::int64_t(1) << 62), "seq_out_of_range", "seq");
        row("seq past int64", sampleWith("seq", std::uint64_t(1) << 63), "seq_out_of_range", "seq");
        std::string twice = sampleWith("v", 1);
        twice.insert(twice.find("\"answers\":{") + 11, "\"age\":30,");
        twice.insert(twice.find("\"answers\":{") + 11, "\"age\":31,");
        row("key twice in answers", twice, "duplicate_key", "answers.age");
        row("key twice at the top", "{\"v\":1,\"v\":1}", "duplicate_key", "v");
        row("seq float", sampleWith("seq", 1.5), "invalid_type", "seq");
        row("answers array", sampleWith("answers", json::array()), "invalid_type", "answers");
        row("empty org", sampleWith("org", ""), "invalid_value", "org");
        row("unknown field", sampleWith("time", "10:00"), "unknown_field", "time");
    }
    void decodeErrors() {
        QFETCH(QString, bytes);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto decoded = decodePayload(bytes.toStdString());
        QVERIFY(!decoded.ok());
        QCOMPARE(QString::fromStdString(decoded.error().code), code);
        QCOMPARE(QString::fromStdString(decoded.error().field), field);
    }

    void channels() {
        for (const char* c : {"kiosk", "interview", "web", "paper"})
            QVERIFY(isKnownChannel(c));
        QVERIFY(!isKnownChannel("Kiosk"));
        QVERIFY(!isKnownChannel(""));
        QVERIFY(!isKnownChannel("email"));
    }

    void isoDays() {
        QVERIFY(isIsoDay("2026-01-31"));
        QVERIFY(isIsoDay("2024-02-29"));  // leap year
        QVERIFY(isIsoDay("2000-02-29"));  // divisible by 400
        QVERIFY(!isIsoDay("1900-02-29")); // divisible by 100, not by 400
        QVERIFY(!isIsoDay("2026-02-29"));
        QVERIFY(!isIsoDay("2026-02-30"));
        QVERIFY(!isIsoDay("2026-04-31"));
        QVERIFY(!isIsoDay("2026-13-01"));
        QVERIFY(!isIsoDay("2026-00-10"));
        QVERIFY(!isIsoDay("2026-01-00"));
        QVERIFY(!isIsoDay("2026-1-01"));
        QVERIFY(!isIsoDay("2026/01/01"));
        QVERIFY(!isIsoDay("2026-01-01 "));
        QVERIFY(!isIsoDay("２026-01-01"));
        QVERIFY(!isIsoDay(""));
    }

    void todayIsAnIsoDayNearNow() {
        const std::string today = todayUtc();
        QVERIFY2(isIsoDay(today), today.c_str());
        const QString expected = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QString before =
            QDateTime::currentDateTimeUtc().addSecs(-5).date().toString(Qt::ISODate);
        const QString got = QString::fromStdString(today);
        QVERIFY2(got == expected || got == before, today.c_str());
    }

    void signSealOpenVerifyRoundTrip() {
        const auto device = crypto::generateSigningKeyPair();
        const auto server = crypto::generateSealingKeyPair();
        const std::string bytes = encodePayload(samplePayload());
        const SignedItem item = signPayload(bytes, device.secretKey);
        QCOMPARE(item.payload, bytes);
        QCOMPARE(item.sig.size(), crypto::kSignatureSize);
        auto box = sealItem(item, server.publicKey);
        QVERIFY(box.ok());
        auto opened = openSealedItem(*box, server);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().describe().c_str());
        QCOMPARE(opened->payload, bytes);
        QVERIFY(opened->sig == item.sig);
        QVERIFY(crypto::verify(device.publicKey, opened->payload, opened->sig));
        // Another device's key must not verify it.
        QVERIFY(!crypto::verify(crypto::generateSigningKeyPair().publicKey, opened->payload,
                                opened->sig));
        QVERIFY(decodePayload(opened->payload).ok());
    }

    void flippedByteInSealedBoxFailsToOpen() {
        const auto device = crypto::generateSigningKeyPair();
        const auto server = crypto::generateSealingKeyPair();
        const SignedItem item = signPayload(encodePayload(samplePayload()), device.secretKey);
        auto box = sealItem(item, server.publicKey);
        QVERIFY(box.ok());
        for (std::size_t i :
             {std::size_t(0), std::size_t(31), std::size_t(40), box->size() / 2, box->size() - 1}) {
            crypto::Bytes tampered = *box;
            tampered[i] ^= 0x01;
            auto opened = openSealedItem(tampered, server);
            QVERIFY2(!opened.ok(), std::to_string(i).c_str());
            QCOMPARE(opened.error().code, std::string("seal_open_failed"));
        }
    }

    void sealedTooShort() {
        const auto server = crypto::generateSealingKeyPair();
        auto box = crypto::seal(server.publicKey, std::string(10, 'x')); // shorter than a sig
        QVERIFY(box.ok());
        auto opened = openSealedItem(*box, server);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, std::string("sealed_too_short"));
    }

    void wireJson() {
        const auto device = crypto::generateSigningKeyPair();
        const SignedItem item = signPayload("{}", device.secretKey);
        const json plain = plainItemJson(item);
        QCOMPARE(plain.size(), std::size_t(2));
        QCOMPARE(plain.at("payload").get<std::string>(), std::string("e30="));
        auto sig = crypto::fromBase64(plain.at("sig").get<std::string>());
        QVERIFY(sig.ok());
        QVERIFY(*sig == item.sig);
        const crypto::Bytes box = {1, 2, 3};
        QCOMPARE(sealedItemJson(box).dump(), std::string(R"({"sealed":"AQID"})"));
    }
};

} // namespace tst_response_payload

NOK_TEST_APPLESS_MAIN(tst_response_payload, TstResponsePayload)
#include "tst_response_payload.moc"
