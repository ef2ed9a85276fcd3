// The council's results are computed once and reused until the campaign's data changes
// (service/results_cache.h): every kind of change a council member could make or wait for must
// show up on the next request, through the API and on the dashboard's pages. Each step below
// reads the results first (so they are cached), changes the data by one write path (a device's
// sync batch, the web form, an import, an expert record, an organisation's correction, a
// deleted response, another campaign), and reads again.
#include "server_fixture.h"

#include "../support/web_session.h"

#include "service/import_service.h"
#include "service/web_response_service.h"
#include "storage/campaign_store.h"
#include "storage/expert_store.h"

#include <QTest>
#include "test_program.h"

namespace tst_results_cache {

using nlohmann::json;
using namespace nok;
using namespace nok::test;

namespace {

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

json results(ServerFixture& f, const std::string& token, const std::string& campaign = "kem-2026") {
    auto c = f.client();
    auto res = c.Get("/api/v1/campaigns/" + campaign + "/results", bearer(token));
    if (!res || res->status != 200) return nullptr;
    return json::parse(res->body);
}

json orgIn(const json& results, const std::string& id) {
    for (const auto& o : results["organizations"])
        if (o["id"] == id) return o;
    return nullptr;
}

std::string page(ServerFixture& f, const std::string& cookie, const std::string& path) {
    auto c = f.client();
    auto res = c.Get(path, {{"Cookie", cookie}});
    return res && res->status == 200 ? res->body : std::string();
}

// The organisation page's respondents figure.
std::string respondentsOnPage(const std::string& html) {
    const std::string mark = "<dd class=\"respondents\">";
    const auto at = html.find(mark);
    if (at == std::string::npos) return "?";
    const auto from = at + mark.size();
    return html.substr(from, html.find('<', from) - from);
}

const char* kExpertRecord =
    R"({"comfort_conditions":["navigation","rest_area"],"distance_methods":["email","phone"],)"
    R"("org":"org-1","premises_accessibility":["ramps"],"service_accessibility":[],)"
    R"("site_items":{"present":20,"required":24},"stand_items":{"present":9,"required":10},)"
    R"("waiting_time_points":null})";

} // namespace

class TstResultsCache : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void everyKindOfDataChangeShowsOnTheNextRequest() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string token = f.addUser("council", "council");
        auto c = f.client();
        const std::string cookie = councilSession(c, token);
        QVERIFY(!cookie.empty());
        const std::string orgPage = "/council/c/kem-2026/org/org-1";
        QCOMPARE(orgIn(results(f, token), "org-1")["respondents"].get<int>(), 0);
        QCOMPARE(respondentsOnPage(page(f, cookie, orgPage)), std::string("0"));

        // A device's sync batch (the server's own write path).
        Device d = f.enroll({"org-1", "org-2"});
        json items = json::array();
        for (int i = 0; i < 2; ++i)
            items.push_back(d.sealed(d.payload("org-1")));
        QCOMPARE(f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}})->status, 200);
        QCOMPARE(orgIn(results(f, token), "org-1")["respondents"].get<int>(), 2);
        QCOMPARE(respondentsOnPage(page(f, cookie, orgPage)), std::string("2"));
        QCOMPARE(results(f, token)["region"]["respondents"].get<int>(), 2); // and again, cached

        // The web questionnaire, written by another connection.
        auto web = server::storeWebResponse(f.db(), {"kem-2026", "org-1", validAnswers(), ""});
        QVERIFY2(web.ok(), web.ok() ? "" : web.error().describe().c_str());
        QCOMPARE(orgIn(results(f, token), "org-1")["respondents"].get<int>(), 3);
        QCOMPARE(respondentsOnPage(page(f, cookie, orgPage)), std::string("3"));

        // An import (as `nok-server import` from another process would do it), with responses
        // for an organisation already stored.
        json dataset = {{"format", "nok-dataset/1"},
                        {"campaign",
                         {{"id", "kem-2026"},
                          {"title", "НОК 2026"},
                          {"region", "Кемеровская область"},
                          {"year", 2026}}},
                        {"responses",
                         {{{"id", "7a1c0000-0000-4000-8000-000000000001"},
                           {"org", "org-2"},
                           {"channel", "paper"},
                           {"answers", validAnswers()}}}}};
        auto imported = server::importText(f.db(), dataset.dump(), {});
        QVERIFY(imported.ok());
        QCOMPARE(imported.report.responsesStored, 1);
        QCOMPARE(orgIn(results(f, token), "org-2")["respondents"].get<int>(), 1);

        // An expert record.
        QVERIFY(!orgIn(results(f, token), "org-1")["expert_record"].get<bool>());
        auto added = server::appendExpertRecord(f.db(), "kem-2026", "org-1", kExpertRecord, "import");
        QVERIFY(added.ok() && *added);
        QVERIFY(orgIn(results(f, token), "org-1")["expert_record"].get<bool>());

        // An organisation's correction: the name on the campaign page and in the API.
        QVERIFY(page(f, cookie, "/council/c/kem-2026").find("КЦСОН-1") != std::string::npos);
        auto renamed = server::upsertOrganization(
            f.db(), {"kem-2026", "org-1", "КЦСОН «Исправленное»", "ЦСОН", 120});
        QVERIFY(renamed.ok() && *renamed);
        QCOMPARE(orgIn(results(f, token), "org-1")["name"].get<std::string>(),
                 std::string("КЦСОН «Исправленное»"));
        QVERIFY(page(f, cookie, "/council/c/kem-2026").find("КЦСОН «Исправленное»") !=
                std::string::npos);

        // A response deleted by hand (the delete trigger's path).
        QVERIFY(f.db().exec("DELETE FROM responses WHERE channel = 'web'").ok());
        QCOMPARE(orgIn(results(f, token), "org-1")["respondents"].get<int>(), 2);
        QCOMPARE(respondentsOnPage(page(f, cookie, orgPage)), std::string("2"));

        // Another campaign's change leaves this one's figures as they are, and is seen itself.
        QCOMPARE(orgIn(results(f, token, "kem-2025"), "org-1")["respondents"].get<int>(), 0);
        auto other = server::storeWebResponse(f.db(), {"kem-2025", "org-1", validAnswers(), ""});
        QVERIFY(other.ok());
        QCOMPARE(orgIn(results(f, token, "kem-2025"), "org-1")["respondents"].get<int>(), 1);
        QCOMPARE(orgIn(results(f, token), "org-1")["respondents"].get<int>(), 2);
    }

    void unknownCampaignAndOrganisationStayErrors() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string token = f.addUser("council", "council");
        auto c = f.client();
        QCOMPARE(c.Get("/api/v1/campaigns/nope/results", bearer(token))->status, 404);
        const std::string cookie = councilSession(c, token);
        auto missing = c.Get("/council/c/kem-2026/org/org-9", {{"Cookie", cookie}});
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
    }
};

} // namespace tst_results_cache

NOK_TEST_GUILESS_MAIN(tst_results_cache, TstResultsCache)
#include "tst_results_cache.moc"
