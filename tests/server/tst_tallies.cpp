// The per-organisation answer tallies kept by response_store (TallyBatch) and the delete trigger always equal a recount
// over the stored responses: after dataset imports, CSV imports, re-imports and deletions. The
// results read these tallies instead of rescanning responses, so a drift would be a wrong score.
#include "server_test_util.h"

#include "storage/server_database.h"
#include "storage/tally_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

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
};

QTEST_APPLESS_MAIN(TstTallies)
#include "tst_tallies.moc"
