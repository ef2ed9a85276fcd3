// POST /api/v1/sync end to end: sealed and plain items are stored with their exact bytes, every
// receipt list is signed with the key the device got at enrolment, resends are duplicates,
// conflicting versions go to quarantine, and every kind of bad item is rejected with a reason
// while the good items of the same batch are stored.
#include "server_fixture.h"

#include "cli/command.h"
#include "service/device_admin.h"

#include <QTest>

#include <ctime>
#include <sstream>
#include "test_program.h"

namespace tst_sync {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

struct SyncReply {
    int status = 0;
    json body;
    bool signatureValid = false;
};

SyncReply sync(ServerFixture& f, const Device& d, const json& items,
               const std::string& deviceId = {}) {
    SyncReply r;
    auto res = f.postJson("/api/v1/sync",
                          {{"device", deviceId.empty() ? d.id : deviceId}, {"items", items}});
    if (!res) return r;
    r.status = res->status;
    r.body = json::parse(res->body, nullptr, false);
    auto sig = crypto::fromBase64(res->get_header_value("X-Nok-Signature"));
    r.signatureValid = sig && crypto::verify(d.serverSignKey, res->body, *sig);
    return r;
}

std::string reasonOf(const SyncReply& r, std::size_t i) {
    const auto& reason = r.body["receipts"][i]["reason"];
    return reason.is_string() ? reason.get<std::string>() : std::string();
}

} // namespace

class TstSync : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void sealedAndPlainItemsAreStoredWithExactBytes() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        QVERIFY(!d.id.empty());
        auto p1 = d.payload();
        auto p2 = d.payload();
        auto r = sync(f, d, json::array({d.sealed(p1), d.plain(p2)}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.signatureValid);
        JCOMPARE(r.body["receipts"][0],
                 json({{"index", 0}, {"id", p1.id}, {"status", "stored"}, {"reason", nullptr}}));
        JCOMPARE(r.body["receipts"][1]["status"], "stored");
        auto st = f.db().prepare(
            "SELECT payload, sig, source, device_id, seq FROM responses WHERE id = ?");
        QVERIFY(st);
        st->bind(1, p1.id);
        QVERIFY(*st->step());
        QCOMPARE(st->columnBlob(0), survey::encodePayload(p1));
        const auto sig = d.sign(p1).sig;
        QCOMPARE(st->columnBlob(1), std::string(sig.begin(), sig.end()));
        QCOMPARE(st->columnText(2), std::string("device"));
        QCOMPARE(st->columnText(3), d.id);
        QCOMPARE(st->columnInt(4), p1.seq);
        QCOMPARE(f.count("SELECT complete FROM response_counts WHERE campaign = 'kem-2026' AND org "
                         "= 'org-1'"),
                 2);
    }

    void receiptSignatureFailsForAnotherKeyOrChangedBody() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        auto res = f.postJson("/api/v1/sync",
                              {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}});
        QVERIFY(res);
        auto sig = crypto::fromBase64(res->get_header_value("X-Nok-Signature"));
        QVERIFY(sig);
        QVERIFY(crypto::verify(d.serverSignKey, res->body, *sig));
        std::string changed = res->body;
        changed.replace(changed.find("stored"), 6, "stered");
        QVERIFY(!crypto::verify(d.serverSignKey, changed, *sig));
        QVERIFY(!crypto::verify(crypto::generateSigningKeyPair().publicKey, res->body, *sig));
    }

    void resendIsDuplicateAndStoredOnce() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        auto p = d.payload();
        QCOMPARE(sync(f, d, json::array({d.sealed(p)})).status, 200);
        // The same bytes again, sealed afresh (a new box) and as a plain item.
        auto again = sync(f, d, json::array({d.sealed(p), d.plain(p)}));
        QCOMPARE(again.status, 200);
        QVERIFY(again.signatureValid);
        JCOMPARE(again.body["receipts"][0]["status"], "duplicate");
        JCOMPARE(again.body["receipts"][1]["status"], "duplicate");
        QCOMPARE(f.count("SELECT count(*) FROM responses WHERE id = '" + p.id + "'"), 1);
        QCOMPARE(f.count("SELECT complete FROM response_counts WHERE org = 'org-1'"), 1);
    }

    void conflictingVersionIsQuarantined() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        auto p = d.payload();
        QCOMPARE(sync(f, d, json::array({d.plain(p)})).status, 200);
        auto other = p;
        other.answers["overall_satisfied"] = "no";
        auto r = sync(f, d, json::array({d.sealed(other)}));
        QCOMPARE(r.status, 200);
        JCOMPARE(r.body["receipts"][0]["status"], "rejected");
        JCOMPARE(r.body["receipts"][0]["id"], p.id);
        QVERIFY(reasonOf(r, 0).rfind("conflict", 0) == 0);
        QCOMPARE(f.count("SELECT count(*) FROM quarantine WHERE response_id = '" + p.id +
                         "' AND device_id = '" + d.id + "'"),
                 1);
        auto st = f.db().prepare("SELECT payload FROM responses WHERE id = ?");
        st->bind(1, p.id);
        QVERIFY(*st->step());
        QCOMPARE(st->columnBlob(0), survey::encodePayload(p)); // the first version is kept
    }

    void badItemsAreRejectedWithReasonsAndGoodOnesStored() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1", "org-2"});
        Device other = f.enroll({"org-1"});
        QVERIFY(!d.id.empty() && !other.id.empty());

        auto forged = d.sign(d.payload());
        forged.payload.replace(forged.payload.find("\"yes\""), 5,
                               "\"no\" "); // bytes changed after signing
        auto foreign = d.payload();
        auto foreignItem =
            survey::plainItemJson(other.sign(foreign)); // signed with another device's key
        auto notAllowed = d.payload("org-3");
        auto badAnswers = d.payload();
        badAnswers.answers["age"] = 7;
        auto unknownCampaign = d.payload("org-1", "kem-1999");
        auto otherDevice = d.payload();
        otherDevice.device = other.id;
        auto good = d.payload("org-2");
        auto wrongSealKey =
            survey::sealItem(d.sign(d.payload()), crypto::generateSealingKeyPair().publicKey);

        json items = json::array({survey::plainItemJson(forged), foreignItem, d.sealed(notAllowed),
                                  d.sealed(badAnswers), d.sealed(unknownCampaign),
                                  d.plain(otherDevice), json("not an object"),
                                  json{{"sealed", "%%%"}}, survey::sealedItemJson(*wrongSealKey),
                                  d.sealed(good), json{{"payload", "AAAA"}}});
        auto r = sync(f, d, items);
        QCOMPARE(r.status, 200);
        QVERIFY(r.signatureValid);
        QCOMPARE(r.body["receipts"].size(), items.size());
        QVERIFY(reasonOf(r, 0).rfind("bad_signature", 0) == 0);
        JCOMPARE(r.body["receipts"][0]["id"],
                 nullptr); // nothing of an unverified payload is echoed
        QVERIFY(reasonOf(r, 1).rfind("bad_signature", 0) == 0);
        QVERIFY(reasonOf(r, 2).rfind("org_not_allowed", 0) == 0);
        JCOMPARE(r.body["receipts"][2]["id"], notAllowed.id);
        QVERIFY2(reasonOf(r, 3).rfind("invalid_answers: answers.age:", 0) == 0,
                 reasonOf(r, 3).c_str());
        QVERIFY(reasonOf(r, 4).rfind("unknown_campaign", 0) == 0);
        QVERIFY(reasonOf(r, 5).rfind("device_mismatch", 0) == 0);
        QVERIFY(reasonOf(r, 6).rfind("malformed_item", 0) == 0);
        QVERIFY(reasonOf(r, 7).rfind("malformed_item", 0) == 0);
        QVERIFY(reasonOf(r, 8).rfind("seal_open_failed", 0) == 0);
        JCOMPARE(r.body["receipts"][9]["status"], "stored");
        QVERIFY(reasonOf(r, 10).rfind("malformed_item", 0) == 0);
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM responses WHERE id = '" + good.id + "'"), 1);
    }

    // A batch this size is opened and checked on several threads: every receipt must still
    // carry the index and id of its own item, and only the good items may be stored.
    void largeMixedBatchKeepsEachReceiptWithItsItem() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        QVERIFY(!d.id.empty());
        constexpr int kItems = 240;
        json items = json::array();
        std::vector<std::string> ids, expected;
        std::int64_t good = 0;
        for (int i = 0; i < kItems; ++i) {
            auto p = d.payload();
            ids.push_back(p.id);
            if (i % 7 == 3) {
                p.answers["age"] = 7;
                expected.push_back("invalid_answers");
                items.push_back(d.sealed(p));
            } else if (i % 5 == 1) {
                auto forged = d.sign(p);
                forged.payload.replace(forged.payload.find("\"yes\""), 5, "\"no\" ");
                expected.push_back("bad_signature");
                items.push_back(survey::plainItemJson(forged));
            } else {
                expected.push_back("stored");
                ++good;
                items.push_back(i % 2 ? d.sealed(p) : d.plain(p));
            }
        }
        auto r = sync(f, d, items);
        QCOMPARE(r.status, 200);
        QVERIFY(r.signatureValid);
        QCOMPARE(r.body["receipts"].size(), std::size_t(kItems));
        for (int i = 0; i < kItems; ++i) {
            const auto& receipt = r.body["receipts"][static_cast<std::size_t>(i)];
            QCOMPARE(receipt["index"].get<int>(), i);
            if (expected[static_cast<std::size_t>(i)] == "stored") {
                JCOMPARE(receipt["status"], "stored");
                JCOMPARE(receipt["id"], ids[static_cast<std::size_t>(i)]);
            } else {
                JCOMPARE(receipt["status"], "rejected");
                QVERIFY2(reasonOf(r, static_cast<std::size_t>(i))
                                 .rfind(expected[static_cast<std::size_t>(i)], 0) == 0,
                         reasonOf(r, static_cast<std::size_t>(i)).c_str());
            }
        }
        QCOMPARE(f.count("SELECT count(*) FROM responses"), good);
        QCOMPARE(f.count("SELECT complete FROM response_counts WHERE org = 'org-1'"), good);
    }

    void orgOutsideTheCampaignIsRejected() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-3"});
        auto p = d.payload("org-3", "kem-2025"); // org-3 joined only in 2026
        auto r = sync(f, d, json::array({d.sealed(p)}));
        QVERIFY(reasonOf(r, 0).rfind("org_not_in_campaign", 0) == 0);
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 0);
    }

    void unknownAndRevokedDevicesAreRefusedWholesale() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        auto unknown = sync(f, d, json::array({d.sealed(d.payload())}), "dev-ffffffffffff");
        QCOMPARE(unknown.status, 401);
        JCOMPARE(unknown.body["error"]["code"], "unknown_device");
        QCOMPARE(sync(f, d, json::array({d.sealed(d.payload())})).status, 200);
        // Revoked through the service while the server runs: the very next batch is refused.
        QVERIFY(server::revokeDeviceAudited(f.db(), d.id, "cli", std::time(nullptr)));
        auto revoked = sync(f, d, json::array({d.sealed(d.payload())}));
        QCOMPARE(revoked.status, 403);
        JCOMPARE(revoked.body["error"]["code"], "device_revoked");
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 1);
        QCOMPARE(
            f.count("SELECT count(*) FROM audit WHERE action = 'device.revoke' AND target = '" +
                    d.id + "'"),
            1);
    }

    void seqGapsAreShownByDeviceList() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        std::vector<survey::ResponsePayload> all;
        for (int i = 0; i < 9; ++i)
            all.push_back(d.payload());
        json items = json::array();
        for (int seq : {1, 2, 4, 8, 9})
            items.push_back(d.sealed(all[static_cast<std::size_t>(seq - 1)]));
        QCOMPARE(sync(f, d, items).status, 200);
        auto devices = server::summarizeDevices(f.db());
        QVERIFY(devices);
        QCOMPARE(devices->size(), std::size_t(1));
        QCOMPARE(server::formatRanges((*devices)[0].gaps), std::string("3, 5-7"));

        std::ostringstream out, err;
        server::cli::Io io{out, err};
        const std::string db = f.dbPath();
        const char* argv[] = {"nok-server", "device", "list", "--db", db.c_str()};
        QCOMPARE(server::cli::run(5, const_cast<char**>(argv), io), 0);
        QVERIFY2(out.str().find(d.id) != std::string::npos, out.str().c_str());
        QVERIFY2(out.str().find("missing_seq=3, 5-7") != std::string::npos, out.str().c_str());
        QVERIFY(out.str().find("stored=5") != std::string::npos);
    }

    void missingRangesCoverEdges() {
        QCOMPARE(server::formatRanges(server::missingSeqRanges({}, 0)), std::string("none"));
        QCOMPARE(server::formatRanges(server::missingSeqRanges({2, 3}, 3)), std::string("1"));
        QCOMPARE(server::formatRanges(server::missingSeqRanges({1, 1, 2}, 5)), std::string("3-5"));
        QCOMPARE(server::formatRanges(server::missingSeqRanges({5, 1}, 5)), std::string("2-4"));
    }
};

} // namespace tst_sync

NOK_TEST_GUILESS_MAIN(tst_sync, TstSync)
#include "tst_sync.moc"
