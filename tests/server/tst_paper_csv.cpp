// `nok-server import --campaign ID PAPER.csv`: the CSV of paper questionnaires. Rows become the
// same responses a dataset holds (same validation, same tallies); errors name "line N, column
// X"; ids derived from the file make a re-import change nothing; Excel's semicolon files work.
#include "server_test_util.h"

#include "service/paper_csv.h"
#include "storage/server_database.h"

#include <QTemporaryDir>
#include <QTest>
#include "test_program.h"

namespace tst_paper_csv {

using nlohmann::json;
using namespace nok::test;

namespace {

const std::vector<std::string> kColumns = {"org",
                                           "channel",
                                           "stand_used",
                                           "stand_satisfied",
                                           "site_used",
                                           "site_satisfied",
                                           "timely",
                                           "comfort_satisfied",
                                           "disability",
                                           "accessibility_satisfied",
                                           "staff_first_contact",
                                           "staff_service",
                                           "remote_used",
                                           "remote_polite",
                                           "recommend",
                                           "organisational_satisfied",
                                           "overall_satisfied",
                                           "suggestions",
                                           "sex",
                                           "age"};

// The worked example's first `n` responses of org-1 as CSV rows (channel paper).
std::string csvOf(std::size_t n, char sep = ',') {
    const json d = workedExample();
    std::string out;
    for (std::size_t c = 0; c < kColumns.size(); ++c)
        out += (c ? std::string(1, sep) : "") + kColumns[c];
    out += "\n";
    for (std::size_t i = 0; i < n; ++i) {
        const json& r = d["responses"][i];
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            if (c) out += sep;
            const auto& k = kColumns[c];
            if (k == "org")
                out += r["org"].get<std::string>();
            else if (k == "channel")
                out += "paper";
            else if (r["answers"].contains(k)) {
                const json& v = r["answers"][k];
                out += v.is_string() ? v.get<std::string>() : v.dump();
            }
        }
        out += "\n";
    }
    return out;
}

std::int64_t scalar(nok::sqlite::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    auto row = st->step();
    return row.ok() && *row ? st->columnInt(0) : -1;
}

} // namespace

class TstPaperCsv : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // A database holding the worked example's campaign and organisations.
    std::string campaignDb() {
        const auto path = m_dir.filePath(QString("db%1.sqlite").arg(++m_n)).toStdString();
        if (runCli({"init", "--db", path}).code != 0) qFatal("init failed");
        json d = workedExample();
        d["responses"] = json::array();
        writeFile(path + ".json", d.dump());
        if (runCli({"import", "--db", path, path + ".json"}).code != 0) qFatal("import failed");
        return path;
    }
    std::string file(const std::string& bytes) {
        const auto path = m_dir.filePath(QString("paper%1.csv").arg(++m_n)).toStdString();
        writeFile(path, bytes);
        return path;
    }

  private slots:
    void importsRowsAndReimportChangesNothing() {
        const auto db = campaignDb();
        const std::string bytes = csvOf(20);
        const auto csv = file(bytes);
        auto r = runCli({"import", "--db", db, "--campaign", "example-2026", csv});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.find("20 responses stored") != std::string::npos, r.out.c_str());
        const auto before = fileHash(db);
        auto again = runCli({"import", "--db", db, "--campaign", "example-2026", csv});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.find("nothing new (20 responses already stored)") != std::string::npos,
                 again.out.c_str());
        QCOMPARE(fileHash(db), before);

        auto open = nok::server::openServerDatabase(db, false);
        auto& d = **open;
        QCOMPARE(scalar(d, "SELECT complete FROM response_counts WHERE org = 'org-1'"), 20);
        // The tallies match the worked example: 12 used the stands, 9 of them satisfied.
        QCOMPARE(scalar(d, "SELECT count FROM answer_tallies WHERE org = 'org-1' AND question = "
                           "'stand_satisfied' AND value = 'yes'"),
                 9);
        QCOMPARE(scalar(d, "SELECT count FROM answer_tallies WHERE org = 'org-1' AND question = "
                           "'stand_used' AND value = 'yes'"),
                 12);
        // Ids are derived from the campaign, the file's bytes and the line.
        const auto id = nok::server::derivedResponseId("example-2026", bytes, 3);
        QCOMPARE(
            scalar(d, "SELECT count(*) FROM responses WHERE id = '" + id +
                          "' AND channel = 'paper' AND json_extract(answers, '$.age') IS NULL"),
            1); // line 3 is the second respondent, who gave no age
        QCOMPARE(scalar(d, "SELECT json_extract(answers, '$.age') FROM responses WHERE id = '" +
                               nok::server::derivedResponseId("example-2026", bytes, 2) + "'"),
                 60);
    }

    void excelSemicolonFileWithBomQuotesAndLineBreaks() {
        const auto db = campaignDb();
        std::string bytes =
            "\xEF\xBB\xBFid;org;channel;stand_used;site_used;timely;comfort_satisfied;"
            "disability;staff_first_contact;staff_service;remote_used;recommend;"
            "organisational_satisfied;overall_satisfied;suggestions\r\n";
        bytes += "6f1c0000-0000-4000-8000-0000000000c1;org-2;paper;no;no;yes;yes;no;yes;yes;no;yes;"
                 "yes;yes;\"Больше \"\"прогулок\"\"; и\r\nкружков\"\r\n";
        bytes += ";;;;;;;;;;;;;;\r\n"; // Excel's empty rows below the data
        auto r = runCli({"import", "--db", db, "--campaign", "example-2026", file(bytes)});
        QCOMPARE(r.code, 0);
        auto open = nok::server::openServerDatabase(db, false);
        auto st = (*open)->prepare("SELECT json_extract(answers, '$.suggestions'), org FROM "
                                   "responses WHERE id = '6f1c0000-0000-4000-8000-0000000000c1'");
        auto row = st->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(st->columnText(0), std::string("Больше \"прогулок\"; и\r\nкружков"));
        QCOMPARE(st->columnText(1), std::string("org-2"));
    }

    void badCsvIsRefusedWithLineAndColumn_data() {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<std::string>("expected");
        const std::string good = csvOf(4);
        auto replaceLine = [&](int line, const std::string& from, const std::string& to) {
            std::string s = good;
            std::size_t pos = 0;
            for (int l = 1; l < line; ++l)
                pos = s.find('\n', pos) + 1;
            const auto at = s.find(from, pos);
            return s.replace(at, from.size(), to);
        };
        QTest::newRow("unknown column")
            << std::string("org,channel,favourite_colour\norg-1,paper,blue\n")
            << std::string("line 1, column 3: 'favourite_colour' is not a question");
        QTest::newRow("yes/no other value")
            << replaceLine(3, "paper,yes", "paper,maybe")
            << std::string("line 3, column stand_used: must be one of \"yes\", \"no\"");
        QTest::newRow("age not a number")
            << replaceLine(2, ",60", ",sixty")
            << std::string("line 2, column age: must be an integer from 14 to 120");
        QTest::newRow("age out of range")
            << replaceLine(5, ",63", ",9")
            << std::string("line 5, column age: must be an integer from 14 to 120");
        QTest::newRow("unknown organisation")
            << replaceLine(4, "org-1,", "org-5,")
            << std::string("line 4, column org: no organisation 'org-5'");
        QTest::newRow("unknown channel")
            << replaceLine(2, ",paper,", ",fax,")
            << std::string("line 2, column channel: must be one of kiosk, interview, web, paper");
        QTest::newRow("missing required answer")
            << replaceLine(3, "yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes",
                           "yes,yes,yes,yes,,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes")
            << std::string("line 3, column timely: is required");
        QTest::newRow("cell count") << good + "org-1,paper,yes\n"
                                    << std::string("line 6: expected 20 cells, got 3");
        QTest::newRow("unterminated quote")
            << good + "org-1,paper,\"yes\n"
            << std::string("line 6: a quoted field is never closed");
        QTest::newRow("no org column") << std::string("channel,timely\npaper,yes\n")
                                       << std::string("line 1: the header needs a column 'org'");
        QTest::newRow("empty file") << std::string("") << std::string("the file is empty");
        QTest::newRow("conflicting id")
            << std::string(
                   "id,org,channel,stand_used,site_used,timely,comfort_satisfied,disability,"
                   "staff_first_contact,staff_service,remote_used,recommend,"
                   "organisational_satisfied,overall_satisfied\n"
                   "6f1c0000-0000-4000-8000-000000000000,org-1,paper,no,no,yes,yes,no,yes,"
                   "yes,no,yes,yes,yes\n")
            << std::string("line 2, column id: response id 6f1c0000-0000-4000-8000-000000000000 is "
                           "already stored with other content");
    }

    void badCsvIsRefusedWithLineAndColumn() {
        QFETCH(std::string, bytes);
        QFETCH(std::string, expected);
        const auto db = campaignDb();
        QCOMPARE(runCli({"import", "--db", db, fixture("worked-example.json")}).code, 0);
        const auto before = fileHash(db);
        auto r = runCli({"import", "--db", db, "--campaign", "example-2026", file(bytes)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.find(expected) != std::string::npos, r.err.c_str());
        QCOMPARE(fileHash(db), before);
    }

    void campaignIsRequiredAndMustExist() {
        const auto db = campaignDb();
        const auto csv = file(csvOf(2));
        auto none = runCli({"import", "--db", db, csv});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.find("--campaign: is required for a CSV") != std::string::npos,
                 none.err.c_str());
        const auto before = fileHash(db);
        auto unknown = runCli({"import", "--db", db, "--campaign", "nope-2026", csv});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.find("--campaign: no campaign 'nope-2026'") != std::string::npos,
                 unknown.err.c_str());
        QCOMPARE(fileHash(db), before);
    }

    void derivedIdsAreUuidShapedAndDifferPerLineAndFile() {
        const auto a = nok::server::derivedResponseId("c", "bytes", 2);
        QCOMPARE(a, nok::server::derivedResponseId("c", "bytes", 2));
        QVERIFY(a != nok::server::derivedResponseId("c", "bytes", 3));
        QVERIFY(a != nok::server::derivedResponseId("c", "bytes!", 2));
        QVERIFY(a != nok::server::derivedResponseId("d", "bytes", 2));
        QCOMPARE(a.size(), std::size_t(36));
        QCOMPARE(a[14], '5');
        QVERIFY(std::string("89ab").find(a[19]) != std::string::npos);
    }
};

} // namespace tst_paper_csv

NOK_TEST_APPLESS_MAIN(tst_paper_csv, TstPaperCsv)
#include "tst_paper_csv.moc"
