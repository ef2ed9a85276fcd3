// Test support for the server API tests: a temporary database with the server keys and two
// campaigns, the real ApiServer started in-process on a free loopback port, simulated devices
// (key pair, enrolment, signed and sealed items) and a raw-socket client for malformed HTTP.
#pragma once

#include "http/api_server.h"
#include "nok/crypto/crypto.h"
#include "nok/sqlite/database.h"
#include "nok/survey/response_payload.h"

#include <QTemporaryDir>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace nok::test {

// The day of Device::payload(); ServerFixture's today is this day or the clock's, the later one.
constexpr const char* kTestDay = "2026-11-20";

// Campaign "kem-2025" (org-1, org-2) and the newer "kem-2026" (org-1, org-2, org-3).
void seedCampaigns(sqlite::Database& db);
// A complete valid answer set (all yes).
nlohmann::json validAnswers();

class RunningServer {
  public:
    explicit RunningServer(server::http::ServerOptions options);
    ~RunningServer();
    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] httplib::Client client() const;

  private:
    std::unique_ptr<server::http::ApiServer> m_server;
    std::thread m_thread;
    int m_port = 0;
    bool m_started = false;
};

struct Device {
    std::string id;
    crypto::SigningKeyPair keys;
    crypto::Bytes serverSignKey;
    crypto::Bytes serverSealKey;
    std::int64_t nextSeq = 1;

    [[nodiscard]] survey::ResponsePayload payload(const std::string& org = "org-1",
                                                  const std::string& campaign = "kem-2026");
    [[nodiscard]] survey::SignedItem sign(const survey::ResponsePayload& p) const;
    [[nodiscard]] nlohmann::json sealed(const survey::ResponsePayload& p) const;
    [[nodiscard]] nlohmann::json plain(const survey::ResponsePayload& p) const;
};

class ServerFixture {
  public:
    explicit ServerFixture(server::http::ServerOptions tweaks = {});
    [[nodiscard]] bool ready() const { return m_server && m_server->started(); }
    [[nodiscard]] int port() const { return m_server->port(); }
    [[nodiscard]] httplib::Client client() const { return m_server->client(); }
    [[nodiscard]] sqlite::Database& db() { return *m_db; }
    [[nodiscard]] const std::string& dbPath() const { return m_dbPath; }

    [[nodiscard]] std::string issueCode(const std::vector<std::string>& orgs,
                                        std::int64_t ttlSeconds = 3600, std::int64_t issuedAt = 0);
    // Enrols a new device for these organisations; empty id on failure.
    [[nodiscard]] Device enroll(const std::vector<std::string>& orgs = {"org-1"});
    [[nodiscard]] httplib::Result postJson(const std::string& path, const nlohmann::json& body);
    [[nodiscard]] std::string addUser(const std::string& name, const std::string& role);
    [[nodiscard]] std::int64_t count(const std::string& sql);

  private:
    QTemporaryDir m_dir;
    std::string m_dbPath;
    std::unique_ptr<sqlite::Database> m_db;
    std::unique_ptr<RunningServer> m_server;
};

// Sends raw bytes on a new loopback connection, optionally half-closes, returns what comes back.
std::string rawExchange(int port, const std::string& bytes, bool halfClose);
// The same from another loopback address (127.0.0.2, 127.0.0.3 ...), standing in for another
// client on the internet.
std::string rawExchangeFrom(const std::string& source, int port, const std::string& bytes,
                            bool halfClose);
// A connected socket to 127.0.0.1:port from `source` (10 s receive timeout); -1 on failure.
int connectFrom(const std::string& source, int port);
// The body of an error response, or null when the body is not the error shape.
nlohmann::json errorOf(const std::string& body);

} // namespace nok::test

// QCOMPARE cannot print nlohmann::json; this compares and shows both sides on failure.
#define JCOMPARE(actual, expected)                                                                 \
    do {                                                                                           \
        const nlohmann::json a_ = (actual), e_ = (expected);                                       \
        QVERIFY2(a_ == e_, ("got " + a_.dump() + ", expected " + e_.dump()).c_str());              \
    } while (false)
