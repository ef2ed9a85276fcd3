// Year over year (issue 14, part 2): `results --compare` and the dataset's "previous" give each
// organisation in both campaigns its previous figures and the change, computed here by hand from
// the raw counts of the two datasets; an unknown or self comparison is refused; a cached compared
// result is recomputed when either campaign's data changes.
#include "server_test_util.h"

#include "service/results_cache.h"
#include "storage/server_database.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include "test_program.h"

namespace tst_results_compare {

using nlohmann::json;
using namespace nok;
using namespace nok::test;

namespace {

bool near(const json& v, double want) {
    return v.is_number() && std::fabs(v.get<double>() - want) < 1e-9;
}

const json& orgById(const json& results, const std::string& id) {
    for (const auto& o : results["organizations"])
        if (o["id"] == id) return o;
    qFatal("no organisation %s", id.c_str());
}

// K1 and K2 of org-1 from its raw counts (METHODOLOGY.md formulas): 1.1 from the stand and site
// items present of required, 1.2 = 30 per distance channel, 1.3 the mean of two satisfied shares;
// 2.1 = 20 per comfort condition, 2.2 the share of «timely» (no expert points), 2.3 a share.
double k1(int distanceChannels) {
    const double i11 = 100.0 * (8.0 / 10 + 18.0 / 24) / 2;
    const double i12 = std::min(100.0, 30.0 * distanceChannels);
    const double i13 = (100.0 * 9 / 12 + 100.0 * 5 / 5) / 2;
    return 0.3 * i11 + 0.3 * i12 + 0.4 * i13;
}
double k2(int comfortConditions) {
    return 0.3 * std::min(100.0, 20.0 * comfortConditions) + 0.4 * (100.0 * 18 / 20) +
           0.3 * (100.0 * 17 / 20);
}

} // namespace

class TstResultsCompare : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_db;

    std::string path(const char* name) { return m_dir.filePath(name).toStdString(); }
    json results(std::vector<std::string> extra) {
        std::vector<std::string> args = {"results", "--db", m_db, "--campaign", "example-2026"};
        args.insert(args.end(), extra.begin(), extra.end());
        auto r = runCli(args);
        if (r.code != 0) qFatal("results failed: %s", r.err.c_str());
        return json::parse(r.out);
    }
    // The worked example as the earlier campaign: the same answers, a poorer expert record
    // (one distance channel instead of three, two comfort conditions instead of four).
    void importPrevious(int distance, int comfort) {
        json d = workedExample();
        d["campaign"]["id"] = "example-2025";
        d["campaign"]["year"] = 2025;
        auto& e = d["expert"][0];
        e["distance_methods"] = json::array();
        for (const char* m : {"phone", "email", "faq"})
            if (int(e["distance_methods"].size()) < distance) e["distance_methods"].push_back(m);
        e["comfort_conditions"] = json::array();
        for (const char* c : {"rest_area", "navigation", "drinking_water", "sanitary_rooms"})
            if (int(e["comfort_conditions"].size()) < comfort) e["comfort_conditions"].push_back(c);
        for (auto& r : d["responses"]) { // other ids: a response belongs to one campaign
            std::string id = r["id"];
            id[0] = 'a';
            r["id"] = id;
        }
        writeFile(path("previous.json"), d.dump());
        auto r = runCli({"import", "--db", m_db, path("previous.json")});
        if (r.code != 0) qFatal("import failed: %s", r.err.c_str());
    }

  private slots:
    void initTestCase() {
        m_db = path("compare.db");
        QCOMPARE(runCli({"init", "--db", m_db}).code, 0);
        QCOMPARE(runCli({"import", "--db", m_db, fixture("worked-example.json")}).code, 0);
        importPrevious(1, 2);
    }

    void comparesWithAnEarlierCampaign() {
        const json r = results({"--compare", "example-2025"});
        QCOMPARE(r["compared_with"].get<std::string>(), std::string("example-2025"));
        const json& o = orgById(r, "org-1");
        QCOMPARE(o["previous"]["campaign"].get<std::string>(), std::string("example-2025"));
        // K3–K5 come from the same answers and expert items in both years.
        const double before[] = {k1(1), k2(2), 58.5, 96, 90.5};
        const double now[] = {k1(3), k2(4), 58.5, 96, 90.5};
        double totalBefore = 0, totalNow = 0;
        for (int c = 0; c < 5; ++c) {
            const std::string id = "K" + std::to_string(c + 1);
            QVERIFY2(near(o["previous"]["criteria"][id], before[c]), id.c_str());
            QVERIFY2(near(o["change"]["criteria"][id], now[c] - before[c]), id.c_str());
            totalBefore += before[c] / 5;
            totalNow += now[c] / 5;
        }
        // By hand: K1 67.25 → 85.25 (+18), K2 73.5 → 85.5 (+12), total 77.15 → 83.15 (+6).
        QVERIFY(near(o["previous"]["total"], totalBefore));
        QVERIFY(std::fabs(totalBefore - 77.15) < 1e-9);
        QVERIFY(near(o["change"]["total"], totalNow - totalBefore));
        QVERIFY(std::fabs(o["change"]["total"].get<double>() - 6) < 1e-9);
        // org-2 has no expert record in either year: no totals, so every change is null.
        const json& o2 = orgById(r, "org-2");
        QVERIFY(o2["previous"]["total"].is_null());
        QVERIFY(o2["change"]["total"].is_null());
        QVERIFY(o2["change"]["criteria"]["K1"].is_null());
    }

    // The printable report: the change next to the total as a sign and a number (decimal comma),
    // what went up and down, the approval and the regional share of each shortcoming.
    void reportShowsTheChange() {
        auto r = runCli({"results", "--db", m_db, "--campaign", "example-2026", "--compare",
                         "example-2025", "--format", "html"});
        QCOMPARE(r.code, 0);
        const std::string& html = r.out;
        QVERIFY(html.find("<td class=\"num\">▲ +6,00</td>") != std::string::npos);
        QVERIFY(html.find("(▲ +6,00 к оценке example-2025: было 77,15)") != std::string::npos);
        QVERIFY2(html.find("Улучшились: K1 «") != std::string::npos &&
                     html.find("(+18,00); K2 «") != std::string::npos &&
                     html.find("(+12,00). Ухудшились: нет. Без изменений: K3") != std::string::npos,
                 "improvement paragraph");
        QVERIFY(html.find("ещё не одобрены") != std::string::npos);
        // org-1 lacks 2 of 10 stand items; org-2 has no expert record: 1 of 2 organisations.
        QVERIFY(html.find("Можно выделить следующие недостатки") != std::string::npos);
        QVERIFY(html.find("— 50% организаций (1 из 2)") != std::string::npos);
        QCOMPARE(runCli({"campaign", "approve", "--db", m_db, "--campaign", "example-2026",
                         "--protocol", "№ 12 от 28.09.2026"}).code, 0);
        r = runCli({"results", "--db", m_db, "--campaign", "example-2026", "--format", "html"});
        QVERIFY(r.out.find("Результаты одобрены Общественным советом (протокол № 12 от "
                           "28.09.2026") != std::string::npos);
        QVERIFY(r.out.find("▲") == std::string::npos); // no comparison asked: no change marks
        QCOMPARE(runCli({"campaign", "reopen", "--db", m_db, "--campaign", "example-2026",
                         "--reason", "test"}).code, 0);
    }

    void withoutCompareThereIsNoComparison() {
        const json r = results({});
        QVERIFY(!r.contains("compared_with"));
        QVERIFY(!orgById(r, "org-1").contains("previous"));
        QVERIFY(!orgById(r, "org-1").contains("change"));
    }

    void datasetPreviousTurnsItOnByDefault() {
        json d = workedExample();
        d["campaign"]["previous"] = "example-2025";
        writeFile(path("named.json"), d.dump());
        QCOMPARE(runCli({"import", "--db", m_db, path("named.json")}).code, 0);
        const json r = results({});
        QCOMPARE(r["campaign"]["previous"].get<std::string>(), std::string("example-2025"));
        QVERIFY(near(orgById(r, "org-1")["change"]["total"], 6));
        // --no-compare switches it off; brief JSON carries it too.
        QVERIFY(!orgById(results({"--no-compare"}), "org-1").contains("change"));
        QVERIFY(near(orgById(results({"--brief"}), "org-1")["change"]["total"], 6));
        // Back to no predecessor for the other cases.
        QCOMPARE(runCli({"import", "--db", m_db, fixture("worked-example.json")}).code, 0);
        QVERIFY(!orgById(results({}), "org-1").contains("change"));
    }

    void unknownOrSelfComparisonIsRefused() {
        auto r = runCli({"results", "--db", m_db, "--campaign", "example-2026", "--compare",
                         "example-1999"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("--compare") != std::string::npos &&
                     r.err.find("example-1999") != std::string::npos,
                 r.err.c_str());
        r = runCli({"results", "--db", m_db, "--campaign", "example-2026", "--compare",
                    "example-2026"});
        QCOMPARE(r.code, 2);
        json bad = workedExample();
        bad["campaign"]["previous"] = 7;
        writeFile(path("bad.json"), bad.dump());
        r = runCli({"import", "--db", m_db, path("bad.json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("campaign.previous") != std::string::npos, r.err.c_str());
    }

    // The earlier campaign's plan for org-1, checked against the later results by hand: an item
    // is resolved exactly when its ref is no longer among org-1's shortcomings in example-2026.
    // A change of that plan shows in a cached compared result at once.
    void planOutcomeFollowsTheEarlierPlan() {
        auto draft = runCli({"plan", "draft", "--db", m_db, "--campaign", "example-2025", "--org",
                             "org-1"});
        QCOMPARE(draft.code, 0);
        json plan = json::parse(draft.out);
        QVERIFY(plan["items"].size() >= 2);
        for (auto& item : plan["items"]) {
            item["measure"] = "Устранить";
            item["due"] = "2026-03-01";
            item["responsible"] = "Директор";
            item["status"] = "done";
            item["done_on"] = "2026-02-20";
        }
        writeFile(path("plan-2025.json"), plan.dump());
        QCOMPARE(runCli({"plan", "import", "--db", m_db, path("plan-2025.json")}).code, 0);

        const json now = results({});
        std::vector<json> stillListed;
        for (const auto& s : orgById(now, "org-1")["shortcomings"]) {
            json ref = {{"kind", s["kind"]}, {"criterion", s["criterion"]},
                        {"indicator", s["indicator"]}};
            if (s.contains("set") && !s["set"].is_null()) ref["set"] = s["set"];
            if (s.contains("item") && !s["item"].is_null()) ref["item"] = s["item"];
            stillListed.push_back(ref);
        }
        auto db = server::openServerDatabase(m_db, false);
        QVERIFY(db.ok());
        server::ResultsCache cache;
        auto compared = cache.get(**db, "example-2026", std::string("example-2025"));
        QVERIFY(compared.ok());
        auto org = (*compared)->organization("org-1");
        QVERIFY(org && org->contains("plan_outcome"));
        const json& outcome = (*org)["plan_outcome"];
        QCOMPARE(outcome.size(), plan["items"].size());
        int resolved = 0, open = 0;
        for (std::size_t i = 0; i < outcome.size(); ++i) {
            QVERIFY(outcome[i]["id"] == plan["items"][i]["id"]);
            QCOMPARE(outcome[i]["status"].get<std::string>(), std::string("done"));
            json ref = plan["items"][i]["ref"];
            for (auto it = ref.begin(); it != ref.end();)
                it = it.value().is_null() ? ref.erase(it) : std::next(it);
            QVERIFY2(outcome[i]["ref"] == ref, outcome[i]["ref"].dump().c_str());
            const bool listed =
                std::find(stillListed.begin(), stillListed.end(), ref) != stillListed.end();
            QCOMPARE(outcome[i]["resolved"].get<bool>(), !listed);
            (listed ? open : resolved)++;
        }
        // The poorer 2025 expert record (one channel, two comfort conditions) is better in 2026:
        // some of its shortcomings are gone, the stand items it lacked are still lacking.
        QVERIFY(resolved > 0);
        QVERIFY(open > 0);
        QVERIFY(!orgById(now, "org-2").contains("plan_outcome")); // no plan for org-2

        plan["items"][0]["status"] = "dropped";
        writeFile(path("plan-2025.json"), plan.dump());
        QCOMPARE(runCli({"plan", "import", "--db", m_db, path("plan-2025.json")}).code, 0);
        auto after = cache.get(**db, "example-2026", std::string("example-2025"));
        QVERIFY(after.ok());
        QCOMPARE((*(*after)->organization("org-1"))["plan_outcome"][0]["status"].get<std::string>(),
                 std::string("dropped"));
    }

    // A compared result is cached under both campaigns' revisions: a change to the earlier
    // campaign's data shows at once.
    void cachedComparisonFollowsTheEarlierCampaign() {
        auto db = server::openServerDatabase(m_db, false);
        QVERIFY(db.ok());
        server::ResultsCache cache;
        auto first = cache.get(**db, "example-2026", std::string("example-2025"));
        QVERIFY(first.ok());
        auto org = (*first)->organization("org-1");
        QVERIFY(org && near((*org)["change"]["total"], 6));
        auto again = cache.get(**db, "example-2026", std::string("example-2025"));
        QVERIFY(again.ok() && again->get() == first->get()); // kept while nothing changed

        importPrevious(3, 2); // the earlier year now had all three channels: K1 equal
        auto after = cache.get(**db, "example-2026", std::string("example-2025"));
        QVERIFY(after.ok());
        QVERIFY(after->get() != first->get());
        org = (*after)->organization("org-1");
        QVERIFY(org && near((*org)["change"]["criteria"]["K1"], 0));
        QVERIFY(near((*org)["change"]["total"], (k2(4) - k2(2)) / 5));
        importPrevious(1, 2);
    }
};

} // namespace tst_results_compare

NOK_TEST_GUILESS_MAIN(tst_results_compare, TstResultsCompare)
#include "tst_results_compare.moc"
