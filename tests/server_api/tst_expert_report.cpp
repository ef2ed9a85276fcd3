// The expert check in the council's HTML report: `results --format html` lists the newest device
// check's items with their notes (escaped), operator and time; `--evidence inline` embeds the
// photos as data: URIs, the default lists their hashes; the council API's HTML links each photo
// to the evidence endpoint. The history endpoint keeps the older version visible.
#include "expert_helpers.h"

#include "cli/command.h"

#include <QTest>

#include <ctime>
#include <sstream>

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

struct CliRun {
    int code = -1;
    std::string out, err;
};

CliRun runCli(std::vector<std::string> args) {
    args.insert(args.begin(), "nok-server");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    server::cli::Io io{out, err};
    CliRun r;
    r.code = server::cli::run(static_cast<int>(argv.size()), argv.data(), io);
    r.out = out.str();
    r.err = err.str();
    return r;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
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
        auto c = f.client();
        QCOMPARE(c.Put(("/api/v1/evidence/" + sha).c_str(), evidenceHeaders(d, sha, std::time(nullptr)), photo,
                       "image/png")
                     ->status,
                 201);

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
        QVERIFY(contains(plain.out, check.id));
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

        auto history = c.Get("/api/v1/campaigns/kem-2026/orgs/org-1/expert/history",
                             {{"Authorization", "Bearer " + token}});
        QCOMPARE(history->status, 200);
        const json versions = json::parse(history->body)["versions"];
        QCOMPARE(versions.size(), std::size_t(2));
        JCOMPARE(versions[0]["check"], older.id);
        JCOMPARE(versions[1]["summary"]["stand_items"]["present"], 1);
    }
};

QTEST_GUILESS_MAIN(TstExpertReport)
#include "tst_expert_report.moc"
