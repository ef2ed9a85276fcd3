// `nok-server import` of nok-dataset/1 files through the real CLI: every malformed case of
// issue 3 exits non-zero, names the JSON path and leaves the database file byte-for-byte as it
// was; a re-import changes nothing; expert records keep their history.
#include "server_test_util.h"

#include "service/import_service.h"
#include "storage/campaign_store.h"
#include "storage/expert_store.h"
#include "storage/server_database.h"

#include <QTemporaryDir>
#include <QTest>
#include "test_program.h"

namespace tst_import_dataset {

using nlohmann::json;
using namespace nok::test;

namespace {

// A copy of the worked example changed by `mutate`, plus one new valid response (so a file
// that is refused would otherwise have added something).
std::string mutated(const std::function<void(json&)>& mutate) {
    json d = workedExample();
    json extra = d["responses"][19];
    extra["id"] = "99990000-0000-4000-8000-000000000001";
    d["responses"].push_back(extra);
    mutate(d);
    return d.dump(1);
}

std::int64_t scalar(nok::sqlite::Database& db, const char* sql) {
    auto st = db.prepare(sql);
    auto row = st->step();
    return row.ok() && *row ? st->columnInt(0) : -1;
}

} // namespace

class TstImportDataset : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::string freshDb() {
        const auto path = m_dir.filePath(QString("db%1.sqlite").arg(++m_n)).toStdString();
        auto r = runCli({"init", "--db", path});
        if (r.code != 0) qFatal("init failed: %s", r.err.c_str());
        return path;
    }
    std::string file(const std::string& name, const std::string& bytes) {
        const auto path = m_dir.filePath(QString::fromStdString(name)).toStdString();
        writeFile(path, bytes);
        return path;
    }

  private slots:
    void importsTheWorkedExampleAndReimportChangesNothing() {
        const auto db = freshDb();
        auto first = runCli({"import", "--db", db, fixture("worked-example.json")});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.find("25 responses stored") != std::string::npos, first.out.c_str());
        const auto before = fileHash(db);
        auto again = runCli({"import", "--db", db, fixture("worked-example.json")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.find("nothing new") != std::string::npos, again.out.c_str());
        QCOMPARE(fileHash(db), before);

        auto open = nok::server::openServerDatabase(db, false);
        QVERIFY(open.ok());
        auto& d = **open;
        QCOMPARE(scalar(d, "SELECT count(*) FROM responses"), 25);
        QCOMPARE(scalar(d, "SELECT complete FROM response_counts WHERE org = 'org-1'"), 20);
        QCOMPARE(scalar(d, "SELECT count(*) FROM responses WHERE source = 'import' AND sig IS NULL"
                           " AND payload = CAST(payload AS BLOB)"),
                 25);
        auto orgs = nok::server::listOrganizations(d, "example-2026");
        QVERIFY(orgs.ok());
        QCOMPARE(orgs->size(), std::size_t(2));
        QCOMPARE(orgs->at(0).recipients, 40);
    }

    void malformedDatasetIsRefusedWithItsPath_data() {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<std::string>("expected"); // must appear on stderr

        QTest::newRow("not json") << std::string("this is not a dataset")
                                  << std::string("not valid JSON");
        const std::string whole = readFile(fixture("worked-example.json"));
        QTest::newRow("truncated") << whole.substr(0, whole.size() / 2) << std::string("truncated");
        QTest::newRow("empty") << std::string("") << std::string("the file is empty");
        QTest::newRow("unknown format version")
            << mutated([](json& d) { d["format"] = "nok-dataset/2"; })
            << std::string("format: unsupported format version 'nok-dataset/2'");
        QTest::newRow("unknown question")
            << mutated([](json& d) { d["responses"][3]["answers"]["favourite_colour"] = "blue"; })
            << std::string("responses[3].answers.favourite_colour: is not a question");
        QTest::newRow("skipped question answered")
            << mutated([](json& d) { d["responses"][12]["answers"]["stand_satisfied"] = "yes"; })
            << std::string("responses[12].answers.stand_satisfied: must be absent");
        QTest::newRow("missing required answer")
            << mutated([](json& d) { d["responses"][2]["answers"].erase("timely"); })
            << std::string("responses[2].answers.timely: is required");
        QTest::newRow("yes/no other value")
            << mutated([](json& d) { d["responses"][4]["answers"]["recommend"] = "maybe"; })
            << std::string("responses[4].answers.recommend: must be one of \"yes\", \"no\"");
        QTest::newRow("age out of range")
            << mutated([](json& d) { d["responses"][17]["answers"]["age"] = 130; })
            << std::string("responses[17].answers.age: must be an integer from 14 to 120");
        QTest::newRow("text too long") << mutated([](json& d) {
            d["responses"][1]["answers"]["suggestions"] = std::string(2001, 'a');
        }) << std::string("responses[1].answers.suggestions: must be at most 2000 characters");
        QTest::newRow("unknown organisation")
            << mutated([](json& d) { d["responses"][5]["org"] = "org-9"; })
            << std::string("responses[5].org: no organisation 'org-9'");
        QTest::newRow("unknown expert item")
            << mutated([](json& d) { d["expert"][0]["distance_methods"].push_back("telegram"); })
            << std::string("expert[0].distance_methods[3]: unknown item 'telegram'");
        QTest::newRow("present above required")
            << mutated([](json& d) { d["expert"][0]["stand_items"]["present"] = 11; })
            << std::string("expert[0].stand_items.present: must not be greater than required (10)");
        QTest::newRow("unknown channel")
            << mutated([](json& d) { d["responses"][6]["channel"] = "fax"; })
            << std::string("responses[6].channel: must be one of kiosk, interview, web, paper");
        QTest::newRow("conflicting duplicate id (stored)")
            << mutated([](json& d) { d["responses"][7]["answers"]["recommend"] = "no"; })
            << std::string("responses[7].id: response id 6f1c0000-0000-4000-8000-000000000007 is "
                           "already stored with other content");
        QTest::newRow("conflicting duplicate id (same file)")
            << mutated([](json& d) {
                   json twin = d["responses"][25];
                   twin["channel"] = "web";
                   d["responses"].push_back(twin);
               })
            << std::string("responses[26].id: response id 99990000-0000-4000-8000-000000000001 "
                           "appears again with other content (first at responses[25])");
        QTest::newRow("response id not a uuid")
            << mutated([](json& d) { d["responses"][0]["id"] = "r-1"; })
            << std::string("responses[0].id: must be a UUID");
        QTest::newRow("expert for unknown organisation")
            << mutated([](json& d) { d["expert"][0]["org"] = "org-7"; })
            << std::string("expert[0].org: no organisation 'org-7'");
        QTest::newRow("waiting time points out of range")
            << mutated([](json& d) { d["expert"][0]["waiting_time_points"] = 150; })
            << std::string("expert[0].waiting_time_points: must be null or a number from 0 to 100");
        QTest::newRow("negative required")
            << mutated([](json& d) { d["expert"][0]["site_items"]["required"] = -1; })
            << std::string("expert[0].site_items.required: must be an integer from 0");
        QTest::newRow("negative recipients")
            << mutated([](json& d) { d["organizations"][1]["recipients"] = -5; })
            << std::string("organizations[1].recipients: must be an integer >= 0");
        QTest::newRow("duplicate organisation")
            << mutated([](json& d) { d["organizations"].push_back(d["organizations"][0]); })
            << std::string("organizations[2].id: organisation 'org-1' is already defined");
        QTest::newRow("unknown methodology")
            << mutated([](json& d) { d["campaign"]["methodology"] = "my-own"; })
            << std::string("campaign.methodology: unknown methodology 'my-own'");
        // A key twice inside one response: a DOM keeps the last value, another reader the first.
        std::string twice = workedExample().dump();
        twice.insert(twice.find("\"channel\":"), "\"channel\":\"paper\",");
        QTest::newRow("nested key twice")
            << twice << std::string("responses[0].channel: appears twice in one object");
        QTest::newRow("max_per_day not a positive integer")
            << mutated([](json& d) { d["campaign"]["max_per_day"] = 0; })
            << std::string("campaign.max_per_day: must be an integer from 1 to");
        QTest::newRow("answers not an object")
            << mutated([](json& d) { d["responses"][9]["answers"] = json::array(); })
            << std::string("responses[9].answers: answers must be a JSON object");
    }

    void malformedDatasetIsRefusedWithItsPath() {
        QFETCH(std::string, bytes);
        QFETCH(std::string, expected);
        const auto db = freshDb();
        QCOMPARE(runCli({"import", "--db", db, fixture("worked-example.json")}).code, 0);
        const auto before = fileHash(db);
        const auto bad = file("bad.json", bytes);
        auto r = runCli({"import", "--db", db, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find(expected) != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("nothing was imported") != std::string::npos, r.err.c_str());
        QVERIFY(r.out.empty());
        QCOMPARE(fileHash(db), before);
    }

    void everyProblemIsListedNotOnlyTheFirst() {
        const auto db = freshDb();
        const auto bad = file("many.json", mutated([](json& d) {
                                  d["responses"][0]["answers"]["age"] = 7;
                                  d["responses"][3]["channel"] = "fax";
                              }));
        auto r = runCli({"import", "--db", db, bad});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.find("responses[0].answers.age") != std::string::npos);
        QVERIFY(r.err.find("responses[3].channel") != std::string::npos);
        QVERIFY(r.err.find("(2 problems)") != std::string::npos);
    }

    void badArgumentsExitTwoAndMissingDatabaseOne() {
        QCOMPARE(runCli({"import", "--db"}).code, 2);
        QCOMPARE(runCli({"import", fixture("worked-example.json")}).code, 2);
        auto missing = runCli({"import", "--db", m_dir.filePath("nope.db").toStdString(),
                               fixture("worked-example.json")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.find("nok-server init") != std::string::npos);
        const auto db = freshDb();
        auto noFile = runCli({"import", "--db", db, m_dir.filePath("absent.json").toStdString()});
        QCOMPARE(noFile.code, 1);
        QVERIFY(noFile.err.find("absent.json: cannot open the file") != std::string::npos);
        auto other = runCli(
            {"import", "--db", db, "--campaign", "other-2026", fixture("worked-example.json")});
        QCOMPARE(other.code, 2);
        QVERIFY(other.err.find("--campaign: the dataset is for campaign 'example-2026'") !=
                std::string::npos);
    }

    void expertRecordsKeepEveryVersionAndTheNewestCounts() {
        const auto db = freshDb();
        QCOMPARE(runCli({"import", "--db", db, fixture("worked-example.json")}).code, 0);
        json d = workedExample();
        d["expert"][0]["stand_items"]["present"] = 10;
        d["expert"][0]["distance_methods"] = {"faq", "phone"}; // other order, one item fewer
        const auto changed = file("changed.json", d.dump());
        auto r = runCli({"import", "--db", db, changed});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("0 responses stored, 25 already stored") != std::string::npos,
                 r.out.c_str());
        QVERIFY2(r.out.find("1 expert records added") != std::string::npos, r.out.c_str());
        // The same content again, items in yet another order: no third version.
        d["expert"][0]["distance_methods"] = {"phone", "faq"};
        const auto before = fileHash(db);
        QCOMPARE(runCli({"import", "--db", db, file("same.json", d.dump())}).code, 0);
        QCOMPARE(fileHash(db), before);

        auto open = nok::server::openServerDatabase(db, false);
        auto history = nok::server::expertRecordHistory(**open, "example-2026", "org-1");
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(json::parse(history->at(0).recordJson)["stand_items"]["present"].get<int>(), 8);
        auto latest = nok::server::latestExpertRecords(**open, "example-2026");
        QCOMPARE(latest->size(), std::size_t(1));
        QCOMPARE(latest->at(0).version, 2);
        const json newest = json::parse(latest->at(0).recordJson);
        QCOMPARE(newest["stand_items"]["present"].get<int>(), 10);
        QVERIFY(newest["distance_methods"] == json({"faq", "phone"}));
    }

    void organisationAndCampaignCorrectionsAreApplied() {
        const auto db = freshDb();
        QCOMPARE(runCli({"import", "--db", db, fixture("worked-example.json")}).code, 0);
        json d = workedExample();
        d["organizations"][1]["recipients"] = 12;
        d["campaign"]["title"] = "Исправленное название";
        auto r = runCli({"import", "--db", db, file("fix.json", d.dump())});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("1 organisations added or changed") != std::string::npos,
                 r.out.c_str());
        auto open = nok::server::openServerDatabase(db, false);
        auto org = nok::server::findOrganization(**open, "example-2026", "org-2");
        QCOMPARE((*org)->recipients, 12);
        auto campaign = nok::server::findCampaign(**open, "example-2026");
        QCOMPARE((*campaign)->title, std::string("Исправленное название"));
    }

    void responsesMayReferToOrganisationsAlreadyStored() {
        const auto db = freshDb();
        QCOMPARE(runCli({"import", "--db", db, fixture("worked-example.json")}).code, 0);
        json d = workedExample();
        d["organizations"] = json::array();
        d.erase("expert");
        json r = d["responses"][0];
        r["id"] = "99990000-0000-4000-8000-0000000000aa";
        d["responses"] = json::array({r});
        auto run = runCli({"import", "--db", db, file("more.json", d.dump())});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.find("1 responses stored") != std::string::npos, run.out.c_str());
    }

    // The import reads the file as a stream; a file that lists its responses before the
    // campaign and organisations (JSON objects have no order) is read a second time for them.
    void responsesListedBeforeTheCampaignAreStillImported() {
        const auto db = freshDb();
        const json d = workedExample();
        nlohmann::ordered_json reordered;
        for (const char* key : {"responses", "expert", "organizations", "campaign", "format"})
            reordered[key] = d[key];
        auto run = runCli({"import", "--db", db, file("reordered.json", reordered.dump(1))});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.find("25 responses stored") != std::string::npos, run.out.c_str());
        auto open = nok::server::openServerDatabase(db, false);
        QVERIFY(open.ok());
        QCOMPARE(scalar(**open, "SELECT complete FROM response_counts WHERE org = 'org-1'"), 20);
        QCOMPARE(scalar(**open, "SELECT count(*) FROM expert_records"), 1);
    }

    void aResponseDayAfterTheServersTomorrowIsRefused() {
        auto db = nok::server::openServerDatabase(freshDb(), false);
        QVERIFY(db);
        nok::server::ImportOptions options;
        options.today = "2026-11-20";
        json d = workedExample();
        d["responses"][2]["day"] = "2099-12-31";
        d["responses"][4]["day"] = "2026-11-22";
        d["responses"][5]["day"] = "2026-11-21"; // tomorrow: a paper form dated by a clock ahead
        auto refused = nok::server::importText(**db, d.dump(), options);
        QCOMPARE(refused.errors.size(), std::size_t(2));
        QCOMPARE(refused.errors[0].code, std::string("day_in_future"));
        QCOMPARE(refused.errors[0].field, std::string("responses[2].day"));
        QCOMPARE(refused.errors[1].field, std::string("responses[4].day"));
        QCOMPARE(scalar(**db, "SELECT count(*) FROM responses"), std::int64_t(0));
        QCOMPARE(scalar(**db, "SELECT count(*) FROM campaigns"), std::int64_t(0));
        d["responses"][2].erase("day");
        d["responses"][4].erase("day");
        d["campaign"]["max_per_day"] = 350;
        auto stored = nok::server::importText(**db, d.dump(), options);
        QVERIFY2(stored.ok(), stored.ok() ? "" : stored.errors[0].describe().c_str());
        QCOMPARE(scalar(**db, "SELECT max_per_day FROM campaigns"), std::int64_t(350));
    }

    void aTopLevelKeyGivenTwiceIsRefused() {
        const auto db = freshDb();
        const std::string whole = workedExample().dump();
        // The same "format" again at the end: json::parse would keep the last one silently.
        const std::string twice = whole.substr(0, whole.size() - 1) + ",\"format\":\"nok-dataset/1\"}";
        const auto before = fileHash(db);
        auto r = runCli({"import", "--db", db, file("twice.json", twice)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("format: appears more than once") != std::string::npos, r.err.c_str());
        QCOMPARE(fileHash(db), before);
    }

    // Thousands of new responses are written (and their tallies applied in batches) before a
    // syntax error at the very end of a truncated copy is found: all of it is rolled back. The
    // whole file then imports with tallies equal to a recount.
    void aLargeFileIsAllOrNothingAndItsTalliesAreExact() {
        const auto db = freshDb();
        json d = workedExample();
        const json model = d["responses"][0]; // org-1, complete
        for (int i = 0; i < 9000; ++i) {
            json r = model;
            char id[40];
            std::snprintf(id, sizeof id, "5a1e0000-0000-4000-8000-%012d", i);
            r["id"] = id;
            r["org"] = i % 3 ? "org-1" : "org-2";
            d["responses"].push_back(r);
        }
        const std::string whole = d.dump(1);
        const auto before = fileHash(db);
        auto cut = runCli(
            {"import", "--db", db, file("cut.json", whole.substr(0, whole.size() - 40))});
        QCOMPARE(cut.code, 1);
        QVERIFY2(cut.err.find("truncated") != std::string::npos, cut.err.c_str());
        QCOMPARE(fileHash(db), before);

        auto run = runCli({"import", "--db", db, file("large.json", whole)});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.find("9025 responses stored") != std::string::npos, run.out.c_str());
        auto open = nok::server::openServerDatabase(db, false);
        QVERIFY(open.ok());
        auto& o = **open;
        QCOMPARE(scalar(o, "SELECT sum(complete) FROM response_counts"),
                 scalar(o, "SELECT count(*) FROM responses"));
        QCOMPARE(scalar(o, "SELECT complete FROM response_counts WHERE org = 'org-1'"), 20 + 6000);
        QCOMPARE(scalar(o, "SELECT count FROM answer_tallies WHERE org = 'org-1' AND "
                           "question = 'recommend' AND value = 'yes'"),
                 scalar(o, "SELECT count(*) FROM responses WHERE org = 'org-1' AND "
                           "json_extract(answers, '$.recommend') = 'yes'"));
    }
};

} // namespace tst_import_dataset

NOK_TEST_APPLESS_MAIN(tst_import_dataset, TstImportDataset)
#include "tst_import_dataset.moc"
