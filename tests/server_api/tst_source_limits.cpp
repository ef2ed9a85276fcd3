// Limits keyed on what is proven (issue 13, points 2 and 3): wrong enrolment codes are counted
// per source address and attempts per code, never for everyone; a device's batch limit counts
// only batches whose items verify, and unauthenticated noise is counted per source address;
// behind a trusted reverse proxy each client is its X-Forwarded-For address (right-most
// untrusted), and without --trusted-proxy the header changes nothing. Other clients are the
// loopback addresses 127.0.0.2, 127.0.0.3 ... bound as the source.
#include "server_fixture.h"

#include <QTest>
#include "test_program.h"

namespace tst_source_limits {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

struct Answer {
    int status = 0;
    json error;
};

// One POST from `source`, with extra header lines ("Name: value\r\n").
Answer post(ServerFixture& f, const std::string& source, const std::string& path,
            const json& body, const std::string& extraHeaders = {}) {
    const std::string text = body.dump();
    const std::string raw = rawExchangeFrom(
        source, f.port(),
        "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: " + std::to_string(text.size()) + "\r\nConnection: close\r\n" +
            extraHeaders + "\r\n" + text,
        false);
    Answer a;
    if (raw.size() > 12) a.status = std::atoi(raw.substr(9, 3).c_str());
    const auto p = raw.find("\r\n\r\n");
    if (p != std::string::npos) a.error = errorOf(raw.substr(p + 4));
    return a;
}

json enrolBody(const std::string& code) {
    return {{"code", code},
            {"public_key", crypto::toBase64(crypto::generateSigningKeyPair().publicKey)},
            {"label", "kiosk"}};
}

json forgedBatch(const Device& d) {
    // Names the device, but the signature is not the device's.
    const auto other = crypto::generateSigningKeyPair();
    const std::string payload = "{\"id\":\"x\"}";
    return {{"device", d.id},
            {"items", json::array({json{{"payload", crypto::toBase64(crypto::Bytes(
                                                        payload.begin(), payload.end()))},
                                        {"sig", crypto::toBase64(crypto::sign(other.secretKey,
                                                                              payload))}}})}};
}

} // namespace

class TstSourceLimits : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void wrongCodesFromOneAddressDoNotStopAnother() {
        server::http::ServerOptions o;
        o.enrolFailures = {3, 0.001};
        ServerFixture f(o);
        QVERIFY(f.ready());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(f, "127.0.0.2", "/api/v1/enroll", enrolBody("ZZZZ-ZZZZ-Z" +
                                                                      std::to_string(i + 2)))
                         .status,
                     403);
        auto limited = post(f, "127.0.0.2", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"})));
        QCOMPARE(limited.status, 429);
        JCOMPARE(limited.error["code"], "rate_limited");
        auto other = post(f, "127.0.0.3", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"})));
        QCOMPARE(other.status, 201);
        QCOMPARE(f.count("SELECT count(*) FROM devices"), 1);
    }

    void attemptsWithOneCodeAreLimited() {
        server::http::ServerOptions o;
        o.enrolCodeRate = {2, 0.001};
        ServerFixture f(o);
        QVERIFY(f.ready());
        const std::string code = f.issueCode({"org-1"});
        QCOMPARE(post(f, "127.0.0.2", "/api/v1/enroll", enrolBody(code)).status, 201);
        QCOMPARE(post(f, "127.0.0.3", "/api/v1/enroll", enrolBody(code)).status, 403); // used
        auto limited = post(f, "127.0.0.4", "/api/v1/enroll", enrolBody(code));
        QCOMPARE(limited.status, 429);
        JCOMPARE(limited.error["field"], "code");
        // Another code is not affected.
        QCOMPARE(post(f, "127.0.0.4", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"}))).status,
                 201);
    }

    void forgedBatchesDoNotThrottleTheDevice() {
        server::http::ServerOptions o;
        o.deviceRate = {3, 0.001};
        o.noiseRate = {5, 0.001};
        ServerFixture f(o);
        QVERIFY(f.ready());
        Device d = f.enroll();
        QVERIFY(!d.id.empty());
        int refusedNoise = 0;
        for (int i = 0; i < 20; ++i) {
            auto a = post(f, "127.0.0.2", "/api/v1/sync", forgedBatch(d));
            QVERIFY(a.status == 200 || a.status == 429);
            refusedNoise += a.status == 429;
        }
        QCOMPARE(refusedNoise, 15); // five, then the address is refused
        // The device's own batches, from elsewhere, are untouched by the forgeries ...
        for (int i = 0; i < 3; ++i) {
            auto a = post(f, "127.0.0.3", "/api/v1/sync",
                          {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}});
            QCOMPARE(a.status, 200);
        }
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 3);
        // ... and its own limit still holds for what it signs.
        auto limited = post(f, "127.0.0.3", "/api/v1/sync",
                            {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}});
        QCOMPARE(limited.status, 429);
        JCOMPARE(limited.error["field"], "device");
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 3);
    }

    void twoClientsBehindOneProxyKeepSeparateLimits() {
        server::http::ServerOptions o;
        o.enrolFailures = {2, 0.001};
        auto proxy = server::http::AddressRange::parse("127.0.0.1/32");
        QVERIFY(proxy);
        o.trustedProxies = server::http::TrustedProxies({*proxy});
        ServerFixture f(o);
        QVERIFY(f.ready());
        const std::string a = "X-Forwarded-For: 203.0.113.5\r\n";
        for (int i = 0; i < 2; ++i)
            QCOMPARE(post(f, "127.0.0.1", "/api/v1/enroll", enrolBody("ZZZZ-ZZZZ-Z2"), a).status,
                     403);
        QCOMPARE(post(f, "127.0.0.1", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"})), a).status,
                 429);
        // What the client wrote on the left does not make it someone else.
        QCOMPARE(post(f, "127.0.0.1", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"})),
                      "X-Forwarded-For: 198.51.100.1, 203.0.113.5\r\n")
                     .status,
                 429);
        // Another visitor behind the same proxy enrols.
        QCOMPARE(post(f, "127.0.0.1", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"})),
                      "X-Forwarded-For: 203.0.113.6\r\n")
                     .status,
                 201);
        // A peer that is not a trusted proxy cannot pick its address with the header.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(post(f, "127.0.0.2", "/api/v1/enroll", enrolBody("ZZZZ-ZZZZ-Z2"),
                          "X-Forwarded-For: 198.51.100." + std::to_string(10 + i) + "\r\n")
                         .status,
                     403);
        QCOMPARE(post(f, "127.0.0.2", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"})),
                      "X-Forwarded-For: 198.51.100.99\r\n")
                     .status,
                 429);
    }

    void withoutTrustedProxiesTheHeaderIsIgnored() {
        server::http::ServerOptions o;
        o.enrolFailures = {2, 0.001};
        ServerFixture f(o);
        QVERIFY(f.ready());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(post(f, "127.0.0.1", "/api/v1/enroll", enrolBody("ZZZZ-ZZZZ-Z2"),
                          "X-Forwarded-For: 203.0.113.5\r\n")
                         .status,
                     403);
        QCOMPARE(post(f, "127.0.0.1", "/api/v1/enroll", enrolBody(f.issueCode({"org-1"})),
                      "X-Forwarded-For: 203.0.113.6\r\n")
                     .status,
                 429);
    }
};

} // namespace tst_source_limits

NOK_TEST_GUILESS_MAIN(tst_source_limits, TstSourceLimits)
#include "tst_source_limits.moc"
