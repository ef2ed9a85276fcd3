// The production front (issue 13, point 1): the shipped deploy/nginx/nok-server.conf, run by the
// real nginx in front of the real `nok-server serve --trusted-proxy 127.0.0.1/32` binary, with a
// self-signed certificate the kiosk is told to trust (SSL_CERT_FILE, as an operator with a
// private CA would). While 300 TLS slowloris connections dribble header lines at nginx, a real
// kiosk backend enrols and syncs through it over HTTPS and /healthz keeps answering; nginx cuts
// the slowloris connections at its header deadline. The server counts limits on the address nginx
// saw, and what a client writes in X-Forwarded-For does not change it. Cookies leave nginx
// Secure, plain HTTP is redirected, and one address flooding requests gets nginx's 429 in the
// API's error shape. Skips only when nginx is not installed
// (deploy/install-deps.sh test installs it).
#include "kiosk_test_support.h"
#include "nginx_front.h"
#include "slowloris.h"
#include "tls_probe.h"

#include "nok/crypto/crypto.h"
#include "nok/sqlite/database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <thread>
#include "test_program.h"

namespace tst_nginx_front {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;
using nlohmann::json;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// One nok-server command, run like an administrator runs it; its stdout.
QString runServerCli(const QStringList& args, QString& error) {
    QProcess p;
    p.start(NOK_SERVER_BINARY, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        error = "nok-server " + args.join(' ') +
                " failed: " + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString lastLine(const QString& text) {
    const QStringList lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

// GET /healthz through nginx every 250 ms on its own thread, over verified HTTPS.
class HealthProbe {
  public:
    explicit HealthProbe(int port) : m_port(port) {}
    ~HealthProbe() { stop(); }
    void start() {
        m_thread = std::thread([this] {
            while (!m_stop) {
                httplib::Client c("https://127.0.0.1:" + std::to_string(m_port));
                c.set_connection_timeout(10, 0);
                c.set_read_timeout(10, 0);
                const auto t0 = Clock::now();
                auto res = c.Get("/healthz");
                const double ms = secondsSince(t0) * 1000;
                ++asked;
                if (!res || res->status != 200) {
                    ++failed;
                } else {
                    worstMs = std::max(worstMs.load(), ms);
                }
                std::this_thread::sleep_for(250ms); // the probe's pace
            }
        });
    }
    void stop() {
        m_stop = true;
        if (m_thread.joinable()) m_thread.join();
    }
    std::atomic<int> asked{0}, failed{0};
    std::atomic<double> worstMs{0};

  private:
    int m_port;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
};

json enrolBody(const std::string& code) {
    return {{"code", code},
            {"public_key", crypto::toBase64(crypto::generateSigningKeyPair().publicKey)},
            {"label", "probe"}};
}

std::string postJson(const std::string& path, const json& body, const std::string& extra = {}) {
    const std::string text = body.dump();
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + std::to_string(text.size()) + "\r\n" + extra + "\r\n" + text;
}

} // namespace

class TstNginxFront : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_server;
    int m_serverPort = 0;
    NginxFront m_nginx;
    TlsClientContext m_tls;

    QString serverLog() const {
        QFile f(m_dir.filePath("server.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    int listeningPort() const {
        for (const QString& line : serverLog().split('\n')) {
            const auto doc = json::parse(line.toStdString(), nullptr, false);
            if (doc.is_object() && doc.value("event", "") == "listening" && doc.contains("port"))
                return doc["port"].get<int>();
        }
        return 0;
    }
    std::string issueCode(const QString& org) {
        QString error;
        const QString out = runServerCli({"device", "code", "--db", m_db, "--org", org}, error);
        if (!error.isEmpty()) qWarning("%s", qPrintable(error));
        return lastLine(out).toStdString();
    }

  private slots:
    void initTestCase() {
        QVERIFY(crypto::init());
        std::signal(SIGPIPE, SIG_IGN); // a write to a connection nginx reset is an answer here
        if (NginxFront::binary().isEmpty())
            QSKIP("nginx is not installed (deploy/install-deps.sh test installs it)");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("nok.db");
        QString error;
        runServerCli({"init", "--db", m_db}, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        runServerCli({"import", "--db", m_db, NOK_DEMO_DATASET}, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_server.setStandardErrorFile(m_dir.filePath("server.log"));
        m_server.start(NOK_SERVER_BINARY, {"serve", "--db", m_db, "--listen", "127.0.0.1:0",
                                           "--trusted-proxy", "127.0.0.1/32"});
        QVERIFY(m_server.waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor(
                     [this] {
                         return (m_serverPort = listeningPort()) > 0 ||
                                m_server.state() == QProcess::NotRunning;
                     },
                     15000) &&
                     m_serverPort > 0,
                 qPrintable("nok-server did not start: " + serverLog()));

        QVERIFY2(m_nginx.start(m_dir.path(), NOK_SOURCE_DIR "/deploy/nginx/nok-server.conf",
                               m_serverPort, error),
                 qPrintable(error));
        // The kiosk verifies the server's certificate through OpenSSL's default trust store,
        // which this variable replaces (docs/kiosk-setup.md, private CA).
        qputenv("SSL_CERT_FILE", m_nginx.certificate().toLocal8Bit());
    }

    void cleanupTestCase() {
        m_nginx.stop();
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(10000);
        }
    }

    // Wrong enrolment codes from one client lock that client out, not the other clients behind
    // the same nginx; a locked-out client cannot get round it by writing X-Forwarded-For.
    void limitsCountTheAddressNginxSaw() {
        const int port = m_nginx.httpsPort();
        // Issued first: the failed-enrolment budget refills (one per 5 s), so the requests below
        // go out back to back.
        const std::string lockedCode = issueCode("di-nvk"), otherCode = issueCode("di-nvk"),
                          spoofCode = issueCode("di-nvk");
        QVERIFY(!lockedCode.empty() && !otherCode.empty() && !spoofCode.empty());
        for (int i = 0; i < 10; ++i) {
            const std::string raw = tlsExchange(
                m_tls, "127.0.0.2", port,
                postJson("/api/v1/enroll", enrolBody("ZZZZ-ZZZZ-Z" + std::to_string(i))));
            QCOMPARE(statusOf(raw), 403);
        }
        const std::string locked = tlsExchange(m_tls, "127.0.0.2", port,
                                               postJson("/api/v1/enroll", enrolBody(lockedCode)));
        QCOMPARE(statusOf(locked), 429);
        QCOMPARE(json::parse(bodyOf(locked), nullptr, false)["error"]["code"], "rate_limited");
        // Another client behind the same nginx is not affected.
        const std::string other =
            tlsExchange(m_tls, "127.0.0.3", port, postJson("/api/v1/enroll", enrolBody(otherCode)));
        QVERIFY2(statusOf(other) == 201,
                 ("another client behind nginx was refused: " + other.substr(0, 200)).c_str());
        // The locked-out client cannot pose as someone else: nginx replaces the header.
        const std::string spoofed = tlsExchange(
            m_tls, "127.0.0.2", port,
            postJson("/api/v1/enroll", enrolBody(spoofCode), "X-Forwarded-For: 198.51.100.7\r\n"));
        QVERIFY2(statusOf(spoofed) == 429,
                 ("a client-written X-Forwarded-For changed who the server counted: " +
                  spoofed.substr(0, spoofed.find("\r\n")))
                     .c_str());
    }

    void cookiesAreSecureAndPlainHttpIsRedirected() {
        const std::string page = tlsExchange(m_tls, "127.0.0.4", m_nginx.httpsPort(),
                                             "GET /council HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusOf(page), 200);
        const std::string cookie = headerOf(page, "Set-Cookie");
        QVERIFY2(!cookie.empty(), page.substr(0, page.find("\r\n\r\n")).c_str());
        QVERIFY2(QString::fromStdString(cookie).contains(
                     QRegularExpression("; *secure", QRegularExpression::CaseInsensitiveOption)),
                 ("the cookie is not Secure behind TLS: " + cookie).c_str());

        httplib::Client plain("127.0.0.1", m_nginx.httpPort());
        auto res = plain.Get("/council");
        QVERIFY(res);
        QCOMPARE(res->status, 301);
        QVERIFY2(res->get_header_value("Location").rfind("https://", 0) == 0,
                 res->get_header_value("Location").c_str());

        // nginx's own refusal of a body over 8 MiB is in the API's error shape.
        const std::string big = tlsExchange(
            m_tls, "127.0.0.4", m_nginx.httpsPort(),
            "POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 9437184\r\n\r\n{");
        QCOMPARE(statusOf(big), 413);
        QCOMPARE(json::parse(bodyOf(big), nullptr, false)["error"]["code"], "payload_too_large");
    }

    // One address asking faster than limit_req allows (200 pipelined requests on one
    // connection: far past the burst of 100 long before 10 a second refill it) is refused by
    // nginx with 429 in the API's error shape, and another address is still served.
    void oneAddressFloodingIsRefusedWith429() {
        auto c = TlsConnection::open(m_tls, "127.0.0.5", m_nginx.httpsPort());
        QVERIFY(c);
        std::string burst;
        for (int i = 0; i < 199; ++i)
            burst += "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        burst += "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        QVERIFY(c->send(burst));
        const std::string raw = c->readUntilClosed(30s);
        int ok = 0, refused = 0;
        std::string refusal;
        for (auto at = raw.find("HTTP/1.1 "); at != std::string::npos;
             at = raw.find("HTTP/1.1 ", at + 1)) {
            const int status = statusOf(raw.substr(at));
            ok += status == 200;
            if (status == 429 && refused++ == 0) refusal = raw.substr(at);
        }
        qInfo("200 requests at once from one address: %d answered, %d refused with 429", ok,
              refused);
        QVERIFY2(refused > 0, "nginx did not limit the request rate of one address");
        QCOMPARE(headerOf(refusal, "Retry-After"), std::string("10"));
        const auto body = refusal.substr(refusal.find("\r\n\r\n") + 4);
        QCOMPARE(json::parse(body.substr(0, body.find('\n')), nullptr, false)["error"]["code"],
                 "rate_limited");
        const std::string other = tlsExchange(m_tls, "127.0.0.6", m_nginx.httpsPort(),
                                              "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusOf(other), 200);
    }

    void kioskSyncsWhile300SlowlorisConnectionsAreOpen() {
        std::vector<std::string> sources;
        for (int i = 10; i < 40; ++i)
            sources.push_back("127.0.0." + std::to_string(i));
        HealthProbe health(m_nginx.httpsPort());
        health.start();
        Slowloris attack(m_nginx.httpsPort(), 300, sources, 2s);
        attack.start();
        QVERIFY2(QTest::qWaitFor([&] { return attack.openNow() >= 300; }, 30000),
                 qPrintable(QString("only %1 slowloris connections opened").arg(attack.openNow())));

        // A real kiosk, over HTTPS through nginx, with the attack in progress.
        const auto t0 = Clock::now();
        QTemporaryDir kioskDir;
        auto backend = KioskBackend::open(
            {kioskDir.path(), QString("https://127.0.0.1:%1").arg(m_nginx.httpsPort()), false});
        QVERIFY(backend);
        auto enrolled = (*backend)->enroll(QString::fromStdString(issueCode("di-nvk")));
        QVERIFY2(enrolled, enrolled ? "" : enrolled.error().describe().c_str());
        const QString deviceId = (*backend)->status().deviceId;
        const int items = 40;
        for (int i = 0; i < items; ++i) {
            // "interview": an operator enters them one after the other (no minimum interval).
            auto id = (*backend)->submit(validAnswers(), "di-nvk", "interview");
            QVERIFY2(id, id ? "" : id.error().describe().c_str());
        }
        (*backend)->syncNow();
        int leastOpenDuringSync = attack.openNow();
        (void)QTest::qWaitFor(
            [&] {
                leastOpenDuringSync = std::min(leastOpenDuringSync, attack.openNow());
                return (*backend)->status().pending == 0;
            },
            60000);
        const double syncSeconds = secondsSince(t0);
        const SyncStatus status = (*backend)->status();
        backend->reset();

        // Stop replacing dropped connections; nginx must drop the rest by its header deadline.
        attack.stopReopening();
        (void)QTest::qWaitFor([&] { return attack.openNow() == 0; }, 45000);
        const SlowlorisFigures f = attack.stop();
        health.stop();
        const int timedOut = static_cast<int>(m_nginx.errorLog().count("client timed out"));

        qInfo("kiosk enrolment + %d responses synced through nginx in %.1f s, with at least %d "
              "slowloris connections open meanwhile",
              items, syncSeconds, leastOpenDuringSync);
        qInfo("healthz through nginx: %d asked, %d failed, worst %.0f ms", health.asked.load(),
              health.failed.load(), health.worstMs.load());
        qInfo("slowloris: %d opened (%d refused), %d dropped by nginx (%d 'client timed out' in "
              "its log), %d still open at the end, longest held %.1f s, at most %d at once",
              f.opened, f.failedOpens, f.dropped, timedOut, f.stillOpen, f.longestHeldS,
              f.mostOpenAtOnce);

        QVERIFY2(status.pending == 0 && status.deadLetter == 0 && status.lastError.isEmpty(),
                 qPrintable(QString("pending %1, dead letters %2, last error: %3")
                                .arg(status.pending)
                                .arg(status.deadLetter)
                                .arg(status.lastError)));
        auto db = sqlite::Database::open(m_db.toStdString());
        QVERIFY(db);
        auto st = (*db)->prepare("SELECT count(*) FROM responses WHERE device_id = ?");
        QVERIFY(st);
        st->bind(1, deviceId.toStdString());
        auto row = st->step();
        QVERIFY(row && *row);
        QCOMPARE(st->columnInt(0), items);
        QVERIFY(health.asked > 0);
        QCOMPARE(health.failed.load(), 0);
        QVERIFY2(f.stillOpen == 0,
                 qPrintable(QString("%1 slowloris connections were still open %2 s after the "
                                    "attack stopped reopening")
                                .arg(f.stillOpen)
                                .arg(45)));
        QCOMPARE(f.dropped, f.opened);
    }
};

} // namespace tst_nginx_front

NOK_TEST_GUILESS_MAIN(tst_nginx_front, TstNginxFront)
#include "tst_nginx_front.moc"
