// `nok-server checklist import` / `checklist show`: the council's checklist replaces the built-in
// one for devices (config pull) and is shown back; a bad file exits 1 naming the file and the
// JSON path, and leaves the stored checklist unchanged.
#include "server_fixture.h"

#include "../support/cli_run.h"
#include "nok/expert/checklist.h"

#include <QTest>

#include <ctime>
#include <fstream>
#include <sstream>
#include "test_program.h"

namespace tst_checklist_cli {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

std::string writeFile(const QTemporaryDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

json configChecklist(ServerFixture& f, const Device& d) {
    const std::string time = std::to_string(std::time(nullptr));
    const auto sig = crypto::sign(d.keys.secretKey, "nok-config\n" + d.id + "\n" + time);
    auto c = f.client();
    auto res = c.Get("/api/v1/device/config",
                     {{"X-Nok-Device", d.id}, {"X-Nok-Time", time}, {"X-Nok-Auth", crypto::toBase64(sig)}});
    return res && res->status == 200 ? json::parse(res->body)["checklist"] : json(nullptr);
}

} // namespace

class TstChecklistCli : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void importReplacesTheChecklistForDevices() {
        ServerFixture f;
        QVERIFY(f.ready());
        QTemporaryDir dir;
        auto shown = runCli({"checklist", "show", "--db", f.dbPath()});
        QCOMPARE(shown.code, 0);
        JCOMPARE(json::parse(shown.out)["id"], "886n-1239/1");

        json doc = json::parse(expert::builtinChecklistJson());
        doc["id"] = "council-2027/1";
        doc["items"].push_back({{"id", "stand.extra"}, {"group", "stand"},
                                {"name", {{"ru", "Дополнительный пункт"}, {"en", "Extra item"}}}});
        const std::string file = writeFile(dir, "council.json", doc.dump(2));
        auto imported = runCli({"checklist", "import", "--db", f.dbPath(), file});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.find("council-2027/1") != std::string::npos, imported.out.c_str());
        shown = runCli({"checklist", "show", "--db", f.dbPath()});
        QCOMPARE(shown.code, 0);
        JCOMPARE(json::parse(shown.out), doc);

        Device d = f.enroll({"org-1"});
        JCOMPARE(configChecklist(f, d)["id"], "council-2027/1");
        QCOMPARE(f.count("SELECT count(*) FROM checklists"), 1);
    }

    void badFilesExitOneNamingThePathAndChangeNothing() {
        ServerFixture f;
        QVERIFY(f.ready());
        QTemporaryDir dir;
        const json good = json::parse(expert::builtinChecklistJson());
        struct Case {
            std::string name;
            json doc;
            std::string expected; // in stderr
        };
        json noEnglish = good;
        noEnglish["items"][2]["name"].erase("en");
        json wrongSet = good;
        for (auto& item : wrongSet["items"])
            if (item["id"] == "distance_methods.faq") item["id"] = "distance_methods.telegram";
        json missingSetItem = good;
        for (std::size_t i = 0; i < missingSetItem["items"].size(); ++i)
            if (missingSetItem["items"][i]["id"] == "premises_accessibility.ramps") {
                missingSetItem["items"].erase(i);
                break;
            }
        const Case cases[] = {
            {"no-english.json", noEnglish, "items[2].name.en"},
            {"wrong-set.json", wrongSet, "is not an element of the set 'distance_methods'"},
            {"missing-set-item.json", missingSetItem, "premises_accessibility.ramps"},
        };
        for (const auto& c : cases) {
            const std::string file = writeFile(dir, c.name, c.doc.dump());
            auto r = runCli({"checklist", "import", "--db", f.dbPath(), file});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.find(file + ": ") != std::string::npos, r.err.c_str());
            QVERIFY2(r.err.find(c.expected) != std::string::npos, r.err.c_str());
        }
        const std::string truncated = writeFile(dir, "truncated.json", good.dump().substr(0, 200));
        auto r = runCli({"checklist", "import", "--db", f.dbPath(), truncated});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find("not valid JSON") != std::string::npos, r.err.c_str());
        r = runCli({"checklist", "import", "--db", f.dbPath(), dir.filePath("absent.json").toStdString()});
        QCOMPARE(r.code, 1);
        QCOMPARE(f.count("SELECT count(*) FROM checklists"), 0);
        auto shown = runCli({"checklist", "show", "--db", f.dbPath()});
        JCOMPARE(json::parse(shown.out)["id"], "886n-1239/1");
    }
};

} // namespace tst_checklist_cli

NOK_TEST_GUILESS_MAIN(tst_checklist_cli, TstChecklistCli)
#include "tst_checklist_cli.moc"
