// The invitation endpoints inside the real ApiServer: only admin and operator may issue codes
// (401 without a token, 403 for the council), bad bodies and unknown targets are refused with
// the error naming the field and nothing issued, the printable sheet comes from the same POST,
// and a code issued through the API opens and submits the served web questionnaire once.
#include "../support/valid_answers.h"
#include "server_fixture.h"

#include "../support/web_session.h"

#include <QRegularExpression>
#include <QTest>
#include "test_program.h"

namespace tst_invitations_api {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

const std::string kPath = "/api/v1/campaigns/kem-2026/orgs/org-1/invitations";

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

httplib::Params completeForm(const std::string& csrf, const std::string& code) {
    auto form = nok::test::asFormFields(nok::test::shortPathAnswers());
    form.emplace("csrf", csrf);
    form.emplace("invitation", code);
    return form;
}

} // namespace

class TstInvitationsApi : public QObject {
    Q_OBJECT

    httplib::Result post(ServerFixture& f, const std::string& token, const std::string& body,
                         const std::string& path = kPath) {
        auto c = f.client();
        return c.Post(path.c_str(), token.empty() ? httplib::Headers{} : bearer(token), body,
                      "application/json");
    }

  private slots:
    void onlyAdminAndOperatorMayIssueCodes() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string council = f.addUser("совет", "council");
        auto none = post(f, "", R"({"count": 2})");
        QCOMPARE(none->status, 401);
        auto wrong = post(f, "not-a-token", R"({"count": 2})");
        QCOMPARE(wrong->status, 401);
        auto forbidden = post(f, council, R"({"count": 2})");
        QCOMPARE(forbidden->status, 403);
        QCOMPARE(f.count("SELECT COUNT(*) FROM invitations"), std::int64_t(0));
        for (const std::string role : {"admin", "operator"}) {
            auto r = post(f, f.addUser("u-" + role, role), R"({"count": 2})");
            QCOMPARE(r->status, 201);
            QCOMPARE(r->get_header_value("Cache-Control"), std::string("no-store"));
            const json body = json::parse(r->body);
            QCOMPARE(body["codes"].size(), std::size_t(2));
            QVERIFY(QRegularExpression("^inv-[0-9a-f]{8}$")
                        .match(QString::fromStdString(body["batch"].get<std::string>()))
                        .hasMatch());
            QCOMPARE(body["survey_url"].get<std::string>(),
                     "http://127.0.0.1:" + std::to_string(f.port()) + "/survey/kem-2026/org-1");
        }
        QCOMPARE(f.count("SELECT COUNT(*) FROM invitations"), std::int64_t(4));
        QCOMPARE(f.count("SELECT COUNT(*) FROM audit WHERE action = 'invitation.create' AND "
                         "actor = 'u-operator'"),
                 std::int64_t(1));
        auto list = f.client().Get("/api/v1/campaigns/kem-2026/invitations", bearer(council));
        QCOMPARE(list->status, 403);
    }
    void badRequestsNameTheFieldAndIssueNothing_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QString p = QString::fromStdString(kPath);
        QTest::newRow("zero") << p << R"({"count": 0})" << 400 << "count";
        QTest::newRow("too many") << p << R"({"count": 1001})" << 400 << "count";
        QTest::newRow("string") << p << R"({"count": "5"})" << 400 << "count";
        QTest::newRow("float") << p << R"({"count": 2.5})" << 400 << "count";
        QTest::newRow("missing") << p << R"({})" << 400 << "count";
        QTest::newRow("huge") << p << R"({"count": 1e300})" << 400 << "count";
        QTest::newRow("truncated") << p << R"({"count": 3)" << 400 << "";
        QTest::newRow("array") << p << R"([3])" << 400 << "";
        QTest::newRow("bad base_url") << p << R"j({"count": 1, "base_url": "javascript:alert(1)"})j"
                                      << 400 << "base_url";
        QTest::newRow("html in base_url")
            << p << R"({"count": 1, "base_url": "https://x/\"><script>"})" << 400 << "base_url";
        QTest::newRow("unknown campaign") << "/api/v1/campaigns/nope/orgs/org-1/invitations"
                                          << R"({"count": 1})" << 404 << "campaign";
        QTest::newRow("unknown org") << "/api/v1/campaigns/kem-2026/orgs/org-9/invitations"
                                     << R"({"count": 1})" << 404 << "org";
    }
    void badRequestsNameTheFieldAndIssueNothing() {
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        ServerFixture f;
        QVERIFY(f.ready());
        auto r = post(f, f.addUser("админ", "admin"), body.toStdString(), path.toStdString());
        QCOMPARE(r->status, status);
        const json e = errorOf(r->body);
        QVERIFY2(e.is_object(), r->body.c_str());
        if (!field.isEmpty()) JCOMPARE(e["field"], field.toStdString());
        QCOMPARE(f.count("SELECT COUNT(*) FROM invitations"), std::int64_t(0));
        QCOMPARE(f.count("SELECT COUNT(*) FROM invitation_batches"), std::int64_t(0));
    }
    void theSheetComesFromThePostAsPrintableHtml() {
        ServerFixture f;
        QVERIFY(f.ready());
        QVERIFY(f.db()
                    .exec("UPDATE organizations SET name = '<b>КЦСОН</b> & \"Ко\"' WHERE id = "
                          "'org-2'")
                    .ok());
        auto r = post(f, f.addUser("админ", "admin"),
                      R"({"count": 3, "base_url": "https://nok.example.ru"})",
                      "/api/v1/campaigns/kem-2026/orgs/org-2/invitations?format=html");
        QCOMPARE(r->status, 201);
        QVERIFY(r->get_header_value("Content-Type").rfind("text/html", 0) == 0);
        const std::string& html = r->body;
        QVERIFY(html.find("size: A4") != std::string::npos);
        QVERIFY(html.find("https://nok.example.ru/survey/kem-2026/org-2") != std::string::npos);
        QVERIFY(html.find("&lt;b&gt;КЦСОН&lt;/b&gt; &amp; &quot;Ко&quot;") != std::string::npos);
        QVERIFY(html.find("<b>КЦСОН</b>") == std::string::npos);
        const QRegularExpression code("<div class=\"code\">([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</div>");
        QCOMPARE(code.globalMatch(QString::fromStdString(html)).hasNext(), true);
        int n = 0;
        for (auto it = code.globalMatch(QString::fromStdString(html)); it.hasNext(); it.next())
            ++n;
        QCOMPARE(n, 3);
        QCOMPARE(f.count("SELECT COUNT(*) FROM invitations WHERE org = 'org-2'"), std::int64_t(3));
        auto bad = post(f, f.addUser("a2", "admin"), R"({"count": 1})", kPath + "?format=pdf");
        QCOMPARE(bad->status, 400);
    }
    void aCodeFromTheApiAnswersTheServedFormOnce() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string admin = f.addUser("админ", "admin");
        auto issued = post(f, admin, R"({"count": 1})");
        QCOMPARE(issued->status, 201);
        const std::string code = json::parse(issued->body)["codes"][0];
        auto c = f.client();
        QVERIFY(c.Get("/survey/kem-2026/org-1")->body.find("name=\"code\"") != std::string::npos);
        auto open = c.Get(("/survey/kem-2026/org-1?code=" + code).c_str());
        QCOMPARE(open->status, 200);
        const std::string cookie = cookieFrom(open, "nok_csrf");
        const std::string csrf = csrfFrom(open->body);
        QVERIFY(!csrf.empty());
        const auto before = f.count("SELECT COUNT(*) FROM responses WHERE source = 'web'");
        auto sent = c.Post("/survey/kem-2026/org-1", {{"Cookie", cookie}}, completeForm(csrf, code));
        QCOMPARE(sent->status, 303);
        auto again =
            c.Post("/survey/kem-2026/org-1", {{"Cookie", cookie}}, completeForm(csrf, code));
        QCOMPARE(again->status, 403);
        QCOMPARE(f.count("SELECT COUNT(*) FROM responses WHERE source = 'web'"), before + 1);
        auto list = c.Get("/api/v1/campaigns/kem-2026/invitations?org=org-1", bearer(admin));
        QCOMPARE(list->status, 200);
        const json counts = json::parse(list->body);
        QCOMPARE(counts["batches"].size(), std::size_t(1));
        JCOMPARE(counts["batches"][0]["issued"], 1);
        JCOMPARE(counts["batches"][0]["used"], 1);
        JCOMPARE(counts["batches"][0]["unused"], 0);
        QVERIFY(list->body.find(code) == std::string::npos);
        QCOMPARE(c.Get("/api/v1/campaigns/kem-2026/invitations?org=org-9", bearer(admin))->status,
                 404);
    }
};

} // namespace tst_invitations_api

NOK_TEST_GUILESS_MAIN(tst_invitations_api, TstInvitationsApi)
#include "tst_invitations_api.moc"
