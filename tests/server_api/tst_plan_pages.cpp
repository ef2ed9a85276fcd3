// The council dashboard with improvement plans, as a council member reads it: the campaign page
// lists each organisation's plan progress (items, done, overdue; "плана нет" without one), the
// organisation's page shows its plan with an overdue item marked in words («просрочено»), not by
// colour alone, and every text from the plan escaped. The organization role cannot sign in to
// the dashboard at all.
#include "server_fixture.h"

#include "../server/server_test_util.h"
#include "../support/web_session.h"

#include <QTest>
#include "test_program.h"

namespace tst_plan_pages {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

class TstPlanPages : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void dashboardShowsPlansAndOverdueItemsInWords() {
        ServerFixture f;
        QTemporaryDir dir;
        QVERIFY(f.ready());
        QCOMPARE(runCli({"import", "--db", f.dbPath(), fixture("worked-example.json")}).code, 0);
        auto draft = runCli({"plan", "draft", "--db", f.dbPath(), "--campaign", "example-2026",
                             "--org", "org-1"});
        json plan = json::parse(draft.out);
        for (auto& item : plan["items"]) {
            item["measure"] = "Обновить <стенд> & сайт";
            item["due"] = "2999-12-31";
            item["responsible"] = "Директор";
        }
        plan["items"][0]["status"] = "done";
        plan["items"][0]["done_on"] = "2026-10-01";
        plan["items"][1]["due"] = "2020-01-31"; // overdue
        plan["items"][2]["due"] = "2020-01-31";
        plan["items"][2]["status"] = "dropped"; // past due but dropped: not overdue
        const std::string file = dir.filePath("plan.json").toStdString();
        writeFile(file, plan.dump());
        QCOMPARE(runCli({"plan", "import", "--db", f.dbPath(), file}).code, 0);

        auto c = f.client();
        const std::string cookie = councilSession(c, f.addUser("anna", "council"));
        QVERIFY(!cookie.empty());
        auto campaign = c.Get("/council/c/example-2026", {{"Cookie", cookie}});
        QVERIFY(campaign && campaign->status == 200);
        const std::string items = std::to_string(plan["items"].size());
        QVERIFY2(campaign->body.find("Пример: организация из расчёта</a></td><td>" + items +
                                     "</td><td>1</td><td><strong>1 — просрочено</strong>") !=
                     std::string::npos,
                 campaign->body.c_str());
        QVERIFY(campaign->body.find("Пример: без экспертной проверки</a></td><td colspan=\"3\">"
                                    "плана нет") != std::string::npos);

        auto org = c.Get("/council/c/example-2026/org/org-1", {{"Cookie", cookie}});
        QVERIFY(org && org->status == 200);
        const std::string& page = org->body;
        QVERIFY(page.find("Обновить &lt;стенд&gt; &amp; сайт") != std::string::npos);
        QVERIFY(page.find("<стенд>") == std::string::npos);
        std::size_t marks = 0;
        for (std::size_t at = 0; (at = page.find("— просрочено", at)) != std::string::npos; ++at)
            ++marks;
        QCOMPARE(marks, std::size_t(1));
        QVERIFY(page.find("31.01.2020</td><td data-label=\"Ответственный\">Директор</td>"
                          "<td data-label=\"Состояние\">запланировано <strong "
                          "class=\"overdue\">— просрочено</strong>") != std::string::npos);
        QVERIFY(page.find("выполнено, 01.10.2026") != std::string::npos);
    }

    void organizationTokenDoesNotOpenTheDashboard() {
        ServerFixture f;
        QVERIFY(f.ready());
        QCOMPARE(runCli({"import", "--db", f.dbPath(), fixture("worked-example.json")}).code, 0);
        auto add = runCli({"user", "add", "--db", f.dbPath(), "--name", "kcson", "--role",
                           "organization", "--org", "org-1"});
        QCOMPARE(add.code, 0);
        auto c = f.client();
        QVERIFY(councilSession(c, add.lastLine()).empty());
    }
};

} // namespace tst_plan_pages

NOK_TEST_GUILESS_MAIN(tst_plan_pages, TstPlanPages)
#include "tst_plan_pages.moc"
