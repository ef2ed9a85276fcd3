// The life of an API token as an administrator manages it: `user list` shows who can log in
// (never a token), `user rotate` and `user revoke` stop the old token on the very next request,
// `user add --expires` makes a token that stops after its day, each change is an audit event, and
// an Authorization header that is not exactly `Bearer <token>` is refused, including a token
// followed by "%00junk" (httplib percent-decodes header values).
#include "server_fixture.h"

#include "../support/cli_run.h"
#include "nok/survey/response_payload.h"

#include <QTest>
#include "test_program.h"

namespace tst_user_tokens {

using namespace nok;
using namespace nok::test;

namespace {

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

int campaignsStatus(ServerFixture& f, const std::string& token) {
    auto res = f.client().Get("/api/v1/campaigns", bearer(token));
    return res ? res->status : -1;
}

// The status line's code of a raw request carrying this Authorization value byte for byte.
int rawStatus(ServerFixture& f, const std::string& authorization) {
    const std::string reply =
        rawExchange(f.port(),
                    "GET /api/v1/campaigns HTTP/1.1\r\nHost: x\r\nAuthorization: " + authorization +
                        "\r\nConnection: close\r\n\r\n",
                    false);
    if (reply.size() < 12) return -1;
    return std::stoi(reply.substr(9, 3));
}

std::string lineOf(const std::string& out, const std::string& name) {
    const auto at = out.find(name + "  ");
    if (at == std::string::npos) return {};
    return out.substr(at, out.find('\n', at) - at);
}

} // namespace

class TstUserTokens : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void listShowsStateAndLastUseButNeverTheToken() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto add =
            runCli({"user", "add", "--db", f.dbPath(), "--name", "anna", "--role", "council"});
        QCOMPARE(add.code, 0);
        const std::string token = add.lastLine();
        auto before = runCli({"user", "list", "--db", f.dbPath()});
        QCOMPARE(before.code, 0);
        QVERIFY2(lineOf(before.out, "anna").find("role=council  active") != std::string::npos,
                 before.out.c_str());
        QVERIFY2(lineOf(before.out, "anna").find("last_used=never") != std::string::npos,
                 before.out.c_str());
        QCOMPARE(campaignsStatus(f, token), 200);
        auto after = runCli({"user", "list", "--db", f.dbPath()});
        QVERIFY2(lineOf(after.out, "anna").find("last_used=" + survey::todayUtc()) !=
                     std::string::npos,
                 after.out.c_str());
        QVERIFY(after.out.find(token) == std::string::npos);
        QVERIFY(after.out.find(token.substr(4, 16)) == std::string::npos);
    }

    void revokeStopsTheNextRequest() {
        ServerFixture f;
        const std::string token = f.addUser("boris", "admin");
        QCOMPARE(campaignsStatus(f, token), 200);
        auto revoke = runCli({"user", "revoke", "--db", f.dbPath(), "--name", "boris"});
        QCOMPARE(revoke.code, 0);
        auto res = f.client().Get("/api/v1/campaigns", bearer(token));
        QVERIFY(res);
        QCOMPARE(res->status, 401);
        QVERIFY2(res->body.find("revoked") != std::string::npos, res->body.c_str());
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE action = 'user.revoke' AND target = "
                         "'boris'"),
                 1);
        auto again = runCli({"user", "revoke", "--db", f.dbPath(), "--name", "boris"});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.find("already revoked") != std::string::npos, again.err.c_str());
        auto unknown = runCli({"user", "revoke", "--db", f.dbPath(), "--name", "nobody"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.find("--name") != std::string::npos, unknown.err.c_str());
        auto rotate = runCli({"user", "rotate", "--db", f.dbPath(), "--name", "boris"});
        QCOMPARE(rotate.code, 1); // a revoked user stays revoked
        QVERIFY(lineOf(runCli({"user", "list", "--db", f.dbPath()}).out, "boris")
                    .find("revoked " + survey::todayUtc()) != std::string::npos);
    }

    void rotateReplacesTheToken() {
        ServerFixture f;
        const std::string old = f.addUser("vera", "council");
        QCOMPARE(campaignsStatus(f, old), 200);
        auto rotate = runCli({"user", "rotate", "--db", f.dbPath(), "--name", "vera"});
        QCOMPARE(rotate.code, 0);
        const std::string fresh = rotate.lastLine();
        QVERIFY(fresh != old);
        QCOMPARE(campaignsStatus(f, old), 401);
        QCOMPARE(campaignsStatus(f, fresh), 200);
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE action = 'user.rotate'"), 1);
    }

    void expiryIsTheLastDayTheTokenWorks() {
        ServerFixture f;
        auto past = runCli({"user", "add", "--db", f.dbPath(), "--name", "p", "--role", "council",
                            "--expires", "2020-01-01"});
        QCOMPARE(past.code, 2);
        QVERIFY2(past.err.find("--expires") != std::string::npos, past.err.c_str());
        auto unreal = runCli({"user", "add", "--db", f.dbPath(), "--name", "p", "--role", "council",
                              "--expires", "2030-02-30"});
        QCOMPARE(unreal.code, 2);
        QCOMPARE(f.count("SELECT count(*) FROM users"), 0);

        auto today = runCli({"user", "add", "--db", f.dbPath(), "--name", "galina", "--role",
                             "council", "--expires", survey::todayUtc()});
        QCOMPARE(today.code, 0);
        const std::string token = today.lastLine();
        QCOMPARE(campaignsStatus(f, token), 200);
        QCOMPARE(f.count("SELECT count(*) FROM audit WHERE action = 'user.add' AND target LIKE "
                         "'galina (council, expires %)'"),
                 1);
        // The day after its expiry (moved back rather than waiting for midnight).
        QVERIFY(f.db().exec("UPDATE users SET expires_day = '2021-06-30' WHERE name = 'galina'"));
        auto res = f.client().Get("/api/v1/campaigns", bearer(token));
        QCOMPARE(res->status, 401);
        QVERIFY2(res->body.find("expired after 2021-06-30") != std::string::npos,
                 res->body.c_str());
        QVERIFY(
            lineOf(runCli({"user", "list", "--db", f.dbPath()}).out, "galina").find("expired") !=
            std::string::npos);
    }

    void onlyAnExactBearerHeaderAuthenticates() {
        ServerFixture f;
        const std::string token = f.addUser("dmitri", "council");
        QCOMPARE(rawStatus(f, "Bearer " + token), 200);
        QCOMPARE(rawStatus(f, "Bearer " + token + "%00junk"), 401);
        QCOMPARE(rawStatus(f, "Bearer " + token + "junk"), 401);
        QCOMPARE(rawStatus(f, "Bearer " + token + " extra"), 401);
        QCOMPARE(rawStatus(f, "Bearer  " + token), 401);
        QCOMPARE(rawStatus(f, "bearer " + token), 401);
        QCOMPARE(rawStatus(f, "Basic " + token), 401);
        QCOMPARE(rawStatus(f, token), 401);
    }
};

} // namespace tst_user_tokens

NOK_TEST_GUILESS_MAIN(tst_user_tokens, TstUserTokens)
#include "tst_user_tokens.moc"
