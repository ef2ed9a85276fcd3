// POST /api/v1/expert over HTTP: a device's signed expert check is stored (201, signed answer),
// becomes the organisation's newest expert record version and changes its scores; a second check
// is a newer version while the older stays in the history; resends are duplicates, a changed
// resend of the same id is a 409 conflict kept in quarantine; forged signatures, revoked devices,
// organisations the device does not serve and invalid checks are refused and store nothing.
#include "expert_helpers.h"

#include "service/device_admin.h"

#include <QTest>

#include <ctime>
#include "test_program.h"

namespace tst_expert_api {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

json orgResults(ServerFixture& f, const std::string& token, const std::string& org) {
    auto c = f.client();
    auto res = c.Get("/api/v1/campaigns/kem-2026/results", bearer(token));
    if (!res || res->status != 200) return nullptr;
    const json results = json::parse(res->body); // kept alive: the loop walks into it
    for (const auto& o : results["organizations"])
        if (o["id"] == org) return o;
    return nullptr;
}

json history(ServerFixture& f, const std::string& token, const std::string& org) {
    auto c = f.client();
    auto res = c.Get(("/api/v1/campaigns/kem-2026/orgs/" + org + "/expert/history").c_str(), bearer(token));
    if (!res || res->status != 200) return nullptr;
    return json::parse(res->body);
}

} // namespace

class TstExpertApi : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void checkIsStoredScoredAndVersioned() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string token = f.addUser("council", "council");
        Device d = f.enroll({"org-1"});
        QVERIFY(!d.id.empty());
        // Two responses, so the organisation is scored at all.
        json items = json::array({d.sealed(d.payload("org-1")), d.sealed(d.payload("org-1"))});
        QCOMPARE(f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}})->status, 200);
        JCOMPARE(orgResults(f, token, "org-1")["indicators"]["1.1"], nullptr); // no expert record yet
        JCOMPARE(orgResults(f, token, "org-1")["reason"], "no_expert_record");

        // First check: every stand item present, no site item, phone and email.
        std::set<std::string> present = groupItems("stand");
        present.insert({"distance_methods.phone", "distance_methods.email"});
        const auto first = makeExpertCheck(d, present);
        auto res = f.postJson("/api/v1/expert", expertBody(d, first));
        QVERIFY(res);
        QCOMPARE(res->status, 201);
        QVERIFY(signedByServer(d, res));
        const json body = json::parse(res->body);
        JCOMPARE(body["id"], first.id);
        JCOMPARE(body["status"], "stored");
        JCOMPARE(body["version"], 1);
        JCOMPARE(body["missing_evidence"], json::array());
        json org = orgResults(f, token, "org-1");
        JCOMPARE(org["indicators"]["1.1"], 50.0); // 50 · (all stands + no site items)
        JCOMPARE(org["indicators"]["1.2"], 60.0); // two distance channels
        QVERIFY(org["total"].is_number());

        // A second check (all site items now present too): the newest version scores.
        std::set<std::string> more = present;
        for (const auto& id : groupItems("site")) more.insert(id);
        auto second = makeExpertCheck(d, more);
        second.items[0].evidence = {std::string(64, 'b')};
        res = f.postJson("/api/v1/expert", expertBody(d, second));
        QCOMPARE(res->status, 201);
        JCOMPARE(json::parse(res->body)["version"], 2);
        JCOMPARE(json::parse(res->body)["missing_evidence"], json::array({std::string(64, 'b')}));
        JCOMPARE(orgResults(f, token, "org-1")["indicators"]["1.1"], 100.0);

        // A third check with the same summary as the second is still a version of its own.
        auto third = makeExpertCheck(d, more);
        third.items[1].note = "повторная проверка";
        res = f.postJson("/api/v1/expert", expertBody(d, third));
        QCOMPARE(res->status, 201);
        JCOMPARE(json::parse(res->body)["version"], 3);

        const json h = history(f, token, "org-1");
        QCOMPARE(h["versions"].size(), std::size_t(3));
        JCOMPARE(h["versions"][0]["check"], first.id);
        JCOMPARE(h["versions"][0]["source"], "device:" + d.id);
        JCOMPARE(h["versions"][0]["summary"]["site_items"]["present"], 0);
        JCOMPARE(h["versions"][0]["summary"]["distance_methods"], json::array({"email", "phone"}));
        JCOMPARE(h["versions"][1]["check"], second.id);
        JCOMPARE(h["versions"][2]["check"], third.id);
        QCOMPARE(f.count("SELECT count(*) FROM expert_checks"), 3);
        // The exact signed bytes are what is stored.
        QCOMPARE(f.count("SELECT count(*) FROM expert_checks WHERE payload = CAST('" +
                         expert::encodeExpertCheck(first) + "' AS BLOB)"),
                 1);
    }

    void historyNeedsCouncilAndKnownOrg() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string token = f.addUser("council", "council");
        const std::string op = f.addUser("op", "operator");
        auto c = f.client();
        const char* path = "/api/v1/campaigns/kem-2026/orgs/org-1/expert/history";
        QCOMPARE(c.Get(path)->status, 401);
        QCOMPARE(c.Get(path, bearer(op))->status, 403);
        auto empty = c.Get(path, bearer(token));
        QCOMPARE(empty->status, 200);
        JCOMPARE(json::parse(empty->body)["versions"], json::array());
        auto unknownOrg = c.Get("/api/v1/campaigns/kem-2026/orgs/org-9/expert/history", bearer(token));
        QCOMPARE(unknownOrg->status, 404);
        auto unknownCampaign = c.Get("/api/v1/campaigns/none/orgs/org-1/expert/history", bearer(token));
        QCOMPARE(unknownCampaign->status, 404);
        JCOMPARE(errorOf(unknownCampaign->body)["code"], "unknown_campaign");
    }

    void duplicateAndConflict() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        auto check = makeExpertCheck(d, groupItems("stand"));
        QCOMPARE(f.postJson("/api/v1/expert", expertBody(d, check))->status, 201);
        auto again = f.postJson("/api/v1/expert", expertBody(d, check));
        QCOMPARE(again->status, 200);
        QVERIFY(signedByServer(d, again));
        JCOMPARE(json::parse(again->body)["status"], "duplicate");
        JCOMPARE(json::parse(again->body)["version"], 1);

        check.items[0].present = !check.items[0].present; // same id, other content
        auto conflict = f.postJson("/api/v1/expert", expertBody(d, check));
        QCOMPARE(conflict->status, 409);
        QVERIFY(signedByServer(d, conflict));
        JCOMPARE(errorOf(conflict->body)["code"], "conflict");
        QCOMPARE(f.count("SELECT count(*) FROM expert_check_quarantine WHERE check_id = '" + check.id + "'"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM expert_checks"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM expert_records"), 1);
    }

    void refusalsStoreNothing() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        Device other = f.enroll({"org-2"});
        auto expectError = [&](const json& body, int status, const std::string& code, const json& field) {
            auto res = f.postJson("/api/v1/expert", body);
            QVERIFY(res);
            QCOMPARE(res->status, status);
            JCOMPARE(errorOf(res->body)["code"], code);
            if (!field.is_null()) JCOMPARE(errorOf(res->body)["field"], field);
        };
        const auto good = makeExpertCheck(d, {});
        const std::string payload = expert::encodeExpertCheck(good);

        // Forged: signed by another device's key.
        json forged = expertBody(d, payload);
        forged["sig"] = crypto::toBase64(crypto::sign(other.keys.secretKey, payload));
        expectError(forged, 401, "bad_signature", "sig");
        // Bytes changed after signing.
        json tampered = expertBody(d, payload);
        std::string changed = payload;
        changed.replace(changed.find("Петрова"), 14, "Сидорова");
        tampered["payload"] = crypto::toBase64(changed);
        expectError(tampered, 401, "bad_signature", "sig");
        // Unknown device.
        json unknown = expertBody(d, payload);
        unknown["device"] = "dev-000000000000";
        expectError(unknown, 401, "unknown_device", nullptr);
        // Organisation the device is not enrolled for.
        expectError(expertBody(d, makeExpertCheck(d, {}, "org-2")), 403, "org_not_allowed", "payload.org");
        // Invalid check: the field is named.
        auto badNote = good;
        badNote.id = crypto::uuidV4();
        badNote.items[3].note = std::string(2001, 'x');
        expectError(expertBody(d, badNote), 400, "invalid_expert_check", "payload.items[3].note");
        auto missing = good;
        missing.id = crypto::uuidV4();
        missing.items.pop_back();
        expectError(expertBody(d, missing), 400, "invalid_expert_check", "payload.items");
        expectError(expertBody(d, std::string("{\"v\":1}")), 400, "invalid_expert_check", nullptr);
        // A check naming another device than the signer.
        auto foreign = good;
        foreign.id = crypto::uuidV4();
        foreign.device = other.id;
        expectError(expertBody(d, foreign), 400, "device_mismatch", "payload.device");
        // Not base64, missing field.
        json notB64 = expertBody(d, payload);
        notB64["payload"] = "%%%";
        expectError(notB64, 400, "invalid_request", "payload");
        json noSig = expertBody(d, payload);
        noSig.erase("sig");
        expectError(noSig, 400, "invalid_request", "sig");
        QCOMPARE(f.count("SELECT count(*) FROM expert_checks"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM expert_records"), 0);

        // Revoked device: refused even with a valid signature.
        QVERIFY(server::revokeDeviceAudited(f.db(), d.id, "test", std::time(nullptr)));
        expectError(expertBody(d, payload), 403, "device_revoked", nullptr);
        QCOMPARE(f.count("SELECT count(*) FROM expert_checks"), 0);
    }

    void configCarriesChecklistAndCounts() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1", "org-2"});
        json items = json::array();
        for (int i = 0; i < 3; ++i) items.push_back(d.sealed(d.payload("org-1")));
        QCOMPARE(f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}})->status, 200);
        const std::int64_t now = std::time(nullptr);
        const std::string time = std::to_string(now);
        const auto sig = crypto::sign(d.keys.secretKey, "nok-config\n" + d.id + "\n" + time);
        auto c = f.client();
        auto res = c.Get("/api/v1/device/config",
                         {{"X-Nok-Device", d.id}, {"X-Nok-Time", time}, {"X-Nok-Auth", crypto::toBase64(sig)}});
        QCOMPARE(res->status, 200);
        const json cfg = json::parse(res->body);
        JCOMPARE(cfg["checklist"]["id"], "886n-1239/1");
        QCOMPARE(cfg["checklist"]["items"].size(), expert::builtinChecklist().items.size());
        for (const auto& o : cfg["organizations"])
            JCOMPARE(o["complete_responses"], o["id"] == "org-1" ? 3 : 0);
    }
};

} // namespace tst_expert_api

NOK_TEST_GUILESS_MAIN(tst_expert_api, TstExpertApi)
#include "tst_expert_api.moc"
