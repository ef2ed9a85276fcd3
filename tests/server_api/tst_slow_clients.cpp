// The connection layer against slow and oversized clients (issue 13, points 1 and 4): slowloris
// and silent sockets from other addresses do not starve anyone, a request that never finishes
// arriving is cut off with 408 while a slow but steady upload is not, connections per address
// are capped, headers over 16 KiB answer 431, a chunked body over the cap answers 413 like a
// sized one, compressed bodies 415, and pipelined requests on one connection each get their
// answer. Other clients are loopback addresses 127.0.0.2, 127.0.0.3 ... bound as the source.
#include "server_fixture.h"

#include <QTest>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include "test_program.h"

namespace tst_slow_clients {

using namespace nok;
using namespace nok::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::string statusLine(const std::string& raw) {
    return raw.substr(0, raw.find("\r\n"));
}
std::string bodyOf(const std::string& raw) {
    const auto p = raw.find("\r\n\r\n");
    return p == std::string::npos ? std::string() : raw.substr(p + 4);
}
void sendAll(int fd, const std::string& bytes) {
    (void)!::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
}
// What arrives on `fd` until the peer closes or `limit` passes.
std::string readUntilClosed(int fd, std::chrono::milliseconds limit) {
    std::string out;
    const auto until = std::chrono::steady_clock::now() + limit;
    char buf[4096];
    while (std::chrono::steady_clock::now() < until) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) continue;
        const auto n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}
std::string syncHead(std::size_t length) {
    return "POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           std::to_string(length) + "\r\nConnection: close\r\n\r\n";
}

} // namespace

class TstSlowClients : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void slowAndSilentClientsDoNotStarveOthers() {
        server::http::ServerOptions o;
        o.requestTimeout = 4s;
        ServerFixture f(o);
        QVERIFY(f.ready());
        Device d = f.enroll();
        QVERIFY(!d.id.empty());
        // 64 slowloris sockets (a header line every 100 ms, never the blank line that ends the
        // headers) and 64 silent ones, from 16 other addresses.
        std::vector<int> slow, silent;
        for (int i = 0; i < 64; ++i) {
            slow.push_back(connectFrom("127.0.0." + std::to_string(2 + i % 8), f.port()));
            silent.push_back(connectFrom("127.0.0." + std::to_string(10 + i % 8), f.port()));
            QVERIFY(slow.back() >= 0 && silent.back() >= 0);
            sendAll(slow.back(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        }
        std::atomic<bool> done{false};
        std::thread dribbler([&] {
            for (int round = 0; round < 150 && !done; ++round) {
                for (int fd : slow)
                    sendAll(fd, "X-Slow: 1\r\n");
                std::this_thread::sleep_for(100ms); // pacing the attack, not synchronisation
            }
        });
        double worstMs = 0;
        bool allAnswered = true;
        for (int i = 0; i < 10 && allAnswered; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            auto c = f.client();
            c.set_read_timeout(10, 0);
            auto res = c.Get("/healthz");
            allAnswered = res && res->status == 200;
            worstMs = std::max(worstMs, std::chrono::duration<double, std::milli>(
                                            std::chrono::steady_clock::now() - t0)
                                            .count());
        }
        auto batch = f.postJson("/api/v1/sync",
                                {{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}});
        qInfo("healthz with 64 slowloris and 64 silent connections open: worst %.1f ms", worstMs);
        // Each slowloris socket is cut off at its deadline, while it is still sending.
        int cutOff = 0;
        for (int fd : slow)
            cutOff += statusLine(readUntilClosed(fd, 12s)).find(" 408 ") != std::string::npos;
        done = true;
        dribbler.join();
        for (int fd : slow)
            ::close(fd);
        for (int fd : silent)
            ::close(fd);
        QVERIFY2(allAnswered, "healthz did not answer while slow clients were connected");
        QVERIFY(batch);
        QCOMPARE(batch->status, 200);
        JCOMPARE(json::parse(batch->body)["receipts"][0]["status"], "stored");
        qInfo("slowloris connections answered 408 at their deadline: %d of 64", cutOff);
        QCOMPARE(cutOff, 64);
    }

    void aSlowButSteadyUploadIsNotCutOff() {
        server::http::ServerOptions o;
        o.requestTimeout = 1s; // plus a second for every 16 KiB that arrives
        ServerFixture f(o);
        QVERIFY(f.ready());
        Device d = f.enroll();
        json items = json::array();
        for (int i = 0; i < 40; ++i)
            items.push_back(d.sealed(d.payload()));
        const std::string body = json{{"device", d.id}, {"items", items}}.dump();
        QVERIFY(body.size() > 32 * 1024);
        const int fd = connectFrom("127.0.0.2", f.port());
        QVERIFY(fd >= 0);
        sendAll(fd, syncHead(body.size()));
        // About 40 KiB a second: the whole body takes longer than the base second.
        for (std::size_t at = 0; at < body.size(); at += 4096) {
            sendAll(fd, body.substr(at, 4096));
            std::this_thread::sleep_for(100ms); // pacing a slow link, not synchronisation
        }
        const std::string raw = readUntilClosed(fd, 10s);
        ::close(fd);
        QVERIFY2(statusLine(raw).find(" 200 ") != std::string::npos, statusLine(raw).c_str());
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 40);
    }

    void connectionsPerAddressAreCapped() {
        server::http::ServerOptions o;
        o.maxConnectionsPerAddress = 4;
        o.idleTimeout = 2s;
        ServerFixture f(o);
        QVERIFY(f.ready());
        std::vector<int> fds;
        for (int i = 0; i < 5; ++i) {
            fds.push_back(connectFrom("127.0.0.2", f.port()));
            QVERIFY(fds.back() >= 0);
        }
        // Another address is served while 127.0.0.2 holds its connections.
        const std::string other =
            rawExchangeFrom("127.0.0.3", f.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n"
                                                   "Connection: close\r\n\r\n", false);
        int refused = 0;
        for (int fd : fds) {
            const std::string raw = readUntilClosed(fd, 10s);
            if (statusLine(raw).find(" 429 ") != std::string::npos) {
                JCOMPARE(errorOf(bodyOf(raw))["code"], "too_many_connections");
                ++refused;
            }
            ::close(fd);
        }
        QVERIFY2(statusLine(other).find(" 200 ") != std::string::npos, other.c_str());
        QCOMPARE(refused, 1);
    }

    void headersOver16KiBAre431() {
        ServerFixture f;
        QVERIFY(f.ready());
        auto request = [](int lines) {
            std::string r = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
            for (int i = 0; i < lines; ++i)
                r += "X-Pad-" + std::to_string(i) + ": " + std::string(1000, 'a') + "\r\n";
            return r + "\r\n";
        };
        const std::string fits = rawExchange(f.port(), request(14), false);
        QVERIFY2(statusLine(fits).find(" 200 ") != std::string::npos, statusLine(fits).c_str());
        const std::string tooLarge = rawExchange(f.port(), request(20), false);
        QVERIFY2(statusLine(tooLarge).find(" 431 ") != std::string::npos,
                 statusLine(tooLarge).c_str());
        JCOMPARE(errorOf(bodyOf(tooLarge))["code"], "headers_too_large");
        // Headers that never end are refused at the same size, not buffered without bound.
        const std::string endless =
            rawExchange(f.port(), "GET /healthz HTTP/1.1\r\nX-Long: " + std::string(1 << 20, 'a'),
                        false);
        QVERIFY2(statusLine(endless).find(" 431 ") != std::string::npos,
                 statusLine(endless).c_str());
    }

    void chunkedBodyOverTheCapIs413() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll();
        const std::string head = "POST /api/v1/sync HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                 "application/json\r\nTransfer-Encoding: chunked\r\n"
                                 "Connection: close\r\n\r\n";
        std::string oversized = head;
        const std::string mib(1 << 20, ' ');
        for (int i = 0; i < 9; ++i)
            oversized += "100000\r\n" + mib + "\r\n";
        oversized += "0\r\n\r\n";
        const std::string raw = rawExchange(f.port(), oversized, false);
        QVERIFY2(statusLine(raw).find(" 413 ") != std::string::npos, statusLine(raw).c_str());
        JCOMPARE(errorOf(bodyOf(raw))["code"], "payload_too_large");
        // A chunked batch within the cap is read like a sized one.
        const std::string body =
            json{{"device", d.id}, {"items", json::array({d.sealed(d.payload())})}}.dump();
        const std::size_t half = body.size() / 2;
        auto hex = [](std::size_t n) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%zx", n);
            return std::string(buf);
        };
        const std::string chunked = head + hex(half) + "\r\n" + body.substr(0, half) + "\r\n" +
                                    hex(body.size() - half) + ";ext=1\r\n" + body.substr(half) +
                                    "\r\n0\r\n\r\n";
        const std::string ok = rawExchange(f.port(), chunked, false);
        QVERIFY2(statusLine(ok).find(" 200 ") != std::string::npos, ok.c_str());
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 1);
    }

    void compressedBodiesAre415() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string body = "{}";
        const std::string raw = rawExchange(
            f.port(),
            "POST /api/v1/sync HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Encoding: gzip\r\nContent-Length: 2\r\nConnection: close\r\n\r\n" + body,
            false);
        QVERIFY2(statusLine(raw).find(" 415 ") != std::string::npos, statusLine(raw).c_str());
        JCOMPARE(errorOf(bodyOf(raw))["code"], "unsupported_media_type");
    }

    void pipelinedRequestsEachGetTheirAnswer() {
        ServerFixture f;
        QVERIFY(f.ready());
        const std::string raw = rawExchange(
            f.port(),
            "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + syncHead(2) + "{}", true);
        const auto second = raw.find("HTTP/1.1", 1);
        QVERIFY2(statusLine(raw).find(" 200 ") != std::string::npos, raw.c_str());
        QVERIFY2(second != std::string::npos, raw.c_str());
        QVERIFY2(statusLine(raw.substr(second)).find(" 400 ") != std::string::npos, raw.c_str());
    }
};

} // namespace tst_slow_clients

NOK_TEST_GUILESS_MAIN(tst_slow_clients, TstSlowClients)
#include "tst_slow_clients.moc"
