// PUT and GET /api/v1/evidence/{sha256}: a device uploads a photo authenticated by its key
// (201 stored, 200 duplicate, signed answers); oversized, mismatched, non-image and badly
// authenticated uploads are refused and store nothing; reading needs a council or admin token.
// A check referring to an uploaded photo no longer lists it as missing.
#include "expert_helpers.h"

#include "service/device_admin.h"

#include <QTest>

#include <ctime>
#include "test_program.h"

namespace tst_evidence_api {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

std::int64_t evidenceRows(ServerFixture& f) {
    return f.count("SELECT count(*) FROM evidence");
}

} // namespace

class TstEvidenceApi : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void storedDuplicateAndRead() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        const std::string photo = fakeJpeg("стенд у входа");
        const std::string sha = crypto::sha256Hex(photo);
        auto res = putEvidence(f, d, sha, photo, "image/jpeg");
        QVERIFY(res);
        QCOMPARE(res->status, 201);
        QVERIFY(signedByServer(d, res));
        JCOMPARE(json::parse(res->body), json({{"sha256", sha}, {"status", "stored"}}));
        auto again = putEvidence(f, d, sha, photo, "image/jpeg");
        QCOMPARE(again->status, 200);
        JCOMPARE(json::parse(again->body)["status"], "duplicate");
        QCOMPARE(evidenceRows(f), 1);

        const std::string png = fakePng();
        QCOMPARE(putEvidence(f, d, crypto::sha256Hex(png), png, "image/png")->status, 201);

        auto c = f.client();
        const std::string path = "/api/v1/evidence/" + sha;
        QCOMPARE(c.Get(path.c_str())->status, 401);
        const std::string op = f.addUser("op", "operator");
        QCOMPARE(c.Get(path.c_str(), {{"Authorization", "Bearer " + op}})->status, 403);
        const std::string council = f.addUser("council", "council");
        auto got = c.Get(path.c_str(), {{"Authorization", "Bearer " + council}});
        QCOMPARE(got->status, 200);
        QCOMPARE(got->get_header_value("Content-Type"), std::string("image/jpeg"));
        QCOMPARE(got->body, photo);
        auto none = c.Get(("/api/v1/evidence/" + std::string(64, 'c')).c_str(),
                          {{"Authorization", "Bearer " + council}});
        QCOMPARE(none->status, 404);

        // The check that refers to the uploaded photo does not report it missing; an unknown one is.
        auto check = makeExpertCheck(d, {});
        check.items[2].evidence = {sha, std::string(64, 'e')};
        auto posted = f.postJson("/api/v1/expert", expertBody(d, check));
        QCOMPARE(posted->status, 201);
        JCOMPARE(json::parse(posted->body)["missing_evidence"], json::array({std::string(64, 'e')}));
    }

    void refusedUploadsStoreNothing() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        Device other = f.enroll({"org-1"});
        auto expectError = [&](const httplib::Result& res, int status, const std::string& code) {
            QVERIFY(res);
            QCOMPARE(res->status, status);
            JCOMPARE(errorOf(res->body)["code"], code);
        };
        // One byte over 6 MiB (under the server's general body limit): 413.
        const std::string big = fakeJpeg(std::string(6291457 - fakeJpeg("").size(), 'x'));
        QCOMPARE(big.size(), std::size_t(6291457));
        expectError(putEvidence(f, d, crypto::sha256Hex(big), big, "image/jpeg"), 413, "payload_too_large");
        // Exactly 6 MiB is accepted.
        const std::string limit = fakeJpeg(std::string(6291456 - fakeJpeg("").size(), 'y'));
        QCOMPARE(limit.size(), std::size_t(6291456));
        QCOMPARE(putEvidence(f, d, crypto::sha256Hex(limit), limit, "image/jpeg")->status, 201);
        QCOMPARE(evidenceRows(f), 1);

        const std::string photo = fakeJpeg("x");
        const std::string sha = crypto::sha256Hex(photo);
        // Body does not hash to the path.
        expectError(putEvidence(f, d, crypto::sha256Hex("other"), photo, "image/jpeg"), 400, "hash_mismatch");
        // A text file, whatever it claims to be; a PNG sent as JPEG; a JPEG with a text type.
        const std::string text = "just some text";
        expectError(putEvidence(f, d, crypto::sha256Hex(text), text, "image/jpeg"), 415, "not_an_image");
        const std::string png = fakePng();
        expectError(putEvidence(f, d, crypto::sha256Hex(png), png, "image/jpeg"), 415, "not_an_image");
        expectError(putEvidence(f, d, sha, photo, "text/plain"), 415, "not_an_image");
        // Path not a lowercase sha256.
        expectError(putEvidence(f, d, "ABC", photo, "image/jpeg"), 400, "invalid_request");
        // Authentication: another device's signature, a stale time, no device header.
        {
            auto c = f.client();
            auto headers = evidenceHeaders(other, sha, std::time(nullptr));
            headers.erase("X-Nok-Device");
            headers.emplace("X-Nok-Device", d.id);
            expectError(c.Put(("/api/v1/evidence/" + sha).c_str(), headers, photo, "image/jpeg"), 401, "bad_auth");
            expectError(putEvidence(f, d, sha, photo, "image/jpeg", std::time(nullptr) - 301), 401, "bad_auth");
            auto noDevice = evidenceHeaders(d, sha, std::time(nullptr));
            noDevice.erase("X-Nok-Device");
            expectError(c.Put(("/api/v1/evidence/" + sha).c_str(), noDevice, photo, "image/jpeg"), 401,
                        "unauthorized");
            // A signature over another hash does not authorise this one.
            auto wrongHash = evidenceHeaders(d, crypto::sha256Hex("x"), std::time(nullptr));
            expectError(c.Put(("/api/v1/evidence/" + sha).c_str(), wrongHash, photo, "image/jpeg"), 401, "bad_auth");
        }
        QCOMPARE(evidenceRows(f), 1);
        QVERIFY(server::revokeDeviceAudited(f.db(), d.id, "test", std::time(nullptr)));
        expectError(putEvidence(f, d, sha, photo, "image/jpeg"), 403, "device_revoked");
        QCOMPARE(evidenceRows(f), 1);
    }
};

} // namespace tst_evidence_api

NOK_TEST_GUILESS_MAIN(tst_evidence_api, TstEvidenceApi)
#include "tst_evidence_api.moc"
