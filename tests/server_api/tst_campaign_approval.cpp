// The council's approval (issue 14, part 3): once a campaign is approved, a sync batch item, a
// web response, a dataset import and an expert record for it are refused with the reason
// "campaign_approved" and nothing is stored; a resend of a response stored before the approval
// stays a duplicate; `campaign reopen` (with a reason, kept in history and audit) lets data in
// again. The results carry the approval.
#include "server_fixture.h"

#include "../support/cli_run.h"
#include "../support/web_session.h"
#include "service/approval_service.h"
#include "service/results_service.h"
#include "service/web_response_service.h"
#include "storage/expert_store.h"

#include <QTest>

#include <fstream>
#include "test_program.h"

namespace tst_campaign_approval {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

json syncItems(ServerFixture& f, const Device& d, const json& items) {
    auto res = f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}});
    if (!res || res->status != 200) qFatal("sync failed");
    return json::parse(res->body)["receipts"];
}

std::int64_t stored(ServerFixture& f) {
    return f.count("SELECT count(*) FROM responses WHERE campaign = 'kem-2026'");
}

} // namespace

class TstCampaignApproval : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void approvedCampaignRefusesEveryChangeUntilReopened() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        QVERIFY(!d.id.empty());
        const auto before = d.payload();
        QCOMPARE(syncItems(f, d, json::array({d.plain(before)}))[0]["status"].get<std::string>(),
                 std::string("stored"));

        auto cli = runCli({"campaign", "approve", "--db", f.dbPath(), "--campaign", "kem-2026",
                           "--protocol", "№ 12 от 28.09.2026"});
        QVERIFY2(cli.code == 0, cli.err.c_str());
        QCOMPARE(runCli({"campaign", "approve", "--db", f.dbPath(), "--campaign", "kem-2026",
                         "--protocol", "№ 13"}).code, 1); // already approved
        const auto count = stored(f);

        // Sync: the new item is refused with a reason, the resend of the stored one is a
        // duplicate, the batch itself succeeds.
        const auto after = d.payload();
        json receipts = syncItems(f, d, json::array({d.plain(after), d.plain(before)}));
        QCOMPARE(receipts[0]["status"].get<std::string>(), std::string("rejected"));
        const std::string reason = receipts[0]["reason"];
        QVERIFY2(reason.rfind("campaign_approved: ", 0) == 0 &&
                     reason.find("№ 12 от 28.09.2026") != std::string::npos,
                 reason.c_str());
        QCOMPARE(receipts[1]["status"].get<std::string>(), std::string("duplicate"));
        QCOMPARE(stored(f), count);

        // Web form.
        auto web = server::storeWebResponse(f.db(), {"kem-2026", "org-1", validAnswers(), ""});
        QVERIFY(!web.ok());
        QCOMPARE(web.error().code, std::string("campaign_approved"));
        QCOMPARE(stored(f), count);

        // Dataset import: refused as a whole, exit 1, nothing stored.
        json ds = {{"format", "nok-dataset/1"},
                   {"campaign", {{"id", "kem-2026"}, {"title", "НОК 2026"},
                                 {"region", "Кемеровская область"}, {"year", 2026}}},
                   {"organizations", json::array({{{"id", "org-1"}, {"name", "КЦСОН-1"},
                                                   {"category", "ЦСОН"}, {"recipients", 120}}})},
                   {"responses", json::array({{{"id", "7a1c0000-0000-4000-8000-000000000001"},
                                               {"org", "org-1"}, {"channel", "paper"},
                                               {"answers", validAnswers()}}})}};
        const std::string file = f.dbPath() + ".import.json";
        std::ofstream(file) << ds.dump();
        cli = runCli({"import", "--db", f.dbPath(), file});
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.find("campaign_approved") != std::string::npos ||
                     cli.err.find("approved by the council") != std::string::npos,
                 cli.err.c_str());
        QCOMPARE(stored(f), count);
        QCOMPARE(f.count("SELECT count(*) FROM organizations WHERE campaign = 'kem-2026'"), 3);

        // Expert records: any writer is stopped by the database itself.
        const auto experts = f.count("SELECT count(*) FROM expert_records");
        auto expert = server::appendExpertRecord(f.db(), "kem-2026", "org-1", "{}", "import");
        QVERIFY(!expert.ok());
        QCOMPARE(f.count("SELECT count(*) FROM expert_records"), experts);

        // The results say so.
        auto results = server::campaignResults(f.db(), {"kem-2026", std::nullopt, std::nullopt});
        QVERIFY(results.ok());
        QCOMPARE((*results)["approval"]["protocol"].get<std::string>(),
                 std::string("№ 12 от 28.09.2026"));
        QCOMPARE((*results)["approval"]["approved_by"].get<std::string>(), std::string("cli"));
        QVERIFY((*results)["approval"]["approved_on"].is_string());

        // Reopen: a reason is required, the withdrawal is recorded, data flows again.
        QCOMPARE(runCli({"campaign", "reopen", "--db", f.dbPath(), "--campaign", "kem-2026",
                         "--reason", " "}).code, 2);
        cli = runCli({"campaign", "reopen", "--db", f.dbPath(), "--campaign", "kem-2026",
                      "--reason", "ошибка в данных организации org-1"});
        QVERIFY2(cli.code == 0, cli.err.c_str());
        QCOMPARE(f.count("SELECT count(*) FROM campaign_approval_history WHERE campaign = "
                         "'kem-2026' AND action = 'reopen' AND reason IS NOT NULL"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE action IN ('campaign.approve', "
                         "'campaign.reopen')"), 2);
        receipts = syncItems(f, d, json::array({d.plain(after)}));
        QCOMPARE(receipts[0]["status"].get<std::string>(), std::string("stored"));
        QVERIFY(server::storeWebResponse(f.db(), {"kem-2026", "org-1", validAnswers(), ""}).ok());
        cli = runCli({"import", "--db", f.dbPath(), file});
        QVERIFY2(cli.code == 0, cli.err.c_str());
        QCOMPARE(stored(f), count + 3);
        results = server::campaignResults(f.db(), {"kem-2026", std::nullopt, std::nullopt});
        QVERIFY(results.ok() && (*results)["approval"].is_null());
    }

    // The council's proposals: entered on the campaign page through a CSRF-protected form, kept
    // (audited), printed in the report; a post without the form's token stores nothing.
    void proposalsAreEnteredOnTheDashboardAndPrinted() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto c = f.client();
        const std::string session = councilSession(c, f.addUser("council", "council"));
        QVERIFY(!session.empty());
        auto page = c.Get("/council/c/kem-2026", {{"Cookie", session}});
        QCOMPARE(page->status, 200);
        QVERIFY(page->body.find("Предложения Общественного совета") != std::string::npos);
        QVERIFY(page->body.find("Результаты ещё не одобрены") != std::string::npos);
        const std::string csrf = csrfFrom(page->body);
        QVERIFY(!csrf.empty());
        const std::string text = "Обеспечить <b>доступность</b> сайтов для слабовидящих";

        httplib::Params forged{{"text", "подделка"}, {"csrf", "wrong"}};
        auto bad = c.Post("/council/c/kem-2026/proposals", {{"Cookie", session}}, forged);
        QCOMPARE(bad->status, 403);
        QCOMPARE(f.count("SELECT count(*) FROM campaign_proposals"), 0);

        httplib::Params form{{"text", text}, {"csrf", csrf}};
        auto saved = c.Post("/council/c/kem-2026/proposals", {{"Cookie", session}}, form);
        QCOMPARE(saved->status, 303);
        QCOMPARE(f.count("SELECT count(*) FROM campaign_proposals WHERE campaign = 'kem-2026' AND "
                         "updated_by = 'council'"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE action = 'campaign.proposals'"), 1);
        page = c.Get("/council/c/kem-2026", {{"Cookie", session}});
        QVERIFY(page->body.find("&lt;b&gt;доступность&lt;/b&gt;") != std::string::npos);
        auto report = c.Get("/council/c/kem-2026/report.html", {{"Cookie", session}});
        QCOMPARE(report->status, 200);
        QVERIFY(report->body.find("<p>Обеспечить &lt;b&gt;доступность&lt;/b&gt; сайтов для "
                                  "слабовидящих</p>") != std::string::npos);
    }

    // The council API: ?compare= adds previous/change; an unknown campaign to compare with is
    // the query's fault (400 naming the parameter), not a missing resource.
    void apiResultsCompare() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto c = f.client();
        const httplib::Headers auth = {{"Authorization", "Bearer " + f.addUser("c", "council")}};
        auto r = c.Get("/api/v1/campaigns/kem-2026/results?compare=kem-2025", auth);
        QCOMPARE(r->status, 200);
        const json body = json::parse(r->body);
        QCOMPARE(body["compared_with"].get<std::string>(), std::string("kem-2025"));
        for (const auto& o : body["organizations"]) // org-3 exists only in 2026
            QCOMPARE(o.contains("previous"), o["id"] != "org-3");
        r = c.Get("/api/v1/campaigns/kem-2026/results?compare=nope", auth);
        QCOMPARE(r->status, 400);
        QCOMPARE(errorOf(r->body)["field"].get<std::string>(), std::string("compare"));
        r = c.Get("/api/v1/campaigns/kem-2026/results", auth);
        QVERIFY(!json::parse(r->body).contains("compared_with"));
    }

    void unknownCampaignCannotBeApproved() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto cli = runCli({"campaign", "approve", "--db", f.dbPath(), "--campaign", "nope",
                           "--protocol", "№ 1"});
        QCOMPARE(cli.code, 1);
        QVERIFY(cli.err.find("nope") != std::string::npos);
        QCOMPARE(runCli({"campaign", "approve", "--db", f.dbPath(), "--campaign", "kem-2026",
                         "--protocol", ""}).code, 2);
    }
};

} // namespace tst_campaign_approval

NOK_TEST_GUILESS_MAIN(tst_campaign_approval, TstCampaignApproval)
#include "tst_campaign_approval.moc"
