// The web pages inside the real ApiServer (what `nok-server serve` runs): the questionnaire is
// served with its security headers next to the API, a response submitted through the form is
// stored and counted by the council API's results, the dashboard signs in with the API's bearer
// tokens (council yes, operator no), and API errors keep their JSON shape while pages keep HTML.
#include "../support/valid_answers.h"
#include "server_fixture.h"

#include "../support/web_session.h"

#include <QTest>
#include "test_program.h"

namespace tst_web_wiring {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

const char* kSurvey = "/survey/kem-2026/org-3";

httplib::Params completeForm(const std::string& csrf) {
    auto form = nok::test::asFormFields(nok::test::shortPathAnswers());
    form.emplace("csrf", csrf);
    form.emplace("suggestions", "пандус у входа");
    form.emplace("sex", "");
    form.emplace("age", "");
    return form;
}

json respondentsOf(httplib::Client& c, const std::string& token, const std::string& org) {
    auto r = c.Get("/api/v1/campaigns/kem-2026/results", {{"Authorization", "Bearer " + token}});
    if (!r) return "no answer";
    if (r->status != 200) return "status " + std::to_string(r->status) + ": " + r->body;
    const json results = json::parse(r->body); // kept alive for the loop
    for (const auto& o : results["organizations"])
        if (o["id"] == org) return o["respondents"];
    return org + " not in the results";
}

} // namespace

class TstWebWiring : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void questionnaireIsServedWithSecurityHeaders() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto c = f.client();
        auto r = c.Get(kSurvey);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(r->get_header_value("Content-Type").rfind("text/html", 0) == 0);
        QVERIFY(r->body.find("Реабилитационный центр") != std::string::npos);
        const std::string csp = r->get_header_value("Content-Security-Policy");
        QVERIFY(csp.find("default-src 'self'") != std::string::npos);
        QVERIFY(csp.find("unsafe-inline") == std::string::npos);
        QCOMPARE(r->get_header_value("X-Content-Type-Options"), std::string("nosniff"));
        QCOMPARE(r->get_header_value("X-Frame-Options"), std::string("DENY"));
        QCOMPARE(r->get_header_value("Referrer-Policy"), std::string("no-referrer"));
        QVERIFY(!cookieFrom(r, "nok_csrf").empty());
        // The API next to it is unchanged.
        auto health = c.Get("/healthz");
        QVERIFY(health && health->status == 200);
        JCOMPARE(json::parse(health->body)["status"], "ok");
    }

    void errorsKeepTheirShapeOnEachSide() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto c = f.client();
        auto api = c.Get("/api/v1/no-such-endpoint");
        QCOMPARE(api->status, 404);
        JCOMPARE(errorOf(api->body)["code"], "not_found");
        auto page = c.Get("/survey/kem-2026/no-such-org");
        QCOMPARE(page->status, 404);
        QVERIFY(page->get_header_value("Content-Type").rfind("text/html", 0) == 0);
        QVERIFY(errorOf(page->body).is_null());
        QVERIFY(page->body.find("<html") != std::string::npos);
        auto unauthorized = c.Get("/api/v1/campaigns");
        QCOMPARE(unauthorized->status, 401);
        JCOMPARE(errorOf(unauthorized->body)["code"], "unauthorized");
    }

    void aWebResponseIsStoredAndCountedByTheCouncilApi() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string council = f.addUser("council", "council");
        auto c = f.client();
        const char* webRows =
            "SELECT count(*) FROM responses WHERE channel = 'web' AND org = 'org-3'";
        auto open = c.Get(kSurvey);
        QVERIFY(open && open->status == 200);
        const std::string cookie = cookieFrom(open, "nok_csrf");
        const std::string csrf = csrfFrom(open->body);
        QVERIFY(!csrf.empty());
        // A forged token stores nothing.
        auto forged = c.Post(kSurvey, {{"Cookie", cookie}}, completeForm(csrf + "x"));
        QVERIFY(forged && forged->status == 403);
        QCOMPARE(f.count(webRows), 0);
        JCOMPARE(respondentsOf(c, council, "org-3"), 0);

        auto sent = c.Post(kSurvey, {{"Cookie", cookie}}, completeForm(csrf));
        QVERIFY(sent);
        QCOMPARE(sent->status, 303);
        QVERIFY(sent->get_header_value("Location").find("/thanks") != std::string::npos);
        QCOMPARE(f.count(webRows), 1);
        JCOMPARE(respondentsOf(c, council, "org-3"), 1);
        JCOMPARE(respondentsOf(c, council, "org-1"), 0);
    }

    void councilSignInTakesCouncilTokensAndRefusesOperators() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string council = f.addUser("council", "council");
        const std::string operatorToken = f.addUser("operator", "operator");
        auto c = f.client();
        auto open = c.Get("/council");
        QVERIFY(open && open->status == 200);
        const std::string cookie = cookieFrom(open, "nok_csrf");
        const std::string csrf = csrfFrom(open->body);
        QVERIFY(!csrf.empty());
        const auto login = [&](const std::string& token) {
            return c.Post("/council/login", {{"Cookie", cookie}},
                          httplib::Params{{"csrf", csrf}, {"token", token}});
        };
        auto op = login(operatorToken);
        QCOMPARE(op->status, 403);
        QVERIFY(cookieFrom(op, "nok_session").empty());
        auto unknown = login("nok_" + std::string(64, '0'));
        QCOMPARE(unknown->status, 401);
        QVERIFY(cookieFrom(unknown, "nok_session").empty());

        auto ok = login(council);
        QCOMPARE(ok->status, 303);
        const std::string session = cookieFrom(ok, "nok_session");
        QVERIFY(!session.empty());
        auto page = c.Get("/council/c/kem-2026", {{"Cookie", cookie + "; " + session}});
        QVERIFY(page);
        QCOMPARE(page->status, 200);
        QVERIFY(page->body.find("КЦСОН-1") != std::string::npos);
        // The dashboard's CSV is the council API's CSV (same renderer, same scores): the Russian
        // Excel dialect by default, the standard one on request.
        const httplib::Headers session2{{"Cookie", cookie + "; " + session}};
        const httplib::Headers bearer{{"Authorization", "Bearer " + council}};
        auto csv = c.Get("/council/c/kem-2026/results.csv", session2);
        auto apiCsv = c.Get("/api/v1/campaigns/kem-2026/results?format=csv&dialect=excel-ru", bearer);
        QVERIFY(csv && apiCsv);
        QCOMPARE(csv->status, 200);
        QCOMPARE(csv->body, apiCsv->body);
        QVERIFY(csv->body.rfind("\xEF\xBB\xBFКод;Организация;Категория;", 0) == 0);
        auto standard = c.Get("/council/c/kem-2026/results.csv?dialect=standard", session2);
        auto apiStandard = c.Get("/api/v1/campaigns/kem-2026/results?format=csv", bearer);
        QVERIFY(standard && apiStandard);
        QCOMPARE(standard->status, 200);
        QCOMPARE(standard->body, apiStandard->body);
        QVERIFY(standard->body.rfind("\xEF\xBB\xBFid,name,category,", 0) == 0);
        // The JSON download is the API's document (one writer for both), sent as it is written.
        auto download = c.Get("/council/c/kem-2026/results.json", session2);
        auto apiJson = c.Get("/api/v1/campaigns/kem-2026/results", bearer);
        QVERIFY(download && apiJson);
        QCOMPARE(download->status, 200);
        QCOMPARE(download->get_header_value("Content-Disposition"),
                 std::string("attachment; filename=\"results.json\""));
        const json fromDashboard = json::parse(download->body, nullptr, false);
        QVERIFY(!fromDashboard.is_discarded());
        QVERIFY(fromDashboard == json::parse(apiJson->body));
        QCOMPARE(fromDashboard["organizations"].size(), std::size_t(3));
        // Streamed (chunked), not built whole first: the size of a region does not matter.
        QCOMPARE(download->get_header_value("Transfer-Encoding"), std::string("chunked"));
        // A download for a campaign that does not exist is the reader's mistake, said so.
        for (const char* path : {"/council/c/nope/results.json", "/council/c/nope/report.html",
                                 "/council/c/nope/results.csv"}) {
            auto missing = c.Get(path, session2);
            QVERIFY(missing);
            QCOMPARE(missing->status, 404);
            QVERIFY2(missing->body.find("Кампания не найдена") != std::string::npos, path);
        }
        auto badDialect = c.Get("/council/c/kem-2026/results.csv?dialect=xlsx", session2);
        QVERIFY(badDialect);
        QCOMPARE(badDialect->status, 400);
        QVERIFY(badDialect->body.find("excel-ru") != std::string::npos);
    }
};

} // namespace tst_web_wiring

NOK_TEST_GUILESS_MAIN(tst_web_wiring, TstWebWiring)
#include "tst_web_wiring.moc"
