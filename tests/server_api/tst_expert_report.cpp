// The expert check in the council's HTML report: `results --format html` lists the newest device
// check's items with their notes (escaped), operator and time; `--evidence inline` embeds the
// photos as data: URIs, the default lists their hashes; the council API's HTML links each photo
// to the evidence endpoint. The history endpoint keeps the older version visible. The council
// dashboard's organisation page lists the same items with each photo, served only to a signed-in
// council member. The report is written one organisation at a time (service/report_source.h):
// its bytes, from the CLI and from the dashboard, are those of the renderer over the whole
// results tree with every check in memory.
#include "expert_helpers.h"

#include "../support/cli_run.h"
#include "../support/web_session.h"
#include "report/results_html.h"
#include "service/expert_history.h"
#include "service/results_json_writer.h"
#include "storage/server_database.h"

#include <QTest>

#include <ctime>
#include <sstream>
#include "test_program.h"

namespace tst_expert_report {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The report as the tree renderer gives it: the report form of every organisation, every
// suggestion and every organisation's newest check with its photos (embedded) in memory.
std::string wholeTreeReport(const std::string& dbPath) {
    auto db = server::openServerDatabase(dbPath, false);
    if (!db) qFatal("database: %s", db.error().describe().c_str());
    const server::ResultsRequest request{"kem-2026", std::nullopt, std::nullopt};
    auto scored = server::scoreStoredCampaign(**db, request);
    auto context = server::reportContext(**db, request);
    if (!scored || !context) qFatal("results of kem-2026 failed");
    context->evidence = server::EvidenceMode::Inline;
    for (const auto& org : scored->results.organizations) {
        const std::string& id = org.organization.id;
        auto view = server::organizationCheckView(**db, "kem-2026", id);
        if (!view) qFatal("check of %s: %s", id.c_str(), view.error().describe().c_str());
        if (!*view) continue;
        if (!server::addEvidenceDataUris(**db, **view, context->evidenceDataUris))
            qFatal("evidence of %s", id.c_str());
        context->expertChecks[id] = **view;
    }
    return server::report::renderResultsHtml(
        server::resultsTree(*scored, {server::OrgForm::Report, true, nullptr}), *context);
}

} // namespace

class TstExpertReport : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void reportShowsTheNewestCheckAndItsEvidence() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        const std::string photo = fakePng("стенд");
        const std::string sha = crypto::sha256Hex(photo);
        QCOMPARE(putEvidence(f, d, sha, photo, "image/png")->status, 201);
        auto c = f.client();

        auto older = makeExpertCheck(d, {});
        older.items[0].note = "старая заметка";
        QCOMPARE(f.postJson("/api/v1/expert", expertBody(d, older))->status, 201);
        auto check = makeExpertCheck(d, {"stand.licence"});
        check.operatorName = "Эксперт <b>Смирнов</b>";
        for (auto& item : check.items)
            if (item.item == "stand.licence") {
                item.note = "<script>alert(1)</script> копия лицензии";
                item.evidence = {sha};
            }
        QCOMPARE(f.postJson("/api/v1/expert", expertBody(d, check))->status, 201);

        auto plain = runCli({"results", "--db", f.dbPath(), "--campaign", "kem-2026", "--format", "html"});
        QCOMPARE(plain.code, 0);
        QVERIFY(contains(plain.out, "Экспертная проверка"));
        // The check is named in words (its id is a code a council member need not read); its
        // newest version is the one with the licence note below.
        QVERIFY(contains(plain.out, "Проверка с планшета эксперта"));
        QVERIFY(!contains(plain.out, check.id));
        QVERIFY(!contains(plain.out, older.id)); // only the newest check is listed
        QVERIFY(!contains(plain.out, "старая заметка"));
        QVERIFY(contains(plain.out, "Лицензии на осуществляемые виды деятельности"));
        QVERIFY(contains(plain.out, "&lt;script&gt;alert(1)&lt;/script&gt; копия лицензии"));
        QVERIFY(!contains(plain.out, "<script>alert"));
        QVERIFY(contains(plain.out, "Эксперт &lt;b&gt;Смирнов&lt;/b&gt;"));
        QVERIFY(contains(plain.out, "2026-11-23T10:30:00+07:00"));
        QVERIFY(contains(plain.out, sha));
        QVERIFY(!contains(plain.out, "data:image/png;base64,"));

        auto inlined = runCli({"results", "--db", f.dbPath(), "--campaign", "kem-2026", "--format", "html",
                               "--evidence", "inline"});
        QCOMPARE(inlined.code, 0);
        QVERIFY(contains(inlined.out, "src=\"data:image/png;base64," + crypto::toBase64(photo) + "\""));
        // Written one organisation at a time, the report is byte for byte the renderer's over the
        // whole results tree with every check and photo in memory (the way it was once built).
        QVERIFY(inlined.out == wholeTreeReport(f.dbPath()));

        auto bad = runCli({"results", "--db", f.dbPath(), "--campaign", "kem-2026", "--format", "html",
                           "--evidence", "all"});
        QCOMPARE(bad.code, 2);
        QVERIFY(contains(bad.err, "--evidence"));
        auto notHtml = runCli({"results", "--db", f.dbPath(), "--campaign", "kem-2026", "--evidence", "inline"});
        QCOMPARE(notHtml.code, 2);

        const std::string token = f.addUser("council", "council");
        auto online = c.Get("/api/v1/campaigns/kem-2026/results?format=html", {{"Authorization", "Bearer " + token}});
        QCOMPARE(online->status, 200);
        QVERIFY(contains(online->body, "href=\"/api/v1/evidence/" + sha + "\""));
        // The dashboard's download embeds the photos like --evidence inline, sent in chunks as
        // it is written: the same bytes.
        const std::string session = councilSession(c, f.addUser("council-web", "council"));
        auto download = c.Get("/council/c/kem-2026/report.html", {{"Cookie", session}});
        QCOMPARE(download->status, 200);
        QCOMPARE(download->get_header_value("Transfer-Encoding"), std::string("chunked"));
        QVERIFY(contains(download->get_header_value("Content-Disposition"), "report.html"));
        QVERIFY(download->body == inlined.out);

        auto history = c.Get("/api/v1/campaigns/kem-2026/orgs/org-1/expert/history",
                             {{"Authorization", "Bearer " + token}});
        QCOMPARE(history->status, 200);
        const json versions = json::parse(history->body)["versions"];
        QCOMPARE(versions.size(), std::size_t(2));
        JCOMPARE(versions[0]["check"], older.id);
        JCOMPARE(versions[1]["summary"]["stand_items"]["present"], 1);
    }

    void dashboardShowsTheCheckAndServesItsPhotosToCouncilOnly() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        const std::string photo = fakeJpeg("вывеска");
        const std::string sha = crypto::sha256Hex(photo);
        QCOMPARE(putEvidence(f, d, sha, photo, "image/jpeg")->status, 201);
        auto c = f.client();
        auto check = makeExpertCheck(d, {"stand.licence"});
        for (auto& item : check.items)
            if (item.item == "stand.licence") {
                item.note = "<img src=x onerror=alert(1)> у входа";
                item.evidence = {sha};
            }
        QCOMPARE(f.postJson("/api/v1/expert", expertBody(d, check))->status, 201);

        const std::string session = councilSession(c, f.addUser("council", "council"));
        QVERIFY(!session.empty());
        auto page = c.Get("/council/c/kem-2026/org/org-1", {{"Cookie", session}});
        QCOMPARE(page->status, 200);
        QVERIFY(contains(page->body, "Проверка с планшета: Петрова Е. В."));
        QVERIFY(contains(page->body, "Лицензии на осуществляемые виды деятельности"));
        QVERIFY(contains(page->body, "&lt;img src=x onerror=alert(1)&gt; у входа"));
        QVERIFY(!contains(page->body, "<img src=x"));
        QVERIFY(contains(page->body, "href=\"/council/evidence/" + sha + "\""));

        auto image = c.Get(("/council/evidence/" + sha).c_str(), {{"Cookie", session}});
        QCOMPARE(image->status, 200);
        QCOMPARE(image->get_header_value("Content-Type"), std::string("image/jpeg"));
        QVERIFY(image->body == photo);

        auto anonymous = c.Get(("/council/evidence/" + sha).c_str());
        QVERIFY(anonymous->status == 302 || anonymous->status == 303);
        QVERIFY(anonymous->body != photo);
        auto unknown = c.Get(("/council/evidence/" + std::string(64, 'a')).c_str(), {{"Cookie", session}});
        QCOMPARE(unknown->status, 404);
        auto malformed = c.Get("/council/evidence/not-a-hash%3Cscript%3E", {{"Cookie", session}});
        QCOMPARE(malformed->status, 400);
        QVERIFY(!contains(malformed->body, "<script>"));
        auto traversal = c.Get("/council/evidence/..%2F..%2Fetc%2Fpasswd", {{"Cookie", session}});
        QCOMPARE(traversal->status, 404); // the decoded path matches no route
        auto upper = c.Get(("/council/evidence/" + std::string(64, 'A')).c_str(), {{"Cookie", session}});
        QCOMPARE(upper->status, 400);

        // An organisation without a device check says so instead of an empty table.
        auto other = c.Get("/council/c/kem-2026/org/org-2", {{"Cookie", session}});
        QCOMPARE(other->status, 200);
        QVERIFY(contains(other->body, "Проверок с планшета эксперта нет."));
    }
};

} // namespace tst_expert_report

NOK_TEST_GUILESS_MAIN(tst_expert_report, TstExpertReport)
#include "tst_expert_report.moc"
