// The per-organisation answer tallies kept by response_store (TallyBatch) and the delete trigger always equal a recount
// over the stored responses: after dataset imports, CSV imports, re-imports and deletions. The
// results read these tallies instead of rescanning responses, so a drift would be a wrong score.
#include "server_test_util.h"

#include "storage/response_store.h"
#include "storage/server_database.h"
#include "storage/tally_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>
#include "test_program.h"

namespace tst_tallies {

using nlohmann::json;
using namespace nok::test;

namespace {

// A valid answer set following the skip logic, random but reproducible.
json randomAnswers(std::mt19937& rng) {
    auto yn = [&](double pYes) { return std::bernoulli_distribution(pYes)(rng) ? "yes" : "no"; };
    json a;
    a["stand_used"] = yn(0.6);
    if (a["stand_used"] == "yes") a["stand_satisfied"] = yn(0.8);
    a["site_used"] = yn(0.4);
    if (a["site_used"] == "yes") a["site_satisfied"] = yn(0.85);
    a["timely"] = yn(0.9);
    a["comfort_satisfied"] = yn(0.85);
    a["disability"] = yn(0.3);
    if (a["disability"] == "yes") a["accessibility_satisfied"] = yn(0.7);
    a["staff_first_contact"] = yn(0.95);
    a["staff_service"] = yn(0.95);
    a["remote_used"] = yn(0.5);
    if (a["remote_used"] == "yes") a["remote_polite"] = yn(0.9);
    a["recommend"] = yn(0.9);
    a["organisational_satisfied"] = yn(0.85);
    a["overall_satisfied"] = yn(0.9);
    if (std::bernoulli_distribution(0.3)(rng))
        a["sex"] = yn(0.5) == std::string("yes") ? "male" : "female";
    return a;
}

json randomDataset(std::mt19937& rng, int from, int count) {
    json d = workedExample();
    d["responses"] = json::array();
    const char* orgs[] = {"org-1", "org-2"};
    const char* channels[] = {"kiosk", "interview", "web", "paper"};
    for (int i = from; i < from + count; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "5eed0000-0000-4000-8000-%012d", i);
        d["responses"].push_back({{"id", id},
                                  {"org", orgs[rng() % 2]},
                                  {"channel", channels[rng() % 4]},
                                  {"answers", randomAnswers(rng)}});
    }
    return d;
}

using Rows = std::vector<std::tuple<std::string, std::string, std::string, std::int64_t>>;

Rows query(nok::sqlite::Database& db, const char* sql) {
    Rows rows;
    auto st = db.prepare(sql);
    while (true) {
        auto row = st->step();
        if (!row.ok() || !*row) break;
        rows.emplace_back(st->columnText(0), st->columnText(1), st->columnText(2),
                          st->columnInt(3));
    }
    return rows;
}

constexpr char kTalliesSql[] = "SELECT org, question, value, count FROM answer_tallies "
                               "WHERE count > 0 ORDER BY org, question, value";
constexpr char kRecountSql[] =
    "SELECT r.org, j.key, j.value, count(*) FROM responses AS r, json_each(r.answers) AS j "
    "WHERE j.value IN ('yes', 'no') GROUP BY r.org, j.key, j.value ORDER BY 1, 2, 3";
constexpr char kCountsSql[] =
    "SELECT org, '', '', complete FROM response_counts WHERE complete > 0 "
    "ORDER BY org";
constexpr char kRecountResponsesSql[] =
    "SELECT org, '', '', count(*) FROM responses GROUP BY org ORDER BY org";

} // namespace

class TstTallies : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void verifyTalliesEqualRecount(nok::sqlite::Database& db) {
        const Rows tallies = query(db, kTalliesSql);
        const Rows recount = query(db, kRecountSql);
        QVERIFY(!recount.empty());
        QCOMPARE(tallies.size(), recount.size());
        QVERIFY(tallies == recount);
        QVERIFY(query(db, kCountsSql) == query(db, kRecountResponsesSql));
        // The reader the results use sees the same numbers.
        auto read = nok::server::readTallies(db, "example-2026");
        QVERIFY(read.ok());
        for (const auto& [org, question, value, n] : recount) {
            const auto& q = read->at(org).questions.at(question);
            QCOMPARE(value == "yes" ? q.yes : q.no, n);
        }
    }

  private slots:
    void talliesEqualARecountAfterEveryKindOfWrite() {
        const auto db = m_dir.filePath("t.db").toStdString();
        QCOMPARE(runCli({"init", "--db", db}).code, 0);
        std::mt19937 rng(20261123);
        QCOMPARE(runCli({"import", "--db", db, fixture("worked-example.json")}).code, 0);
        const auto batch1 = m_dir.filePath("b1.json").toStdString();
        const auto batch2 = m_dir.filePath("b2.json").toStdString();
        writeFile(batch1, randomDataset(rng, 0, 300).dump());
        writeFile(batch2, randomDataset(rng, 250, 200).dump()); // ids 250..299 again, other answers
        QCOMPARE(runCli({"import", "--db", db, batch1}).code, 0);
        QCOMPARE(runCli({"import", "--db", db, batch1}).code, 0); // re-import: no double count
        // batch2 reuses ids 250..299 with other answers: refused as a whole, nothing counted.
        QCOMPARE(runCli({"import", "--db", db, batch2}).code, 1);
        const auto csv = m_dir.filePath("p.csv").toStdString();
        writeFile(csv, "org,channel,stand_used,site_used,timely,comfort_satisfied,disability,"
                       "staff_first_contact,staff_service,remote_used,recommend,"
                       "organisational_satisfied,overall_satisfied\n"
                       "org-2,paper,no,no,yes,no,no,yes,yes,no,yes,no,yes\n"
                       "org-1,paper,no,no,no,no,no,no,no,no,no,no,no\n");
        QCOMPARE(runCli({"import", "--db", db, "--campaign", "example-2026", csv}).code, 0);

        auto open = nok::server::openServerDatabase(db, false);
        QVERIFY(open.ok());
        auto& d = **open;
        QCOMPARE(query(d, "SELECT '', '', '', count(*) FROM responses")[0],
                 Rows::value_type("", "", "", 327));
        verifyTalliesEqualRecount(d);

        // Deletions (an administrator removing a faulty batch) keep them equal too.
        QVERIFY(d.exec("DELETE FROM responses WHERE id LIKE '5eed%' AND rowid_ % 3 = 0").ok());
        verifyTalliesEqualRecount(d);
    }

    // Migration 0006 rebuilds `responses` (its CHECK constraints): a version-5 database keeps every
    // row byte for byte, its tallies, indexes and triggers, and the rules still refuse bad rows.
    void upgradeFromVersion5KeepsEveryResponseAndItsRules() {
        const auto path = m_dir.filePath("v5.db").toStdString();
        {
            auto v5 = nok::sqlite::Database::open(path);
            QVERIFY(v5.ok());
            const auto& all = nok::server::serverMigrations();
            QVERIFY(all.size() >= 6);
            QVERIFY(nok::sqlite::migrate(**v5, {all.begin(), all.begin() + 5}).ok());
            QCOMPARE((*v5)->userVersion(), 5);
            QVERIFY((*v5)->exec("INSERT INTO campaigns VALUES ('example-2026', 'T', 'R', 2026, 'm', "
                                "'social-675n/1', 1);"
                                "INSERT INTO organizations VALUES ('example-2026', 'org-1', 'A', 'c', 10),"
                                "('example-2026', 'org-2', 'B', 'c', 10);")
                        .ok());
            std::mt19937 rng(5);
            const char* channels[] = {"kiosk", "interview", "web", "paper"};
            for (int i = 0; i < 40; ++i) {
                nok::server::NewResponse r;
                r.id = "0ld00000-0000-4000-8000-" + std::to_string(100000000000 + i);
                r.campaign = "example-2026";
                r.org = i % 3 ? "org-1" : "org-2";
                r.channel = channels[i % 4];
                r.questionnaire = "social-675n/1";
                r.source = i % 2 ? "device" : "import";
                r.payload = "payload " + std::to_string(i);
                r.answersJson = randomAnswers(rng).dump();
                auto stored = nok::server::insertResponse(**v5, r);
                QVERIFY(stored.ok());
                QVERIFY(*stored == nok::server::InsertOutcome::Stored);
            }
        }
        constexpr char kRowsSql[] =
            "SELECT id, channel || source || hex(payload) || content_hash || answers, '', rowid_ "
            "FROM responses ORDER BY rowid_";
        Rows before;
        {
            auto v5 = nok::sqlite::Database::open(path);
            before = query(**v5, kRowsSql);
        }
        QCOMPARE(before.size(), std::size_t(40));

        auto open = nok::server::openServerDatabase(path, false);
        QVERIFY(open.ok());
        auto& d = **open;
        QCOMPARE(d.userVersion(), int(nok::server::serverMigrations().size()));
        QVERIFY(query(d, kRowsSql) == before);
        verifyTalliesEqualRecount(d);
        QCOMPARE(query(d, "SELECT name, '', '', 0 FROM sqlite_schema WHERE tbl_name = 'responses' "
                          "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"),
                 // 0011: an approved campaign's responses cannot be added or deleted.
                 Rows({{"approved_responses_delete", "", "", 0},
                       {"approved_responses_insert", "", "", 0},
                       {"responses_by_device", "", "", 0},
                       {"responses_by_org", "", "", 0},
                       {"responses_immutable", "", "", 0},
                       {"responses_tally_delete", "", "", 0}}));

        QVERIFY(!d.exec("UPDATE responses SET org = 'org-2'").ok()); // still immutable
        auto badChannel = d.exec(
            "INSERT INTO responses (id, campaign, org, channel, questionnaire, source, payload, "
            "content_hash, answers) VALUES ('x', 'example-2026', 'org-1', 'fax', 'q', 'device', "
            "x'00', 'h', '{}')");
        QVERIFY(!badChannel.ok());
        QVERIFY(badChannel.error().describe().find("CHECK") != std::string::npos);
        // The point of the rebuild: storing a response builds no temporary b-tree any more.
        auto plan = d.prepare("EXPLAIN INSERT INTO responses (id, campaign, org, channel, "
                              "questionnaire, source, payload, content_hash, answers) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QVERIFY(plan.ok());
        int ephemeral = 0, opcodes = 0;
        while (*plan->step()) {
            ++opcodes;
            ephemeral += plan->columnText(1) == "OpenEphemeral";
        }
        QVERIFY(opcodes > 10);
        QCOMPARE(ephemeral, 0);

        QVERIFY(d.exec("DELETE FROM responses WHERE rowid_ % 4 = 0").ok()); // the delete trigger
        verifyTalliesEqualRecount(d);
    }
};

} // namespace tst_tallies

NOK_TEST_APPLESS_MAIN(tst_tallies, TstTallies)
#include "tst_tallies.moc"
