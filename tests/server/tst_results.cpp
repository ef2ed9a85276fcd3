// `nok-server results` through the real CLI: the worked example of METHODOLOGY.md to 1e-9, the
// CONTRACTS.md shape with the campaign and methodology blocks, methodology overrides (built-in
// and from a file), CSV and HTML output, --out written atomically, argument and input errors.
#include "server_test_util.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include "test_program.h"

namespace tst_results {

using nlohmann::json;
using namespace nok::test;

namespace {

bool near(const json& v, double want) {
    return v.is_number() && std::fabs(v.get<double>() - want) < 1e-9;
}

bool hasKeys(const json& obj, std::initializer_list<const char*> keys) {
    for (const char* k : keys)
        if (!obj.contains(k)) {
            qWarning("missing key %s", k);
            return false;
        }
    return true;
}

const json& orgById(const json& results, const std::string& id) {
    for (const auto& o : results["organizations"])
        if (o["id"] == id) return o;
    qFatal("no organisation %s", id.c_str());
}

} // namespace

class TstResults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_db;

    std::string path(const char* name) { return m_dir.filePath(name).toStdString(); }
    json resultsJson(std::vector<std::string> extra = {}) {
        std::vector<std::string> args = {"results", "--db", m_db, "--campaign", "example-2026"};
        args.insert(args.end(), extra.begin(), extra.end());
        auto r = runCli(args);
        if (r.code != 0) qFatal("results failed: %s", r.err.c_str());
        return json::parse(r.out);
    }

  private slots:
    void initTestCase() {
        m_db = path("results.db");
        QCOMPARE(runCli({"init", "--db", m_db}).code, 0);
        QCOMPARE(runCli({"import", "--db", m_db, fixture("worked-example.json")}).code, 0);
    }

    void reproducesTheWorkedExample() {
        const json r = resultsJson();
        const json& o = orgById(r, "org-1");
        const std::map<std::string, double> indicators = {
            {"1.1", 77.5}, {"1.2", 90}, {"1.3", 87.5}, {"2.1", 80}, {"2.2", 90},
            {"2.3", 85},   {"3.1", 40}, {"3.2", 60},   {"3.3", 75}, {"4.1", 95},
            {"4.2", 100},  {"4.3", 90}, {"5.1", 90},   {"5.2", 80}, {"5.3", 95}};
        for (const auto& [id, want] : indicators)
            QVERIFY2(near(o["indicators"][id], want), id.c_str());
        const std::map<std::string, double> criteria = {
            {"K1", 85.25}, {"K2", 85.5}, {"K3", 58.5}, {"K4", 96}, {"K5", 90.5}};
        for (const auto& [id, want] : criteria)
            QVERIFY2(near(o["criteria"][id], want), id.c_str());
        QVERIFY(near(o["total"], 83.15));
        QCOMPARE(o["rank"].get<int>(), 1);
        QCOMPARE(o["rank_in_category"].get<int>(), 1);
        QCOMPARE(o["respondents"].get<int>(), 20);
        // Wilson interval and counts of a survey indicator come from the stored tallies.
        QCOMPARE(o["indicator_details"]["3.3"]["yes"].get<int>(), 3);
        QCOMPARE(o["indicator_details"]["3.3"]["answered"].get<int>(), 4);

        const json& o2 = orgById(r, "org-2");
        QVERIFY(o2["total"].is_null());
        QVERIFY(o2["rank"].is_null());
        QCOMPARE(o2["reason"].get<std::string>(), std::string("no_expert_record"));
        QCOMPARE(o2["respondents"].get<int>(), 5);
        QVERIFY(near(r["region"]["average"], 83.15));
    }

    void hasTheContractShape() {
        const json r = resultsJson();
        QVERIFY(hasKeys(r, {"campaign", "methodology", "organizations", "categories", "region"}));
        QVERIFY(r["campaign"] == json({{"id", "example-2026"},
                                       {"title", "Пример из METHODOLOGY.md"},
                                       {"year", 2026},
                                       {"region", "Пример"}}));
        QCOMPARE(r["methodology"]["id"].get<std::string>(), std::string("344n-social"));
        QCOMPARE(r["methodology"]["version"].get<int>(), 1);
        for (const auto& o : r["organizations"])
            QVERIFY(hasKeys(o, {"id", "name", "category", "respondents", "indicators", "criteria",
                                "total", "rank", "rank_in_category", "not_measurable", "warnings",
                                "reason"}));
        QCOMPARE(r["categories"].size(), std::size_t(1));
        QVERIFY(hasKeys(r["categories"][0], {"category", "organizations", "average", "criteria"}));
        QVERIFY(hasKeys(r["region"], {"organizations", "respondents", "average", "criteria"}));
        QCOMPARE(r["region"]["respondents"].get<int>(), 25);
    }

    void methodologyCanBeOverridden() {
        const json variant = resultsJson({"--methodology", "344n-2018-common-denominator"});
        QCOMPARE(variant["methodology"]["id"].get<std::string>(),
                 std::string("344n-2018-common-denominator"));
        // 1.3 = 100 · (9 + 5) / (2 · 20) with the common denominator.
        QVERIFY(near(orgById(variant, "org-1")["indicators"]["1.3"], 35));

        json file = json::parse(
            readFile(std::string(NOK_SOURCE_DIR) + "/shared/data/methodologies/344n-social.json"));
        file["id"] = "council-variant";
        file["version"] = 7;
        const auto variantPath = path("council-variant.json");
        writeFile(variantPath, file.dump());
        const json fromFile = resultsJson({"--methodology", variantPath});
        QVERIFY(fromFile["methodology"] == json({{"id", "council-variant"}, {"version", 7}}));
        QVERIFY(near(orgById(fromFile, "org-1")["total"], 83.15));

        auto unknown = runCli({"results", "--db", m_db, "--campaign", "example-2026",
                               "--methodology", "no-such-method"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.find("--methodology: 'no-such-method' is neither") !=
                     std::string::npos,
                 unknown.err.c_str());
    }

    void csvAndHtmlThroughTheCli() {
        auto csv = runCli({"results", "--db", m_db, "--campaign", "example-2026", "--format", "csv",
                           "--csv-dialect", "excel-ru"});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.rfind("\xEF\xBB\xBFКод;Организация;Категория;Респондентов;Показатель 1.1;", 0) ==
                0);
        QVERIFY(csv.out.find("org-1;Пример: организация из расчёта;ЦСОН;20;77,50;") !=
                std::string::npos);
        auto html =
            runCli({"results", "--db", m_db, "--campaign", "example-2026", "--format", "html"});
        QCOMPARE(html.code, 0);
        QVERIFY(html.out.find("Больше прогулок на свежем воздухе") != std::string::npos);
        QVERIFY(html.out.find("<td class=\"num\">83,15</td>") != std::string::npos);
    }

    void htmlEscapesNamesAndSuggestionsFromTheDatabase() {
        const auto db = path("xss.db");
        QCOMPARE(runCli({"init", "--db", db}).code, 0);
        json d = workedExample();
        d["organizations"][0]["name"] = "<script>alert('org')</script>";
        d["responses"][0]["answers"]["suggestions"] =
            "<img src=x onerror=alert(1)><script>x()</script>";
        writeFile(path("xss.json"), d.dump());
        QCOMPARE(runCli({"import", "--db", db, path("xss.json")}).code, 0);
        auto html =
            runCli({"results", "--db", db, "--campaign", "example-2026", "--format", "html"});
        QCOMPARE(html.code, 0);
        QVERIFY(html.out.find("<script") == std::string::npos);
        QVERIFY(html.out.find("<img") == std::string::npos);
        QVERIFY(html.out.find("&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt;") !=
                std::string::npos);
        QVERIFY(html.out.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    }

    void freeTextReadingYesIsNotAQuestion() {
        const auto db = path("text-yes.db");
        QCOMPARE(runCli({"init", "--db", db}).code, 0);
        json d = workedExample();
        d["responses"][0]["answers"]["suggestions"] = "yes";
        d["responses"][1]["answers"]["suggestions"] = "no";
        writeFile(path("text-yes.json"), d.dump());
        QCOMPARE(runCli({"import", "--db", db, path("text-yes.json")}).code, 0);
        auto r = runCli({"results", "--db", db, "--campaign", "example-2026"});
        QCOMPARE(r.code, 0);
        const json results = json::parse(r.out);
        for (const auto& q : results["summary"]["questions"])
            QVERIFY(q["question"] != "suggestions");
        QVERIFY(!orgById(results, "org-1")["questions"].contains("suggestions"));
        QVERIFY(near(orgById(results, "org-1")["total"], 83.15));
    }

    void outIsWrittenAtomically() {
        const auto out = path("out/report.json");
        QVERIFY(QDir(m_dir.path()).mkpath("out"));
        writeFile(out, "old content");
        auto r = runCli({"results", "--db", m_db, "--campaign", "example-2026", "--out", out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.empty());
        QVERIFY(json::parse(readFile(out)) == resultsJson());
        QCOMPARE(QDir(m_dir.filePath("out")).entryList(QDir::Files).size(), 1); // no temp left
        auto bad = runCli({"results", "--db", m_db, "--campaign", "example-2026", "--out",
                           path("missing-dir/r.json")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.find("missing-dir/r.json") != std::string::npos, bad.err.c_str());
    }

    void badArgumentsAndUnknownCampaign() {
        auto format =
            runCli({"results", "--db", m_db, "--campaign", "example-2026", "--format", "pdf"});
        QCOMPARE(format.code, 2);
        QVERIFY(format.err.find("--format: must be json, csv or html") != std::string::npos);
        auto dialect = runCli(
            {"results", "--db", m_db, "--campaign", "example-2026", "--csv-dialect", "excel-ru"});
        QCOMPARE(dialect.code, 2);
        QVERIFY(dialect.err.find("--csv-dialect: applies only to --format csv") !=
                std::string::npos);
        auto noCampaign = runCli({"results", "--db", m_db});
        QCOMPARE(noCampaign.code, 2);
        auto unknown = runCli({"results", "--db", m_db, "--campaign", "nope"});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.find("--campaign: no campaign 'nope'") != std::string::npos);
    }

    void demoRegionImportsAndScores() {
        const auto db = path("demo.db");
        const auto demo = std::string(NOK_SOURCE_DIR) + "/deploy/demo/demo-region.json";
        QCOMPARE(runCli({"init", "--db", db}).code, 0);
        auto imported = runCli({"import", "--db", db, demo});
        QVERIFY2(imported.code == 0, imported.err.c_str());
        auto r = runCli({"results", "--db", db, "--campaign", "kuzbass-2026"});
        QCOMPARE(r.code, 0);
        const json results = json::parse(r.out);
        QCOMPARE(results["organizations"].size(), std::size_t(12));
        QCOMPARE(results["categories"].size(), std::size_t(4));
        int scored = 0, withoutExpert = 0;
        for (const auto& o : results["organizations"]) {
            scored += o["total"].is_number() ? 1 : 0;
            withoutExpert += o["reason"] == "no_expert_record" ? 1 : 0;
            QVERIFY(o["respondents"].get<int>() >= 30 && o["respondents"].get<int>() <= 80);
        }
        QCOMPARE(scored, 11);
        QCOMPARE(withoutExpert, 1);
    }

    void resultsFollowNewlyImportedResponses() {
        const auto db = path("grow.db");
        QCOMPARE(runCli({"init", "--db", db}).code, 0);
        QCOMPARE(runCli({"import", "--db", db, fixture("worked-example.json")}).code, 0);
        json d = workedExample();
        json extra = d["responses"][0]; // all "yes"
        extra["id"] = "99990000-0000-4000-8000-0000000000ff";
        d["responses"] = json::array({extra});
        writeFile(path("extra.json"), d.dump());
        QCOMPARE(runCli({"import", "--db", db, path("extra.json")}).code, 0);
        auto r = runCli({"results", "--db", db, "--campaign", "example-2026"});
        const json o = orgById(json::parse(r.out), "org-1");
        QCOMPARE(o["respondents"].get<int>(), 21);
        QVERIFY(near(o["indicators"]["5.1"], 100.0 * 19 / 21));
    }
};

} // namespace tst_results

NOK_TEST_APPLESS_MAIN(tst_results, TstResults)
#include "tst_results.moc"
