// The web form's responses: validated by the same validator, stored with channel and source
// "web", the day but no time, a server sequence number, and signed by the server's own key so
// the stored bytes verify against the server's public signing key. Bad input stores nothing.
#include "../support/valid_answers.h"
#include "nok/crypto/crypto.h"
#include "nok/survey/response_payload.h"
#include "service/web_response_service.h"
#include "storage/server_database.h"
#include "storage/server_keys.h"
#include "web_fixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>
#include <sstream>
#include "test_program.h"

namespace tst_web_response_service {

using nlohmann::json;

namespace {

json completeAnswers() {
    auto a = nok::test::shortPathAnswers();
    a["overall_satisfied"] = "no";
    a["suggestions"] = "<script>alert(1)</script>";
    a["age"] = 70;
    return a;
}

std::int64_t countWhere(nok::sqlite::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    auto row = st->step();
    return row.ok() && *row ? st->columnInt(0) : -1;
}

} // namespace

class TstWebResponseService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<nok::sqlite::Database> m_db;

  private slots:
    void init() {
        QVERIFY(nok::crypto::init());
        static int n = 0;
        auto db = nok::server::openServerDatabase(
            m_dir.filePath(QString("s%1.db").arg(++n)).toStdString(), true);
        QVERIFY(db.ok());
        m_db = std::move(*db);
        QVERIFY(nok::server::ensureServerKeys(*m_db).ok());
        std::ifstream in(std::string(NOK_TEST_DATA_DIR) + "/web/hostile.json");
        std::stringstream text;
        text << in.rdbuf();
        QVERIFY(nok::webtest::seedDataset(*m_db, json::parse(text.str())).ok());
    }

    void storesASignedWebResponseThatVerifiesWithTheServerKey() {
        auto stored =
            nok::server::storeWebResponse(*m_db, {"web-2026", "org-c", completeAnswers(), ""});
        QVERIFY2(stored.ok(), stored.ok() ? "" : stored.error().describe().c_str());
        auto st = m_db->prepare(
            "SELECT channel, source, day, payload, sig, answers, seq FROM responses WHERE id = ?");
        st->bind(1, stored->id);
        QVERIFY(*st->step());
        QCOMPARE(st->columnText(0), std::string("web"));
        QCOMPARE(st->columnText(1), std::string("web"));
        QCOMPARE(st->columnText(2), nok::survey::todayUtc());
        const std::string payload = st->columnBlob(3), sig = st->columnBlob(4);
        QCOMPARE(payload, stored->payload);
        auto keys = nok::server::loadServerKeys(*m_db);
        QVERIFY(keys.ok());
        QVERIFY(nok::crypto::verify(keys->sign.publicKey, payload,
                                    nok::crypto::Bytes(sig.begin(), sig.end())));
        // A changed byte no longer verifies: the signature covers exactly what is stored.
        std::string tampered = payload;
        tampered[tampered.size() / 2] ^= 1;
        QVERIFY(!nok::crypto::verify(keys->sign.publicKey, tampered,
                                     nok::crypto::Bytes(sig.begin(), sig.end())));
        auto decoded = nok::survey::decodePayload(payload);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->channel, std::string("web"));
        QCOMPARE(decoded->device, std::string("web"));
        QVERIFY(decoded->answers == completeAnswers());
        QVERIFY(json::parse(st->columnText(5)) == completeAnswers());
        QCOMPARE(st->columnInt(6), std::int64_t(1));
        // Only the contract's fields: a day, no time of day, no address, no language.
        std::set<std::string> fields;
        const json parsed = json::parse(payload);
        for (auto it = parsed.begin(); it != parsed.end(); ++it)
            fields.insert(it.key());
        QCOMPARE(fields,
                 (std::set<std::string>{"v", "id", "device", "org", "campaign", "questionnaire",
                                        "channel", "day", "seq", "answers"}));
        // Counted: the tallies were updated in the same transaction.
        QCOMPARE(
            countWhere(
                *m_db,
                "SELECT complete FROM response_counts WHERE campaign='web-2026' AND org='org-c'"),
            std::int64_t(1));
    }
    void sequenceCountsTheServersWebResponses() {
        QVERIFY(
            nok::server::storeWebResponse(*m_db, {"web-2026", "org-a", completeAnswers(), ""}).ok());
        auto second =
            nok::server::storeWebResponse(*m_db, {"web-2026", "org-b", completeAnswers(), ""});
        QVERIFY(second.ok());
        QCOMPARE(nok::survey::decodePayload(second->payload)->seq, std::int64_t(2));
    }
    void invalidAnswersAreRefusedByTheSameValidatorAndNothingIsStored() {
        json answers = completeAnswers();
        answers["stand_satisfied"] = "yes"; // skipped by stand_used = no
        auto r = nok::server::storeWebResponse(*m_db, {"web-2026", "org-a", answers, ""});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("skipped_question_answered"));
        QCOMPARE(r.error().field, std::string("answers.stand_satisfied"));
        answers = completeAnswers();
        answers.erase("recommend");
        QCOMPARE(nok::server::storeWebResponse(*m_db, {"web-2026", "org-a", answers, ""}).error().code,
                 std::string("missing_answer"));
        QCOMPARE(countWhere(*m_db, "SELECT COUNT(*) FROM responses WHERE source = 'web'"),
                 std::int64_t(0));
    }
    void unknownCampaignOrOrganisationIsNamed() {
        auto c = nok::server::storeWebResponse(*m_db, {"nope", "org-a", completeAnswers(), ""});
        QCOMPARE(c.error().code, std::string("unknown_campaign"));
        auto o = nok::server::storeWebResponse(*m_db, {"web-2026", "org-zzz", completeAnswers(), ""});
        QCOMPARE(o.error().code, std::string("unknown_org"));
        QCOMPARE(o.error().field, std::string("org"));
        QCOMPARE(countWhere(*m_db, "SELECT COUNT(*) FROM responses WHERE source = 'web'"),
                 std::int64_t(0));
    }
};

} // namespace tst_web_response_service

NOK_TEST_GUILESS_MAIN(tst_web_response_service, TstWebResponseService)
#include "tst_web_response_service.moc"
