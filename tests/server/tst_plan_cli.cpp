// Improvement plans from the command line, as an operator of the council uses them: `plan draft`
// lists the organisation's shortcomings exactly as the results report them; `plan import` refuses
// every bad document listed in issue 14 with exit 1 and a message naming the JSON path, storing
// nothing (the database file's plan rows and audit stay as they were); a plan read back with
// `plan export` is the document that was imported; the CSV and HTML forms carry the texts,
// escaped, and mark overdue items in words.
#include "server_test_util.h"

#include "nok/sqlite/database.h"
#include "storage/access_store.h"
#include "storage/server_database.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include "test_program.h"

namespace tst_plan_cli {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

// QCOMPARE cannot print nlohmann::json; this compares and shows both sides on failure.
#define JCOMPARE(actual, expected)                                                                 \
    do {                                                                                           \
        const json a_ = (actual), e_ = (expected);                                                 \
        QVERIFY2(a_ == e_, ("got " + a_.dump() + ", expected " + e_.dump()).c_str());              \
    } while (false)

namespace {

constexpr char kCampaign[] = "example-2026";

struct PlanDb {
    QTemporaryDir dir;
    std::string db = dir.filePath("nok.db").toStdString();
    std::string file(const std::string& name) const { return dir.filePath(name.c_str()).toStdString(); }
    bool ready() {
        return runCli({"init", "--db", db}).code == 0 &&
               runCli({"import", "--db", db, fixture("worked-example.json")}).code == 0;
    }
    json draft(const std::string& org = "org-1") {
        auto r = runCli({"plan", "draft", "--db", db, "--campaign", kCampaign, "--org", org});
        return r.code == 0 ? json::parse(r.out) : json();
    }
    // The draft with every item given a measure, a due day and a responsible person.
    json filled() {
        json plan = draft();
        for (auto& item : plan["items"]) {
            item["measure"] = "Разместить недостающие сведения";
            item["due"] = "2027-03-01";
            item["responsible"] = "Иванова И. И., заместитель директора";
        }
        return plan;
    }
    CliRun import(const json& plan) {
        writeFile(file("plan.json"), plan.dump());
        return runCli({"plan", "import", "--db", db, file("plan.json")});
    }
    std::int64_t count(const std::string& sql) {
        auto d = sqlite::Database::open(db, {.create = false});
        if (!d) return -1;
        auto st = (*d)->prepare(sql);
        if (!st) return -1;
        auto row = st->step();
        return row && *row ? st->columnInt(0) : -1;
    }
};

json resultsOrg(const std::string& db, const std::string& org) {
    auto r = runCli({"results", "--db", db, "--campaign", kCampaign});
    const json results = json::parse(r.out);
    for (const auto& o : results["organizations"])
        if (o["id"] == org) return o;
    return nullptr;
}

} // namespace

class TstPlanCli : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void draftListsTheResultsShortcomingsInOrder() {
        PlanDb p;
        QVERIFY(p.ready());
        const json draft = p.draft();
        JCOMPARE(draft["format"], "nok-plan/1");
        JCOMPARE(draft["campaign"], kCampaign);
        JCOMPARE(draft["org"], "org-1");
        const json shortcomings = resultsOrg(p.db, "org-1")["shortcomings"];
        QVERIFY(shortcomings.size() >= 3);
        QCOMPARE(draft["items"].size(), shortcomings.size());
        for (std::size_t i = 0; i < shortcomings.size(); ++i) {
            const json& s = shortcomings[i];
            const json& item = draft["items"][i];
            JCOMPARE(item["ref"], (json{{"kind", s["kind"]},
                                           {"criterion", s["criterion"]},
                                           {"indicator", s["indicator"]},
                                           {"set", s["set"]},
                                           {"item", s["item"]}}));
            JCOMPARE(item["shortcoming"], s["text"]);
            JCOMPARE(item["criterion"], s["criterion"]);
            JCOMPARE(item["measure"], "");
            QVERIFY(item["due"].is_null());
            JCOMPARE(item["status"], "planned");
        }
    }

    void importRefusesEachBadInputStoringNothing_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("which");
        QTest::newRow("unknown campaign") << "campaign" << 0;
        QTest::newRow("unknown organisation") << "org" << 1;
        QTest::newRow("criterion K6") << "items[1].criterion" << 2;
        QTest::newRow("unknown status") << "items[1].status" << 3;
        QTest::newRow("30 February") << "items[1].due" << 4;
        QTest::newRow("empty measure") << "items[1].measure" << 5;
        QTest::newRow("empty due") << "items[1].due" << 6;
        QTest::newRow("done without done_on") << "items[1].done_on" << 7;
        QTest::newRow("ref of no shortcoming") << "items[1].ref" << 8;
        QTest::newRow("duplicate id") << "items[1].id" << 9;
        QTest::newRow("done_on not a date") << "items[1].done_on" << 10;
    }
    void importRefusesEachBadInputStoringNothing() {
        QFETCH(QString, path);
        QFETCH(int, which);
        PlanDb p;
        QVERIFY(p.ready());
        const json good = p.filled();
        QCOMPARE(p.import(good).code, 0); // a stored plan the bad one must not touch
        const auto auditBefore = p.count("SELECT count(*) FROM audit");
        const std::function<void(json&)> breakers[] = {
            [](json& d) { d["campaign"] = "no-such-campaign"; },
            [](json& d) { d["org"] = "org-99"; },
            [](json& d) { d["items"][1]["criterion"] = "K6"; },
            [](json& d) { d["items"][1]["status"] = "finished"; },
            [](json& d) { d["items"][1]["due"] = "2027-02-30"; },
            [](json& d) { d["items"][1]["measure"] = "  "; },
            [](json& d) { d["items"][1]["due"] = nullptr; },
            [](json& d) { d["items"][1]["status"] = "done"; },
            [](json& d) { d["items"][1]["ref"]["indicator"] = "9.9"; },
            [](json& d) { d["items"][1]["id"] = d["items"][0]["id"]; },
            [](json& d) {
                d["items"][1]["status"] = "done";
                d["items"][1]["done_on"] = "01.12.2026";
            },
        };
        json bad = good;
        bad["items"][0]["measure"] = "изменено"; // would show if anything were stored
        breakers[which](bad);
        auto r = p.import(bad);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find(": " + path.toStdString() + ": ") != std::string::npos, r.err.c_str());
        auto back = runCli({"plan", "export", "--db", p.db, "--campaign", kCampaign, "--org", "org-1"});
        QCOMPARE(back.code, 0);
        JCOMPARE(json::parse(back.out), good);
        QCOMPARE(p.count("SELECT count(*) FROM audit"), auditBefore);
    }

    void droppedItemNeedsNoMeasureNorDue() {
        PlanDb p;
        QVERIFY(p.ready());
        json plan = p.filled();
        plan["items"][0]["status"] = "dropped";
        plan["items"][0]["measure"] = "";
        plan["items"][0]["due"] = nullptr;
        QCOMPARE(p.import(plan).code, 0);
    }

    void importThenExportGivesTheSameDocument() {
        PlanDb p;
        QVERIFY(p.ready());
        json plan = p.filled();
        plan["approved_on"] = "2026-11-20";
        plan["approved_by"] = "Директор Петров П. П.";
        plan["items"][0]["status"] = "done";
        plan["items"][0]["done_on"] = "2026-12-01";
        plan["items"][0]["result"] = "Сведения размещены на стенде";
        plan["items"][1]["status"] = "in_progress";
        std::swap(plan["items"][0], plan["items"][2]); // the organisation's order is kept
        auto r = p.import(plan);
        QVERIFY2(r.code == 0, r.err.c_str());
        auto back = runCli({"plan", "export", "--db", p.db, "--campaign", kCampaign, "--org", "org-1"});
        QCOMPARE(back.code, 0);
        JCOMPARE(json::parse(back.out), plan);
        // Export → import → export is byte for byte the same.
        writeFile(p.file("again.json"), back.out);
        QCOMPARE(runCli({"plan", "import", "--db", p.db, p.file("again.json")}).code, 0);
        auto twice = runCli({"plan", "export", "--db", p.db, "--campaign", kCampaign, "--org", "org-1"});
        QCOMPARE(twice.out, back.out);
        auto all = runCli({"plan", "export", "--db", p.db, "--campaign", kCampaign});
        const json doc = json::parse(all.out);
        JCOMPARE(doc["format"], "nok-plans/1");
        QCOMPARE(doc["plans"].size(), std::size_t(1));
        JCOMPARE(doc["plans"][0], plan);
        QCOMPARE(p.count("SELECT count(*) FROM audit WHERE action = 'plan.replace'"), std::int64_t(2));
    }

    void csvIsOneRowPerItemForRussianExcel() {
        PlanDb p;
        QVERIFY(p.ready());
        json plan = p.filled();
        plan["items"][0]["measure"] = "Стенд; \"новый\"";
        plan["items"][1]["result"] = "=HYPERLINK(\"x\")";
        plan["items"][2]["due"] = "2020-01-31";
        QCOMPARE(p.import(plan).code, 0);
        auto r = runCli({"plan", "export", "--db", p.db, "--campaign", kCampaign, "--format", "csv"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.rfind("\xEF\xBB\xBF", 0) == 0);
        QVERIFY(r.out.find("Код организации;Организация;Пункт;Критерий") != std::string::npos);
        std::size_t rows = 0;
        for (std::size_t at = 0; (at = r.out.find("\r\n", at)) != std::string::npos; at += 2)
            ++rows;
        QCOMPARE(rows, plan["items"].size() + 1);
        QVERIFY2(r.out.find(";\"Стенд; \"\"новый\"\"\";2027-03-01;") != std::string::npos,
                 r.out.c_str());
        QVERIFY(r.out.find("'=HYPERLINK") != std::string::npos); // not a live formula
        QVERIFY(r.out.find(";2020-01-31;") != std::string::npos);
        QVERIFY(r.out.find(";запланировано;;;да\r\n") != std::string::npos); // overdue, in words
    }

    void htmlIsThePlanFormBySectionsEscaped() {
        PlanDb p;
        QVERIFY(p.ready());
        json plan = p.filled();
        plan["items"][0]["measure"] = "<script>alert(1)</script> & стенд";
        plan["items"][0]["status"] = "done";
        plan["items"][0]["done_on"] = "2026-12-01";
        plan["items"][0]["result"] = "Размещено";
        plan["items"][1]["due"] = "2020-01-31";
        QCOMPARE(p.import(plan).code, 0);
        const std::string out = p.file("plan.html");
        auto r = runCli({"plan", "export", "--db", p.db, "--campaign", kCampaign, "--org", "org-1",
                         "--format", "html", "--out", out});
        QCOMPARE(r.code, 0);
        const std::string html = readFile(out);
        QVERIFY(html.find("<script>") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; стенд") != std::string::npos);
        QVERIFY(html.find("src=") == std::string::npos && html.find("href=") == std::string::npos);
        for (const char* column : {"Выявленный недостаток", "Мероприятие по устранению", "Срок",
                                   "Ответственный", "Что сделано", "Когда"})
            QVERIFY2(html.find(std::string(">") + column) != std::string::npos, column);
        QVERIFY(html.find("<h2>K1. ") != std::string::npos);
        QVERIFY(html.find("Пример: организация из расчёта") != std::string::npos);
        QVERIFY(html.find("01.12.2026") != std::string::npos);
        QVERIFY(html.find("31.01.2020<br><span class=\"overdue\">просрочено</span>") !=
                std::string::npos);
    }

    // Migration 0010 rebuilds `users` to admit the organization role: a database from before it
    // keeps every user with its token hash and 0009 lifecycle days, and the new rule holds (an
    // organization user needs an org, other roles may not have one).
    void upgradeKeepsEveryUserAndTheRoleRule() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("old.db").toStdString();
        const auto& all = server::serverMigrations();
        {
            auto old = sqlite::Database::open(path);
            QVERIFY(old.ok());
            QVERIFY(sqlite::migrate(**old, {all.begin(), all.end() - 1}).ok());
            QVERIFY((*old)->exec("INSERT INTO users (name, role, token_hash, created_day, "
                                 "expires_day, revoked_day, last_used_day, rotated_day) VALUES "
                                 "('anna', 'council', 'abc', '2026-01-02', '2027-01-01', NULL, "
                                 "'2026-05-06', '2026-03-04')")
                        .ok());
        }
        auto db = server::openServerDatabase(path, false);
        QVERIFY(db.ok());
        QCOMPARE((*db)->userVersion(), static_cast<int>(all.size()));
        auto anna = server::findUserByName(**db, "anna");
        QVERIFY(anna.ok() && anna->has_value());
        QCOMPARE((**anna).user.role, std::string("council"));
        QVERIFY(!(**anna).user.org);
        QCOMPARE((**anna).expiresDay.value_or(""), std::string("2027-01-01"));
        QCOMPARE((**anna).lastUsedDay.value_or(""), std::string("2026-05-06"));
        QCOMPARE((**anna).rotatedDay.value_or(""), std::string("2026-03-04"));
        QVERIFY(server::findUserByTokenHash(**db, "abc").ok());
        QVERIFY(!(*db)->exec("INSERT INTO users (name, role, token_hash, created_day) VALUES "
                             "('x', 'organization', 'h1', '2026-01-01')")
                     .ok());
        QVERIFY(!(*db)->exec("INSERT INTO users (name, role, token_hash, created_day, org) VALUES "
                             "('y', 'council', 'h2', '2026-01-01', 'org-1')")
                     .ok());
        QVERIFY((*db)->exec("INSERT INTO users (name, role, token_hash, created_day, org) VALUES "
                            "('z', 'organization', 'h3', '2026-01-01', 'org-1')")
                    .ok());
    }

    // deploy/run.sh imports this plan into the demo region: it must stay valid for that dataset,
    // and read back as the same bytes.
    void demoPlanFitsTheDemoRegion() {
        QTemporaryDir dir;
        const std::string db = dir.filePath("demo.db").toStdString();
        const std::string demo = std::string(NOK_SOURCE_DIR) + "/deploy/demo/";
        QCOMPARE(runCli({"init", "--db", db}).code, 0);
        QCOMPARE(runCli({"import", "--db", db, demo + "demo-region.json"}).code, 0);
        auto r = runCli({"plan", "import", "--db", db, demo + "demo-plan.json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const json plan = json::parse(readFile(demo + "demo-plan.json"));
        auto back = runCli({"plan", "export", "--db", db, "--campaign", plan["campaign"],
                            "--org", plan["org"]});
        QCOMPARE(back.out, readFile(demo + "demo-plan.json"));
    }
};

} // namespace tst_plan_cli

NOK_TEST_GUILESS_MAIN(tst_plan_cli, TstPlanCli)
#include "tst_plan_cli.moc"
