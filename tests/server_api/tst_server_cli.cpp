// The nok-server administration commands as a script uses them: `device code` and `user add`
// print their secret alone on the last stdout line, bad input gives exit 2 or 1 with a one-line
// error, `device revoke` refuses unknown ids, and `backup` copies a live database.
#include "server_fixture.h"

#include "../support/cli_run.h"
#include "nok/sqlite/database.h"

#include <QTest>

#include <regex>
#include <sstream>
#include "test_program.h"

namespace tst_server_cli {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

class TstServerCli : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void deviceCodeIsTheLastLineAndEnrolsOnce() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto r = runCli({"device", "code", "--db", f.dbPath(), "--org", "org-1", "--org", "org-2",
                         "--ttl-hours", "2"});
        QCOMPARE(r.code, 0);
        const std::string code = r.lastLine();
        QVERIFY2(std::regex_match(
                     code, std::regex("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}")),
                 code.c_str());
        auto res = f.postJson(
            "/api/v1/enroll",
            {{"code", code},
             {"public_key", crypto::toBase64(crypto::generateSigningKeyPair().publicKey)},
             {"label", "cli"}});
        QCOMPARE(res->status, 201);
        QCOMPARE(json::parse(res->body)["organizations"].size(), std::size_t(2));
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE action = 'device.code' AND target = "
                         "'org-1,org-2'"),
                 1);
    }

    void badArgumentsAndUnknownOrgs() {
        ServerFixture f;
        auto unknown = runCli({"device", "code", "--db", f.dbPath(), "--org", "org-9"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.find("org-9") != std::string::npos, unknown.err.c_str());
        QCOMPARE(std::count(unknown.err.begin(), unknown.err.end(), '\n'), 1);
        auto ttl =
            runCli({"device", "code", "--db", f.dbPath(), "--org", "org-1", "--ttl-hours", "0"});
        QCOMPARE(ttl.code, 2);
        QVERIFY(ttl.err.find("--ttl-hours") != std::string::npos);
        auto noOrg = runCli({"device", "code", "--db", f.dbPath()});
        QCOMPARE(noOrg.code, 2);
        QCOMPARE(f.count("SELECT count(*) FROM enrol_codes"), 0);
        auto missingDb = runCli({"device", "list", "--db", f.dbPath() + ".typo"});
        QCOMPARE(missingDb.code, 1);
    }

    void userAddPrintsTheTokenOnceAndStoresItsHash() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto r = runCli({"user", "add", "--db", f.dbPath(), "--name", "olga", "--role", "council"});
        QCOMPARE(r.code, 0);
        const std::string token = r.lastLine();
        QVERIFY(token.rfind("nok_", 0) == 0 && token.size() == 68);
        QCOMPARE(f.count("SELECT count(*) FROM users WHERE name = 'olga' AND role = 'council' AND "
                         "token_hash = '" +
                         crypto::sha256Hex(token) + "'"),
                 1);
        auto again =
            runCli({"user", "add", "--db", f.dbPath(), "--name", "olga", "--role", "admin"});
        QCOMPARE(again.code, 1);
        auto badRole =
            runCli({"user", "add", "--db", f.dbPath(), "--name", "ivan", "--role", "root"});
        QCOMPARE(badRole.code, 2);
        // The token works as a bearer token: a council user may not list devices (admin only).
        auto c = f.client();
        QCOMPARE(c.Get("/api/v1/devices", httplib::Headers{{"Authorization", "Bearer " + token}})
                     ->status,
                 403);
    }

    void revokeUnknownDeviceFails() {
        ServerFixture f;
        auto r = runCli({"device", "revoke", "--db", f.dbPath(), "dev-000000000000"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.find("no device") != std::string::npos);
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE action = 'device.revoke'"), 0);
    }

    void backupCopiesALiveDatabase() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        auto items = json::array({d.sealed(d.payload()), d.sealed(d.payload())});
        QCOMPARE(f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}})->status, 200);
        QTemporaryDir dir;
        const std::string out = dir.filePath("copy.db").toStdString();
        auto r = runCli({"backup", "--db", f.dbPath(), "--out", out});
        QCOMPARE(r.code, 0);
        auto copy = sqlite::Database::open(out, {.create = false});
        QVERIFY(copy);
        auto st = (*copy)->prepare("SELECT count(*) FROM responses");
        QVERIFY(*st->step());
        QCOMPARE(st->columnInt(0), std::int64_t(2));
        auto keys = (*copy)->prepare("SELECT count(*) FROM server_keys");
        QVERIFY(*keys->step());
        QCOMPARE(keys->columnInt(0), std::int64_t(2));
        auto again = runCli({"backup", "--db", f.dbPath(), "--out", out});
        QCOMPARE(again.code, 2); // never overwrites
    }
};

} // namespace tst_server_cli

NOK_TEST_GUILESS_MAIN(tst_server_cli, TstServerCli)
#include "tst_server_cli.moc"
