// Council endpoints over HTTP: bearer roles, the campaign list, results in json/csv/html from the
// results service, regional summary and suggestions. Responses synced by devices are counted
// once each: resends (duplicates) and conflicting versions (quarantined) never add a respondent.
#include "server_fixture.h"

#include <QTest>
#include "test_program.h"

namespace tst_council_api {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

json orgIn(const json& results, const std::string& id) {
    for (const auto& o : results["organizations"])
        if (o["id"] == id) return o;
    return nullptr;
}

} // namespace

class TstCouncilApi : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void rolesGuardTheCouncilEndpoints() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string council = f.addUser("council", "council");
        const std::string admin = f.addUser("admin", "admin");
        const std::string operatorToken = f.addUser("operator", "operator");
        auto c = f.client();
        for (const char* path :
             {"/api/v1/campaigns", "/api/v1/campaigns/kem-2026/results",
              "/api/v1/campaigns/kem-2026/summary", "/api/v1/campaigns/kem-2026/suggestions"}) {
            auto none = c.Get(path);
            QCOMPARE(none->status, 401);
            JCOMPARE(errorOf(none->body)["code"], "unauthorized");
            auto wrong = c.Get(path, bearer(operatorToken));
            QCOMPARE(wrong->status, 403);
            JCOMPARE(errorOf(wrong->body)["code"], "forbidden");
            QCOMPARE(c.Get(path, bearer(council))->status, 200);
            QCOMPARE(c.Get(path, bearer(admin))->status, 200);
        }
    }

    void resultsCountEachSyncedResponseOnce() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string token = f.addUser("council", "council");
        Device d = f.enroll({"org-1", "org-2"});
        std::vector<survey::ResponsePayload> sent;
        json items = json::array();
        for (int i = 0; i < 5; ++i) {
            sent.push_back(d.payload(i < 3 ? "org-1" : "org-2"));
            items.push_back(d.sealed(sent.back()));
        }
        QCOMPARE(f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}})->status, 200);
        // Resent (a lost receipt) and a conflicting second version of one of them.
        auto changed = sent[0];
        changed.answers["recommend"] = "no";
        json again = items;
        again.push_back(d.plain(changed));
        auto second = f.postJson("/api/v1/sync", {{"device", d.id}, {"items", again}});
        QCOMPARE(second->status, 200);
        QCOMPARE(f.count("SELECT count(*) FROM quarantine"), 1);

        auto c = f.client();
        auto res = c.Get("/api/v1/campaigns/kem-2026/results", bearer(token));
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        auto results = json::parse(res->body);
        JCOMPARE(results["campaign"]["id"], "kem-2026");
        JCOMPARE(orgIn(results, "org-1")["respondents"], 3);
        JCOMPARE(orgIn(results, "org-2")["respondents"], 2);
        JCOMPARE(orgIn(results, "org-3")["respondents"], 0);
        JCOMPARE(results["region"]["respondents"], 5);

        auto list = c.Get("/api/v1/campaigns", bearer(token));
        auto campaigns = json::parse(list->body)["campaigns"];
        JCOMPARE(campaigns[0]["id"], "kem-2026"); // newest first
        JCOMPARE(campaigns[0]["responses"], 5);
        JCOMPARE(campaigns[0]["organizations"], 3);

        auto summary =
            json::parse(c.Get("/api/v1/campaigns/kem-2026/summary", bearer(token))->body);
        JCOMPARE(summary["region"], results["region"]);
        QVERIFY(!summary.contains("organizations"));
    }

    void csvAndHtmlFormats() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string token = f.addUser("council", "council");
        auto c = f.client();
        auto csv = c.Get("/api/v1/campaigns/kem-2026/results?format=csv", bearer(token));
        QCOMPARE(csv->status, 200);
        QVERIFY(csv->get_header_value("Content-Type").rfind("text/csv", 0) == 0);
        QVERIFY(csv->body.find("org-3") != std::string::npos);
        auto html = c.Get("/api/v1/campaigns/kem-2026/results?format=html", bearer(token));
        QCOMPARE(html->status, 200);
        QVERIFY(html->get_header_value("Content-Type").rfind("text/html", 0) == 0);
        QVERIFY(html->body.find("Реабилитационный центр") != std::string::npos);
        auto bad = c.Get("/api/v1/campaigns/kem-2026/results?format=xml", bearer(token));
        QCOMPARE(bad->status, 400);
        JCOMPARE(errorOf(bad->body)["field"], "format");
        auto unknown = c.Get("/api/v1/campaigns/nope/results", bearer(token));
        QCOMPARE(unknown->status, 404);
        JCOMPARE(errorOf(unknown->body)["code"], "unknown_campaign");
    }

    void suggestionsListTheTextsPerOrganisation() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string token = f.addUser("council", "council");
        Device d = f.enroll({"org-1"});
        auto p = d.payload();
        p.answers["suggestions"] = "Больше скамеек в холле";
        QCOMPARE(
            f.postJson("/api/v1/sync", {{"device", d.id}, {"items", json::array({d.sealed(p)})}})
                ->status,
            200);
        auto res = f.client().Get("/api/v1/campaigns/kem-2026/suggestions", bearer(token));
        QCOMPARE(res->status, 200);
        auto body = json::parse(res->body);
        JCOMPARE(body["campaign"], "kem-2026");
        bool found = false;
        for (const auto& o : body["organizations"])
            if (o["id"] == "org-1")
                found = o["suggestions"] == json::array({"Больше скамеек в холле"});
        QVERIFY2(found, body.dump().c_str());
    }
};

} // namespace tst_council_api

NOK_TEST_GUILESS_MAIN(tst_council_api, TstCouncilApi)
#include "tst_council_api.moc"
