// Invitation codes for the web questionnaire, through the real services and the real CLI on a
// temporary database holding the worked example (campaign example-2026, org-1 and org-2): a code
// is used once, only for its own organisation; unknown and mistyped codes store nothing; the
// `invite` commands refuse bad arguments and never show which code was used; and the schema and
// the rows after a submission hold nothing that links a code to a response.
#include "../support/valid_answers.h"
#include "server_test_util.h"
#include "service/invitation_code.h"
#include "service/invitation_service.h"
#include "service/web_response_service.h"
#include "storage/server_database.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include "test_program.h"

namespace tst_invitations {

using nlohmann::json;
using nok::test::runCli;

namespace {

const std::string kCampaign = "example-2026";

json completeAnswers() { return nok::test::shortPathAnswers(); }

// Every row of a table as text, column by column (for before/after comparisons).
std::vector<std::vector<std::string>> rowsOf(nok::sqlite::Database& db, const std::string& sql,
                                             int n = 1) {
    std::vector<std::vector<std::string>> rows;
    auto st = db.prepare(sql);
    if (!st) return rows;
    while (true) {
        auto r = st->step();
        if (!r || !*r) break;
        std::vector<std::string> row;
        for (int i = 0; i < n; ++i)
            row.push_back(st->isNull(i) ? "NULL" : st->columnBlob(i));
        rows.push_back(row);
    }
    return rows;
}

std::vector<std::string> columnsOf(nok::sqlite::Database& db, const std::string& table) {
    std::vector<std::string> names;
    for (const auto& row : rowsOf(db, "SELECT name FROM pragma_table_info('" + table + "')"))
        names.push_back(row[0]);
    return names;
}

bool mentions(const std::vector<std::string>& columns, const QRegularExpression& re) {
    for (const auto& c : columns)
        if (re.match(QString::fromStdString(c)).hasMatch()) return true;
    return false;
}

} // namespace

class TstInvitations : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<nok::sqlite::Database> m_db;

    std::int64_t webResponses() {
        auto st = m_db->prepare("SELECT COUNT(*) FROM responses WHERE source = 'web'");
        return st && *st->step() ? st->columnInt(0) : -1;
    }
    nok::Result<nok::server::StoredWebResponse> submit(const std::string& org,
                                                       const std::string& code) {
        return nok::server::storeWebResponse(*m_db, {kCampaign, org, completeAnswers(), code});
    }
    std::vector<std::string> issue(const std::string& org, int n) {
        auto issued = nok::server::issueInvitations(*m_db, kCampaign, org, n, "test", 1000);
        return issued ? issued->codes : std::vector<std::string>{};
    }

  private slots:
    void init() {
        static int n = 0;
        m_path = m_dir.filePath(QString("inv%1.db").arg(++n)).toStdString();
        QCOMPARE(runCli({"init", "--db", m_path}).code, 0);
        QCOMPARE(
            runCli({"import", "--db", m_path, nok::test::fixture("worked-example.json")}).code, 0);
        auto db = nok::server::openServerDatabase(m_path, false);
        QVERIFY(db.ok());
        m_db = std::move(*db);
    }
    void cleanup() { m_db.reset(); }

    void codesAreReadableDistinctAndStoredOnlyAsHashes() {
        const auto codes = issue("org-1", 200);
        QCOMPARE(codes.size(), std::size_t(200));
        const QRegularExpression shape("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$");
        std::set<std::string> distinct(codes.begin(), codes.end());
        QCOMPARE(distinct.size(), codes.size());
        for (const auto& c : codes)
            QVERIFY2(shape.match(QString::fromStdString(c)).hasMatch(), c.c_str());
        // The database file holds neither the printed nor the canonical form of any code.
        m_db.reset();
        const std::string bytes = nok::test::readFile(m_path);
        for (const auto& c : codes) {
            QVERIFY(bytes.find(c) == std::string::npos);
            QVERIFY(bytes.find(*nok::server::canonicalInvitationCode(c)) == std::string::npos);
        }
    }
    void anOrganisationWithoutCodesStaysOpenAndOneWithCodesNeedsOne() {
        QVERIFY(submit("org-2", "").ok());
        issue("org-1", 1);
        auto noCode = submit("org-1", "");
        QVERIFY(!noCode.ok());
        QCOMPARE(noCode.error().code, std::string("invitation_required"));
        QVERIFY(submit("org-2", "").ok()); // org-2 issued none: still open
        QCOMPARE(webResponses(), std::int64_t(2));
    }
    void aCodeIsUsedOnceAndTheSecondUseStoresNothing() {
        const auto codes = issue("org-1", 2);
        QVERIFY(nok::server::checkInvitation(*m_db, kCampaign, "org-1", codes[0]).ok());
        QVERIFY(nok::server::checkInvitation(*m_db, kCampaign, "org-1", codes[0]).ok()); // not spent
        QVERIFY(submit("org-1", codes[0]).ok());
        QCOMPARE(webResponses(), std::int64_t(1));
        auto again = submit("org-1", codes[0]);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, std::string("invitation_used"));
        QCOMPARE(again.error().field, std::string("invitation"));
        QCOMPARE(webResponses(), std::int64_t(1));
        // Typed in lower case without dashes, the other code is the same code.
        std::string typed = *nok::server::canonicalInvitationCode(codes[1]);
        for (auto& ch : typed)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        QVERIFY(submit("org-1", typed).ok());
        QCOMPARE(webResponses(), std::int64_t(2));
    }
    void otherOrganisationsUnknownAndMistypedCodesAreRefused() {
        const auto org1 = issue("org-1", 1);
        issue("org-2", 1);
        auto other = submit("org-2", org1[0]);
        QCOMPARE(other.error().code, std::string("invitation_other_org"));
        auto unknown = submit("org-1", "2222-3333-4444");
        QCOMPARE(unknown.error().code, std::string("invitation_unknown"));
        const std::vector<std::string> malformed = {"K7QD", "K7QD-M2XP-9F4H-XXXX",
                                                    "O0I1-L000-0000", "<script>-x-",
                                                    std::string(5000, 'A')};
        for (const auto& bad : malformed) {
            auto r = submit("org-1", bad);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, std::string("invitation_malformed"));
        }
        QCOMPARE(webResponses(), std::int64_t(0));
        // The refused code of org-1 was not spent by the attempt at org-2.
        QVERIFY(submit("org-1", org1[0]).ok());
    }
    void aFailedResponseDoesNotSpendTheCode() {
        const auto codes = issue("org-1", 1);
        json bad = completeAnswers();
        bad.erase("recommend");
        QVERIFY(!nok::server::storeWebResponse(*m_db, {kCampaign, "org-1", bad, codes[0]}).ok());
        QVERIFY(nok::server::checkInvitation(*m_db, kCampaign, "org-1", codes[0]).ok());
    }
    void issuingRefusesBadCountsAndUnknownTargets() {
        QCOMPARE(nok::server::issueInvitations(*m_db, kCampaign, "org-1", 0, "t", 1).error().code,
                 std::string("invalid_argument"));
        QCOMPARE(nok::server::issueInvitations(*m_db, kCampaign, "org-1", 1001, "t", 1).error().field,
                 std::string("count"));
        QCOMPARE(nok::server::issueInvitations(*m_db, "nope", "org-1", 1, "t", 1).error().code,
                 std::string("unknown_campaign"));
        QCOMPARE(nok::server::issueInvitations(*m_db, kCampaign, "org-9", 1, "t", 1).error().code,
                 std::string("unknown_org"));
        QCOMPARE(rowsOf(*m_db, "SELECT COUNT(*) FROM invitations")[0][0], std::string("0"));
    }

    // The schema cannot link a code to a response: no table holds both an invitation reference
    // and a response reference, the invitations table has exactly the columns known at issue
    // time plus `used`, it has no rowid (no insertion order) and no trigger touches it.
    void theSchemaHasNoLinkBetweenCodesAndResponses() {
        const QRegularExpression invitationRef("invitation|batch|code",
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression responseRef("response|payload|answer|seq|device|signature",
                                             QRegularExpression::CaseInsensitiveOption);
        const auto tables = rowsOf(*m_db, "SELECT name FROM sqlite_master WHERE type = 'table'");
        QVERIFY(tables.size() > 5);
        int invitationTables = 0, responseTables = 0;
        for (const auto& t : tables) {
            const auto cols = columnsOf(*m_db, t[0]);
            const bool inv = t[0].find("invitation") != std::string::npos ||
                             mentions(cols, QRegularExpression("invitation|batch"));
            const bool resp = t[0].find("response") != std::string::npos ||
                              mentions(cols, QRegularExpression("response"));
            invitationTables += inv;
            responseTables += resp;
            if (inv)
                QVERIFY2(!mentions(cols, responseRef),
                         ("invitation table " + t[0] + " has a response reference").c_str());
            if (resp)
                QVERIFY2(!mentions(cols, invitationRef),
                         ("response table " + t[0] + " has an invitation reference").c_str());
        }
        QCOMPARE(invitationTables, 2); // invitations, invitation_batches
        QVERIFY(responseTables >= 2);  // responses, response_counts, quarantine...
        const std::vector<std::string> expected = {"code_hash", "campaign", "org",
                                                   "batch",     "created_day", "used"};
        QCOMPARE(columnsOf(*m_db, "invitations"), expected);
        const auto sql = rowsOf(*m_db, "SELECT sql FROM sqlite_master WHERE name = 'invitations'");
        QVERIFY(sql[0][0].find("WITHOUT ROWID") != std::string::npos);
        QCOMPARE(rowsOf(*m_db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND "
                               "(tbl_name LIKE '%invitation%' OR sql LIKE '%invitations%')")[0][0],
                 std::string("0"));
    }

    // After a submission the used code's row differs from before only in `used`, and neither the
    // response row nor its payload carries the code, its hash or its batch.
    void theRowsAfterASubmissionCarryNothingOfTheOther() {
        const auto codes = issue("org-1", 3);
        const std::string hash =
            nok::server::invitationCodeHash(*nok::server::canonicalInvitationCode(codes[1]));
        const std::string rowSql =
            "SELECT * FROM invitations WHERE code_hash = '" + hash + "'";
        auto before = rowsOf(*m_db, rowSql, 6);
        const auto batchesBefore = rowsOf(*m_db, "SELECT * FROM invitation_batches", 6);
        QCOMPARE(before.size(), std::size_t(1));
        auto stored = submit("org-1", codes[1]);
        QVERIFY(stored.ok());
        auto after = rowsOf(*m_db, rowSql, 6);
        QCOMPARE(after.size(), std::size_t(1));
        QCOMPARE(before[0].back(), std::string("0"));
        QCOMPARE(after[0].back(), std::string("1"));
        before[0].back() = "1";
        QVERIFY(before == after); // nothing else changed: no time, no response, no counter
        QVERIFY(rowsOf(*m_db, "SELECT * FROM invitation_batches", 6) == batchesBefore);
        for (const auto& cell : after[0])
            QVERIFY(cell.find(stored->id) == std::string::npos);

        const std::string batch = after[0][3];
        const auto response =
            rowsOf(*m_db, "SELECT * FROM responses WHERE id = '" + stored->id + "'",
                   static_cast<int>(columnsOf(*m_db, "responses").size()));
        QCOMPARE(response.size(), std::size_t(1));
        const std::string canonical = *nok::server::canonicalInvitationCode(codes[1]);
        for (const auto& cell : response[0])
            for (const auto& secret : {codes[1], canonical, hash, batch})
                QVERIFY2(cell.find(secret) == std::string::npos, secret.c_str());
        // Nothing else was written for the use: no audit line, the other codes untouched.
        QCOMPARE(rowsOf(*m_db, "SELECT COUNT(*) FROM audit WHERE action != 'invitation.create'")[0][0],
                 std::string("0"));
        QCOMPARE(rowsOf(*m_db, "SELECT COUNT(*) FROM invitations WHERE used = 1")[0][0],
                 std::string("1"));
    }

    void cliCreatePrintsTheCodesAndWritesTheSheet() {
        m_db.reset();
        const std::string sheet = m_dir.filePath("sheet.html").toStdString();
        auto r = runCli({"invite", "create", "--db", m_path, "--campaign", kCampaign, "--org",
                         "org-1", "--count", "3", "--base-url", "https://nok.example.ru/",
                         "--sheet", sheet});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.find("3 invitation code(s) for org-1") != std::string::npos);
        QVERIFY(r.err.find("https://nok.example.ru/survey/example-2026/org-1") != std::string::npos);
        const auto lines = QString::fromStdString(r.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const std::string html = nok::test::readFile(sheet);
        QVERIFY(html.find("@page { size: A4") != std::string::npos);
        QVERIFY(html.find("https://nok.example.ru/survey/example-2026/org-1") != std::string::npos);
        QVERIFY(html.find("Пример: организация из расчёта") != std::string::npos);
        for (const auto& l : lines)
            QVERIFY(html.find("<div class=\"code\">" + l.toStdString() + "</div>") !=
                    std::string::npos);
        auto db = nok::server::openServerDatabase(m_path, false);
        m_db = std::move(*db);
        QCOMPARE(rowsOf(*m_db, "SELECT actor, action FROM audit", 2)[0],
                 (std::vector<std::string>{"cli", "invitation.create"}));
        QVERIFY(submit("org-1", lines[0].toStdString()).ok());
    }
    void cliListShowsCountsPerBatchOnly() {
        const auto first = issue("org-1", 4);
        issue("org-2", 2);
        QVERIFY(submit("org-1", first[2]).ok());
        m_db.reset();
        auto r = runCli({"invite", "list", "--db", m_path, "--campaign", kCampaign});
        QCOMPARE(r.code, 0);
        const auto lines = QString::fromStdString(r.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QString("org\tbatch\tcreated\tissued\tused\tunused"));
        QVERIFY(QRegularExpression("^org-1\tinv-[0-9a-f]{8}\t\\d{4}-\\d\\d-\\d\\d\t4\t1\t3$")
                    .match(lines[1])
                    .hasMatch());
        QVERIFY(lines[2].startsWith("org-2\t") && lines[2].endsWith("\t2\t0\t2"));
        for (const auto& c : first)
            QVERIFY(r.out.find(c) == std::string::npos);
        auto one = runCli({"invite", "list", "--db", m_path, "--campaign", kCampaign, "--org", "org-2"});
        QCOMPARE(one.code, 0);
        QCOMPARE(QString::fromStdString(one.out).split('\n', Qt::SkipEmptyParts).size(), 2);
    }
    void cliRefusesBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base = {"invite", "create", "--campaign", "example-2026", "--org", "org-1"};
        QTest::newRow("count 0") << (base + QStringList{"--count", "0"}) << 2 << "--count: must be";
        QTest::newRow("count 1001") << (base + QStringList{"--count", "1001"}) << 2 << "--count:";
        QTest::newRow("count text") << (base + QStringList{"--count", "ten"}) << 2 << "--count:";
        QTest::newRow("count missing") << base << 2 << "--count: is required";
        QTest::newRow("sheet without url")
            << (base + QStringList{"--count", "1", "--sheet", "x.html"}) << 2 << "--base-url:";
        QTest::newRow("bad url") << (base + QStringList{"--count", "1", "--base-url", "ftp://x"})
                                 << 2 << "--base-url:";
        QTest::newRow("url with quote")
            << (base + QStringList{"--count", "1", "--base-url", "https://x/\"><script>"}) << 2
            << "--base-url:";
        QTest::newRow("unknown option") << (base + QStringList{"--count", "1", "--bogus", "1"})
                                        << 2 << "--bogus:";
        QTest::newRow("unknown campaign")
            << QStringList{"invite", "create", "--campaign", "nope", "--org", "org-1", "--count", "1"}
            << 1 << "--campaign: no campaign";
        QTest::newRow("unknown org")
            << QStringList{"invite", "create", "--campaign", "example-2026", "--org", "org-9",
                           "--count", "1"}
            << 1 << "--org: the campaign has no organisation";
        QTest::newRow("list unknown campaign")
            << QStringList{"invite", "list", "--campaign", "nope"} << 1 << "--campaign:";
        QTest::newRow("list unknown org")
            << QStringList{"invite", "list", "--campaign", "example-2026", "--org", "org-9"} << 1
            << "--org:";
    }
    void cliRefusesBadArguments() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        m_db.reset();
        const std::string before = nok::test::fileHash(m_path);
        std::vector<std::string> argv;
        for (int i = 0; i < args.size(); ++i) {
            argv.push_back(args[i].toStdString());
            if (i == 1) {
                argv.push_back("--db");
                argv.push_back(m_path);
            }
        }
        auto r = runCli(argv);
        QCOMPARE(r.code, exitCode);
        QVERIFY2(r.err.find(message.toStdString()) != std::string::npos, r.err.c_str());
        QVERIFY(r.out.empty());
        QCOMPARE(nok::test::fileHash(m_path), before); // nothing written
    }
};

} // namespace tst_invitations

NOK_TEST_GUILESS_MAIN(tst_invitations, TstInvitations)
#include "tst_invitations.moc"
