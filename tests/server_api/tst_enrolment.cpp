// Enrolment and config pull against the real server on a loopback port: a code works once, for
// its organisations only; used, expired and unknown codes are refused alike; guessing is
// throttled; a device pulls its configuration by signing the request with its key.
#include "server_fixture.h"

#include "service/device_admin.h"
#include "service/enrolment_service.h"
#include "storage/server_keys.h"

#include <QTest>

#include <cctype>
#include <ctime>
#include <regex>
#include "test_program.h"

namespace tst_enrolment {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

json enrolBody(const std::string& code, const crypto::Bytes& publicKey,
               const std::string& label = "kiosk 1") {
    return {{"code", code}, {"public_key", crypto::toBase64(publicKey)}, {"label", label}};
}

httplib::Headers configHeaders(const Device& d, std::int64_t t) {
    const std::string time = std::to_string(t);
    const auto sig = crypto::sign(d.keys.secretKey, "nok-config\n" + d.id + "\n" + time);
    return {{"X-Nok-Device", d.id}, {"X-Nok-Time", time}, {"X-Nok-Auth", crypto::toBase64(sig)}};
}

} // namespace

class TstEnrolment : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void enrolReturnsDeviceConfigAndBindsKey() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string code = f.issueCode({"org-1", "org-3"});
        QVERIFY(std::regex_match(
            code, std::regex("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}")));
        auto keys = crypto::generateSigningKeyPair();
        auto res = f.postJson("/api/v1/enroll", enrolBody(code, keys.publicKey));
        QVERIFY(res);
        QCOMPARE(res->status, 201);
        auto body = json::parse(res->body);
        const std::string id = body["device_id"];
        QVERIFY(std::regex_match(id, std::regex("dev-[0-9a-f]{12}")));
        // org-1 is in both campaigns: the newest one (kem-2026) is its campaign.
        QCOMPARE(body["organizations"].size(), std::size_t(2));
        JCOMPARE(body["organizations"][0]["id"], json("org-1"));
        JCOMPARE(body["organizations"][0]["campaign"], json("kem-2026"));
        JCOMPARE(body["organizations"][0]["recipients"], json(120));
        JCOMPARE(body["organizations"][1]["id"], json("org-3"));
        JCOMPARE(body["questionnaire"]["id"], json("social-675n"));
        JCOMPARE(body["settings"]["idle_timeout_seconds"], json(90));
        JCOMPARE(body["settings"]["min_interval_seconds"], json(20));
        auto serverKeys = server::loadServerKeys(f.db());
        QVERIFY(serverKeys);
        JCOMPARE(body["server_sign_key"], json(crypto::toBase64(serverKeys->sign.publicKey)));
        JCOMPARE(body["server_seal_key"], json(crypto::toBase64(serverKeys->seal.publicKey)));
        QCOMPARE(f.count("SELECT count(*) FROM devices WHERE id = '" + id +
                         "' AND length(public_key) = 32"),
                 1);
        QCOMPARE(f.count("SELECT count(*) FROM device_orgs WHERE device_id = '" + id + "'"), 2);
        // The code is stored only hashed.
        QCOMPARE(f.count("SELECT count(*) FROM enrol_codes WHERE code_hash LIKE '%" +
                         code.substr(0, 4) + "%'"),
                 0);
    }

    void codeIsAcceptedInLowerCaseWithoutDashes() {
        ServerFixture f;
        QVERIFY(f.ready());
        std::string code = f.issueCode({"org-1"});
        std::string typed;
        for (char c : code)
            if (c != '-') typed.push_back(static_cast<char>(std::tolower(c)));
        auto res = f.postJson("/api/v1/enroll",
                              enrolBody(typed, crypto::generateSigningKeyPair().publicKey));
        QVERIFY(res);
        QCOMPARE(res->status, 201);
    }

    void reusedExpiredAndUnknownCodesAreRefused() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string code = f.issueCode({"org-1"});
        auto first = f.postJson("/api/v1/enroll",
                                enrolBody(code, crypto::generateSigningKeyPair().publicKey));
        QVERIFY(first && first->status == 201);
        const std::string expired = f.issueCode({"org-1"}, 3600, std::time(nullptr) - 2 * 3600);
        QVERIFY(!expired.empty());
        for (const std::string& c :
             {code, expired, std::string("ABCD-EFGH-JK"), std::string("short")}) {
            auto res = f.postJson("/api/v1/enroll",
                                  enrolBody(c, crypto::generateSigningKeyPair().publicKey));
            QVERIFY(res);
            QCOMPARE(res->status, 403);
            JCOMPARE(errorOf(res->body)["code"], json("enrol_code_invalid"));
            JCOMPARE(errorOf(res->body)["field"], json("code"));
        }
        QCOMPARE(f.count("SELECT count(*) FROM devices"), 1);
    }

    void badPublicKeyNamesTheFieldAndKeepsTheCode() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string code = f.issueCode({"org-1"});
        auto res =
            f.postJson("/api/v1/enroll", {{"code", code}, {"public_key", "AAAA"}, {"label", "x"}});
        QVERIFY(res);
        QCOMPARE(res->status, 400);
        JCOMPARE(errorOf(res->body)["field"], json("public_key"));
        auto missing = f.postJson("/api/v1/enroll", {{"code", code}, {"label", "x"}});
        QVERIFY(missing);
        QCOMPARE(missing->status, 400);
        JCOMPARE(errorOf(missing->body)["field"], json("public_key"));
        // The refused requests did not use the code up.
        auto ok = f.postJson("/api/v1/enroll",
                             enrolBody(code, crypto::generateSigningKeyPair().publicKey));
        QVERIFY(ok);
        QCOMPARE(ok->status, 201);
    }

    void sameKeyCannotEnrolTwice() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto keys = crypto::generateSigningKeyPair();
        QCOMPARE(
            f.postJson("/api/v1/enroll", enrolBody(f.issueCode({"org-1"}), keys.publicKey))->status,
            201);
        auto again =
            f.postJson("/api/v1/enroll", enrolBody(f.issueCode({"org-1"}), keys.publicKey));
        QCOMPARE(again->status, 409);
        JCOMPARE(errorOf(again->body)["code"], json("key_already_enrolled"));
    }

    void guessingIsRateLimited() {
        server::http::ServerOptions o;
        o.enrolFailures = {3, 0.001}; // three failures, then practically no refill during the test
        ServerFixture f(o);
        QVERIFY(f.ready());
        for (int i = 0; i < 3; ++i) {
            auto res =
                f.postJson("/api/v1/enroll", enrolBody("ZZZZ-ZZZZ-Z" + std::to_string(i + 2),
                                                       crypto::generateSigningKeyPair().publicKey));
            QCOMPARE(res->status, 403);
        }
        // Even a valid code is not looked at while the limiter is empty.
        auto res =
            f.postJson("/api/v1/enroll", enrolBody(f.issueCode({"org-1"}),
                                                   crypto::generateSigningKeyPair().publicKey));
        QCOMPARE(res->status, 429);
        JCOMPARE(errorOf(res->body)["code"], json("rate_limited"));
        QCOMPARE(f.count("SELECT count(*) FROM devices"), 0);
    }

    void codeForUnknownOrganisationIsRefused() {
        ServerFixture f;
        auto code = server::issueEnrolCode(f.db(), {"org-1", "org-404"}, 3600, std::time(nullptr));
        QVERIFY(!code);
        QCOMPARE(code.error().code, std::string("unknown_org"));
        QVERIFY(code.error().message.find("org-404") != std::string::npos);
        QCOMPARE(f.count("SELECT count(*) FROM enrol_codes"), 0);
    }

    void configPullIsAuthenticatedByTheDeviceKey() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-2"});
        QVERIFY(!d.id.empty());
        auto c = f.client();
        const std::int64_t now = std::time(nullptr);
        auto ok = c.Get("/api/v1/device/config", configHeaders(d, now));
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
        auto body = json::parse(ok->body);
        JCOMPARE(body["device_id"], json(d.id));
        JCOMPARE(body["organizations"][0]["id"], json("org-2"));
        JCOMPARE(body["server_sign_key"], json(crypto::toBase64(d.serverSignKey)));

        auto stale = c.Get("/api/v1/device/config", configHeaders(d, now - 301));
        QCOMPARE(stale->status, 401);
        JCOMPARE(errorOf(stale->body)["field"], json("X-Nok-Time"));

        Device other = f.enroll({"org-1"});
        auto forged = configHeaders(other, now);
        forged.erase("X-Nok-Device");
        forged.emplace("X-Nok-Device", d.id); // signed by another device's key
        auto bad = c.Get("/api/v1/device/config", forged);
        QCOMPARE(bad->status, 401);
        JCOMPARE(errorOf(bad->body)["code"], json("bad_auth"));

        auto unknown = configHeaders(d, now);
        unknown.erase("X-Nok-Device");
        unknown.emplace("X-Nok-Device", "dev-000000000000");
        auto notEnrolled = c.Get("/api/v1/device/config", unknown);
        QCOMPARE(notEnrolled->status, 401);
        JCOMPARE(errorOf(notEnrolled->body)["code"], "unknown_device");

        QVERIFY(server::revokeDeviceAudited(f.db(), d.id, "test", now));
        auto revoked = c.Get("/api/v1/device/config", configHeaders(d, now));
        QCOMPARE(revoked->status, 403);
        JCOMPARE(errorOf(revoked->body)["code"], json("device_revoked"));
    }
};

} // namespace tst_enrolment

NOK_TEST_GUILESS_MAIN(tst_enrolment, TstEnrolment)
#include "tst_enrolment.moc"
