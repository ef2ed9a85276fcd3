// The plan API and the `organization` role as a care home's staff meet them: with its token the
// organisation reads and writes its own plan and reads its own results, and nothing else (another
// organisation's plan or results, the campaign's results, summary and suggestions, the device
// list: all 403). Its results are aggregated only: no per-question or per-indicator counts, no
// figure resting on fewer than 5 answers, nothing but the count when fewer than 5 residents
// answered. The residents' suggestions come sorted by text for every role, never in the order
// they were given.
#include "server_fixture.h"

#include "../server/server_test_util.h"

#include <QTest>
#include "test_program.h"

namespace tst_plan_api {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

constexpr char kCampaign[] = "example-2026";

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

std::string planPath(const std::string& org, const std::string& campaign = kCampaign) {
    return "/api/v1/campaigns/" + campaign + "/orgs/" + org + "/plan";
}

// The worked example with org-2 cut to 3 respondents and org-1's suggestions given in an order
// that is not alphabetical.
bool importExample(ServerFixture& f, const QTemporaryDir& dir) {
    json data = workedExample();
    json kept = json::array();
    int org2 = 0, suggestion = 0;
    const char* texts[] = {"Яблоки к обеду", "Мёд по праздникам", "Арбузы летом"};
    for (auto r : data["responses"]) {
        if (r["org"] == "org-2" && ++org2 > 3) continue;
        if (r["org"] == "org-1") {
            r["answers"].erase("suggestions");
            if (suggestion < 3) r["answers"]["suggestions"] = texts[suggestion++];
        }
        kept.push_back(r);
    }
    data["responses"] = kept;
    const std::string file = dir.filePath("example.json").toStdString();
    writeFile(file, data.dump());
    return runCli({"import", "--db", f.dbPath(), file}).code == 0;
}

std::string orgUser(ServerFixture& f, const std::string& name, const std::string& org) {
    auto r = runCli({"user", "add", "--db", f.dbPath(), "--name", name, "--role", "organization",
                     "--org", org});
    return r.code == 0 ? r.lastLine() : std::string();
}

json filledDraft(const std::string& db, const std::string& org) {
    auto r = runCli({"plan", "draft", "--db", db, "--campaign", kCampaign, "--org", org});
    json plan = json::parse(r.out);
    for (auto& item : plan["items"]) {
        item["measure"] = "Устранить";
        item["due"] = "2027-06-30";
        item["responsible"] = "Директор";
    }
    return plan;
}

int put(ServerFixture& f, const std::string& path, const json& body, const std::string& token,
        json* reply = nullptr) {
    auto res = f.client().Put(path.c_str(), bearer(token), body.dump(), "application/json");
    if (!res) return -1;
    if (reply) *reply = json::parse(res->body, nullptr, false);
    return res->status;
}

int get(ServerFixture& f, const std::string& path, const std::string& token,
        json* reply = nullptr) {
    auto res = f.client().Get(path.c_str(), bearer(token));
    if (!res) return -1;
    if (reply) *reply = json::parse(res->body, nullptr, false);
    return res->status;
}

} // namespace

class TstPlanApi : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void organizationReadsAndWritesOnlyItsOwnPlan() {
        ServerFixture f;
        QTemporaryDir dir;
        QVERIFY(f.ready() && importExample(f, dir));
        const std::string own = orgUser(f, "kcson-1", "org-1");
        const std::string council = f.addUser("anna", "council");
        QVERIFY(!own.empty() && !council.empty());

        json empty;
        QCOMPARE(get(f, planPath("org-1"), own, &empty), 200);
        JCOMPARE(empty["items"], json::array());

        const json plan = filledDraft(f.dbPath(), "org-1");
        QVERIFY(!plan["items"].empty());
        QCOMPARE(put(f, planPath("org-1"), plan, own), 200);
        json back;
        QCOMPARE(get(f, planPath("org-1"), own, &back), 200);
        JCOMPARE(back, plan);
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE actor = 'kcson-1' AND "
                         "action = 'plan.replace' AND target LIKE 'example-2026/org-1%'"),
                 std::int64_t(1));

        // Another organisation's plan: neither read nor written, whatever the body says.
        const json other = filledDraft(f.dbPath(), "org-2");
        json error;
        QCOMPARE(get(f, planPath("org-2"), own, &error), 403);
        JCOMPARE(error["error"]["code"], "forbidden");
        QCOMPARE(put(f, planPath("org-2"), other, own), 403);
        json sneaky = plan;
        sneaky["org"] = "org-2";
        QCOMPARE(put(f, planPath("org-1"), sneaky, own, &error), 400);
        JCOMPARE(error["error"]["field"], "org");
        QCOMPARE(f.count("SELECT count(*) FROM plans WHERE org = 'org-2'"), std::int64_t(0));

        // The council writes any organisation's plan.
        QCOMPARE(put(f, planPath("org-2"), other, council), 200);
        QCOMPARE(f.count("SELECT count(*) FROM plans WHERE org = 'org-2'"), std::int64_t(1));

        // Unknown campaign or organisation: 404; an invalid plan: 400 naming the path, nothing
        // stored.
        QCOMPARE(get(f, planPath("org-1", "no-such"), council), 404);
        QCOMPARE(get(f, planPath("org-9"), council), 404);
        json bad = plan;
        bad["items"][0]["due"] = "2027-13-01";
        QCOMPARE(put(f, planPath("org-1"), bad, own, &error), 400);
        JCOMPARE(error["error"]["field"], "items[0].due");
        QCOMPARE(get(f, planPath("org-1"), own, &back), 200);
        JCOMPARE(back, plan);
    }

    void organizationIsRefusedEveryOtherEndpoint() {
        ServerFixture f;
        QTemporaryDir dir;
        QVERIFY(f.ready() && importExample(f, dir));
        const std::string own = orgUser(f, "kcson-1", "org-1");
        QVERIFY(!own.empty());
        const std::string c = std::string("/api/v1/campaigns/") + kCampaign;
        for (const std::string& path :
             {std::string("/api/v1/campaigns"), c + "/results", c + "/results?format=csv",
              c + "/summary", c + "/suggestions", c + "/invitations",
              std::string("/api/v1/devices"), c + "/orgs/org-2/results"})
            QVERIFY2(get(f, path, own) == 403, path.c_str());
        auto res = f.client().Post((c + "/orgs/org-1/invitations").c_str(), bearer(own), "{}",
                                   "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 403);
        QCOMPARE(get(f, c + "/orgs/org-1/results", own), 200);
    }

    void organizationSeesAggregatedFiguresOnly() {
        ServerFixture f;
        QTemporaryDir dir;
        QVERIFY(f.ready() && importExample(f, dir));
        const std::string own = orgUser(f, "kcson-1", "org-1");
        const std::string council = f.addUser("anna", "council");
        const std::string path = std::string("/api/v1/campaigns/") + kCampaign + "/orgs/org-1/results";
        json full, mine;
        QCOMPARE(get(f, path, council, &full), 200);
        QCOMPARE(get(f, path, own, &mine), 200);
        const json& o = mine["organization"];
        JCOMPARE(o["respondents"], full["organization"]["respondents"]);
        JCOMPARE(o["total"], full["organization"]["total"]);
        JCOMPARE(o["criteria"], full["organization"]["criteria"]);
        QVERIFY(full["organization"].contains("indicator_details"));
        QVERIFY(!o.contains("indicator_details"));
        for (const auto& [id, q] : o["questions"].items()) {
            QVERIFY2(!q.contains("yes") && !q.contains("denominator") && !q.contains("wilson"),
                     id.c_str());
        }
        const std::string text = mine.dump();
        for (const char* leak : {"\"channel\"", "\"day\"", "\"sex\"", "\"age\"", "\"answers\""})
            QVERIFY2(text.find(leak) == std::string::npos, leak);
    }

    void fewerThanFiveRespondentsShowOnlyTheCount() {
        ServerFixture f;
        QTemporaryDir dir;
        QVERIFY(f.ready() && importExample(f, dir));
        const std::string own = orgUser(f, "di-2", "org-2");
        const std::string council = f.addUser("anna", "council");
        const std::string path = std::string("/api/v1/campaigns/") + kCampaign + "/orgs/org-2/results";
        json full, mine;
        QCOMPARE(get(f, path, council, &full), 200);
        QCOMPARE(get(f, path, own, &mine), 200);
        JCOMPARE(full["organization"]["respondents"], 3);
        QVERIFY(!full["organization"]["indicators"].empty());
        const json& o = mine["organization"];
        JCOMPARE(o["respondents"], 3);
        for (const char* hidden : {"total", "criteria", "indicators", "questions", "rank",
                                   "warnings", "indicator_details"})
            QVERIFY2(!o.contains(hidden), hidden);
        JCOMPARE(o["suggestions"], json::array());
        for (const auto& s : o["shortcomings"])
            JCOMPARE(s["kind"], "missing_item"); // expert findings, not residents' answers
    }

    void suggestionsAreSortedForEveryRole() {
        ServerFixture f;
        QTemporaryDir dir;
        QVERIFY(f.ready() && importExample(f, dir));
        const std::string own = orgUser(f, "kcson-1", "org-1");
        const std::string council = f.addUser("anna", "council");
        const json sorted = {"Арбузы летом", "Мёд по праздникам", "Яблоки к обеду"};
        json list;
        QCOMPARE(get(f, std::string("/api/v1/campaigns/") + kCampaign + "/suggestions", council,
                     &list),
                 200);
        for (const auto& o : list["organizations"])
            if (o["id"] == "org-1") JCOMPARE(o["suggestions"], sorted);
        json mine;
        QCOMPARE(get(f, std::string("/api/v1/campaigns/") + kCampaign + "/orgs/org-1/results", own,
                     &mine),
                 200);
        JCOMPARE(mine["organization"]["suggestions"], sorted);
        QCOMPARE(get(f, std::string("/api/v1/campaigns/") + kCampaign + "/orgs/org-1/results",
                     council, &mine),
                 200);
        JCOMPARE(mine["organization"]["suggestions"], sorted);
    }

    void organizationUserNeedsAKnownOrganisation() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto none = runCli({"user", "add", "--db", f.dbPath(), "--name", "x", "--role",
                            "organization"});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.find("--org") != std::string::npos, none.err.c_str());
        auto unknown = runCli({"user", "add", "--db", f.dbPath(), "--name", "x", "--role",
                               "organization", "--org", "org-77"});
        QCOMPARE(unknown.code, 2);
        auto council = runCli({"user", "add", "--db", f.dbPath(), "--name", "y", "--role",
                               "council", "--org", "org-1"});
        QCOMPARE(council.code, 2);
        auto ok = runCli({"user", "add", "--db", f.dbPath(), "--name", "x", "--role",
                          "organization", "--org", "org-1"});
        QCOMPARE(ok.code, 0);
        auto list = runCli({"user", "list", "--db", f.dbPath()});
        QVERIFY2(list.out.find("x  role=organization  org=org-1  active") != std::string::npos,
                 list.out.c_str());
    }
};

} // namespace tst_plan_api

NOK_TEST_GUILESS_MAIN(tst_plan_api, TstPlanApi)
#include "tst_plan_api.moc"
