// The HTTP edge: every failure has the one JSON error shape and the right status (malformed or
// truncated JSON, oversized bodies, wrong Content-Type, too many items, unknown endpoints),
// bearer tokens and roles guard the admin endpoints, devices are rate limited, and none of it
// stores anything or stops the server.
#include "server_fixture.h"

#include <QProcess>
#include <QTest>
#include "test_program.h"

namespace tst_http_hygiene {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

std::string statusLine(const std::string& raw) {
    return raw.substr(0, raw.find("\r\n"));
}
std::string bodyOf(const std::string& raw) {
    const auto p = raw.find("\r\n\r\n");
    return p == std::string::npos ? std::string() : raw.substr(p + 4);
}

void expectStillServing(ServerFixture& f) {
    auto c = f.client();
    auto res = c.Get("/healthz");
    QVERIFY(res);
    QCOMPARE(res->status, 200);
    JCOMPARE(json::parse(res->body), json({{"status", "ok"}}));
}

} // namespace

class TstHttpHygiene : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void malformedJsonAndWrongShapes() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto c = f.client();
        auto res =
            c.Post("/api/v1/sync", "{\"device\": \"dev-1\", \"items\": [", "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 400);
        JCOMPARE(errorOf(res->body)["code"], "malformed_json");
        auto notObject = c.Post("/api/v1/sync", "[1,2]", "application/json");
        QCOMPARE(notObject->status, 400);
        JCOMPARE(errorOf(notObject->body)["code"], "malformed_json");
        auto noItems = c.Post("/api/v1/sync", R"({"device": "dev-1"})", "application/json");
        QCOMPARE(noItems->status, 400);
        JCOMPARE(errorOf(noItems->body)["field"], "items");
        auto numericDevice =
            c.Post("/api/v1/sync", R"({"device": 5, "items": []})", "application/json");
        QCOMPARE(numericDevice->status, 400);
        JCOMPARE(errorOf(numericDevice->body)["field"], "device");
        // Deep nesting is refused before any document is built (the DOM of 8 MiB of "[" takes
        // over a gigabyte); the API's bodies nest three levels, the cap is 32.
        Device d = f.enroll();
        const std::string deep = "{\"device\": \"" + d.id + "\", \"items\": [" +
                                 std::string(100000, '[') + std::string(100000, ']') + "]}";
        auto nested = c.Post("/api/v1/sync", deep, "application/json");
        QVERIFY(nested);
        QCOMPARE(nested->status, 400);
        JCOMPARE(errorOf(nested->body)["code"], "json_too_deep");
        const std::string withinCap = "{\"device\": \"" + d.id + "\", \"items\": [" +
                                      std::string(29, '[') + std::string(29, ']') + "]}";
        auto shallow = c.Post("/api/v1/sync", withinCap, "application/json");
        QCOMPARE(shallow->status, 200);
        QVERIFY(json::parse(shallow->body)["receipts"][0]["reason"].get<std::string>().rfind(
                    "malformed_item", 0) == 0);
        // Brackets inside strings are text, not nesting.
        const std::string inString = "{\"device\": \"" + std::string(1000, '[') +
                                     "\", \"items\": []}";
        QCOMPARE(c.Post("/api/v1/sync", inString, "application/json")->status, 401);
        expectStillServing(f);
    }

    void wrongContentTypeIs415() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto c = f.client();
        auto res = c.Post("/api/v1/sync", R"({"device": "x", "items": []})", "text/plain");
        QVERIFY(res);
        QCOMPARE(res->status, 415);
        JCOMPARE(errorOf(res->body)["code"], "unsupported_media_type");
        auto withCharset = c.Post("/api/v1/sync", R"({"device": "x", "items": []})",
                                  "application/json; charset=utf-8");
        QCOMPARE(withCharset->status, 401); // accepted as JSON; then the device is unknown
    }

    void truncatedBodyIsRefusedAndNothingStored() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        const std::string body =
            json{{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}}.dump();
        const std::string head =
            "POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n";
        // The connection ends half way through the announced body.
        const std::string raw = rawExchange(f.port(), head + body.substr(0, body.size() / 2), true);
        // The client is gone, so there may be no one to answer; if there is an answer, it is a 400.
        QVERIFY2(raw.empty() || statusLine(raw).find(" 400 ") != std::string::npos, raw.c_str());
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 0);
        expectStillServing(f);
    }

    void oversizedBodyIs413() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string head =
            "POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            std::to_string(8 * 1024 * 1024 + 1) + "\r\nConnection: close\r\n\r\n";
        const std::string raw =
            rawExchange(f.port(), head + std::string(8 * 1024 * 1024 + 1, ' '), false);
        QVERIFY2(statusLine(raw).find(" 413 ") != std::string::npos, statusLine(raw).c_str());
        JCOMPARE(errorOf(bodyOf(raw))["code"], "payload_too_large");
        expectStillServing(f);
    }

    void moreThan500ItemsIsRefused() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        json items = json::array();
        for (int i = 0; i < 501; ++i)
            items.push_back(json{{"sealed", "AAAA"}});
        auto res = f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}});
        QVERIFY(res);
        QCOMPARE(res->status, 413);
        JCOMPARE(errorOf(res->body)["code"], "too_many_items");
        JCOMPARE(errorOf(res->body)["field"], "items");
        items.erase(items.begin());
        auto exactly500 = f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}});
        QCOMPARE(exactly500->status, 200);
        QCOMPARE(json::parse(exactly500->body)["receipts"].size(), std::size_t(500));
    }

    void unknownEndpointHasTheErrorShape() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto c = f.client();
        auto res = c.Get("/api/v1/nothing-here");
        QVERIFY(res);
        QCOMPARE(res->status, 404);
        JCOMPARE(errorOf(res->body)["code"], "not_found");
    }

    void adminEndpointsNeedAnAdminToken() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        const std::string admin = f.addUser("anna", "admin");
        const std::string council = f.addUser("boris", "council");
        QVERIFY(!admin.empty() && !council.empty());
        QCOMPARE(f.count("SELECT count(*) FROM users WHERE token_hash = '" + admin + "'"),
                 0); // only a hash is kept
        auto c = f.client();
        const std::string path = "/api/v1/devices/" + d.id + "/revoke";
        auto missing = c.Post(path.c_str());
        QCOMPARE(missing->status, 401);
        JCOMPARE(errorOf(missing->body)["code"], "unauthorized");
        auto invalid =
            c.Post(path.c_str(), httplib::Headers{{"Authorization", "Bearer nok_wrong"}}, "", "");
        QCOMPARE(invalid->status, 401);
        auto wrongRole =
            c.Post(path.c_str(), httplib::Headers{{"Authorization", "Bearer " + council}}, "", "");
        QCOMPARE(wrongRole->status, 403);
        JCOMPARE(errorOf(wrongRole->body)["code"], "forbidden");
        QCOMPARE(f.count("SELECT revoked FROM devices WHERE id = '" + d.id + "'"), 0);

        auto ok =
            c.Post(path.c_str(), httplib::Headers{{"Authorization", "Bearer " + admin}}, "", "");
        QCOMPARE(ok->status, 200);
        QCOMPARE(f.count("SELECT revoked FROM devices WHERE id = '" + d.id + "'"), 1);
        QCOMPARE(
            f.count("SELECT count(*) FROM audit WHERE actor = 'anna' AND action = 'device.revoke'"),
            1);
        auto batch = f.postJson(
            "/api/v1/sync", {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}});
        QCOMPARE(batch->status, 403);

        auto unknown = c.Post("/api/v1/devices/dev-000000000000/revoke",
                              httplib::Headers{{"Authorization", "Bearer " + admin}}, "", "");
        QCOMPARE(unknown->status, 404);

        auto list =
            c.Get("/api/v1/devices", httplib::Headers{{"Authorization", "Bearer " + admin}});
        QCOMPARE(list->status, 200);
        auto devices = json::parse(list->body)["devices"];
        QCOMPARE(devices.size(), std::size_t(1));
        JCOMPARE(devices[0]["state"], "revoked");
        QCOMPARE(c.Get("/api/v1/devices", httplib::Headers{{"Authorization", "Bearer " + council}})
                     ->status,
                 403);
    }

    void tlsServesHttpsWithTheGivenCertificate() {
        QTemporaryDir dir;
        const QString cert = dir.filePath("cert.pem"), key = dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                       "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj",
                       "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        server::http::ServerOptions o;
        o.tlsCert = cert.toStdString();
        o.tlsKey = key.toStdString();
        ServerFixture f(o);
        QVERIFY(f.ready());
        httplib::SSLClient tls("127.0.0.1", f.port());
        tls.set_ca_cert_path(o.tlsCert.c_str());
        tls.enable_server_certificate_verification(true);
        auto res = tls.Get("/healthz");
        QVERIFY2(res, httplib::to_string(res.error()).c_str());
        QCOMPARE(res->status, 200);
        auto plain = f.client().Get("/healthz"); // plain HTTP to the TLS port gets no answer
        QVERIFY(!plain || plain->status != 200);

        server::http::ServerOptions broken;
        broken.dbPath = f.dbPath();
        broken.tlsCert = o.tlsCert;
        broken.tlsKey = o.tlsCert; // a certificate is not a key
        auto refused = server::http::ApiServer::create(broken);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("tls_invalid"));
    }

    void batchesPerDeviceAreRateLimited() {
        server::http::ServerOptions o;
        o.deviceRate = {2, 0.001};
        ServerFixture f(o);
        QVERIFY(f.ready());
        Device d = f.enroll();
        Device other = f.enroll();
        // Only batches the device signed count against it (tst_source_limits has the rest).
        for (int i = 0; i < 2; ++i)
            QCOMPARE(f.postJson("/api/v1/sync",
                                {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}})
                         ->status,
                     200);
        auto limited = f.postJson(
            "/api/v1/sync", {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}});
        QCOMPARE(limited->status, 429);
        JCOMPARE(errorOf(limited->body)["code"], "rate_limited");
        QCOMPARE(f.postJson("/api/v1/sync", {{"device", other.id},
                                             {"items", json::array({other.sealed(other.payload())})}})
                     ->status,
                 200);
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 3);
    }
};

} // namespace tst_http_hygiene

NOK_TEST_GUILESS_MAIN(tst_http_hygiene, TstHttpHygiene)
#include "tst_http_hygiene.moc"
