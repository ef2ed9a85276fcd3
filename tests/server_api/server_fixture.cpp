#include "../support/valid_answers.h"
#include "server_fixture.h"

#include "service/enrolment_service.h"
#include "service/user_service.h"
#include "storage/server_database.h"
#include "storage/server_keys.h"

#include <QTest>

#include <algorithm>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <ctime>

namespace nok::test {

using nlohmann::json;

void seedCampaigns(sqlite::Database& db) {
    const char* sql =
        "INSERT INTO campaigns (id, title, region, year, methodology, questionnaire, created_seq) "
        "VALUES "
        "('kem-2025', 'НОК 2025', 'Кемеровская область', 2025, '344n-social', 'social-675n/1', 1),"
        "('kem-2026', 'НОК 2026', 'Кемеровская область', 2026, '344n-social', 'social-675n/1', 2);"
        "INSERT INTO organizations (campaign, id, name, category, recipients) VALUES "
        "('kem-2025', 'org-1', 'КЦСОН-1 (2025)', 'ЦСОН', 100), ('kem-2025', 'org-2', "
        "'Дом-интернат', 'ДИ', 50),"
        "('kem-2026', 'org-1', 'КЦСОН-1', 'ЦСОН', 120), ('kem-2026', 'org-2', 'Дом-интернат', "
        "'ДИ', 60),"
        "('kem-2026', 'org-3', 'Реабилитационный центр', 'РЦ', 30);";
    if (auto s = db.exec(sql); !s) qFatal("seed failed: %s", s.error().describe().c_str());
}

json validAnswers() {
    auto a = nok::test::allYesAnswers();
    a["site_satisfied"] = "no";
    return a;
}

RunningServer::RunningServer(server::http::ServerOptions options) {
    options.host = "127.0.0.1";
    options.port = 0;
    options.log = false;
    auto server = server::http::ApiServer::create(options);
    if (!server) {
        qWarning("server: %s", server.error().describe().c_str());
        return;
    }
    m_server = std::move(*server);
    auto port = m_server->bind();
    if (!port) return;
    m_port = *port;
    m_thread = std::thread([this] { m_server->run(); });
    m_started = QTest::qWaitFor([this] { return m_server->isRunning(); }, 5000);
}

RunningServer::~RunningServer() {
    if (m_server) m_server->stop();
    if (m_thread.joinable()) m_thread.join();
}

httplib::Client RunningServer::client() const {
    httplib::Client c("127.0.0.1", m_port);
    c.set_read_timeout(30, 0);
    return c;
}

survey::ResponsePayload Device::payload(const std::string& org, const std::string& campaign) {
    survey::ResponsePayload p;
    p.id = crypto::uuidV4();
    p.device = id;
    p.org = org;
    p.campaign = campaign;
    p.questionnaire = "social-675n/1";
    p.channel = "kiosk";
    p.day = kTestDay;
    p.seq = nextSeq++;
    p.answers = validAnswers();
    return p;
}

survey::SignedItem Device::sign(const survey::ResponsePayload& p) const {
    return survey::signPayload(survey::encodePayload(p), keys.secretKey);
}

json Device::sealed(const survey::ResponsePayload& p) const {
    auto box = survey::sealItem(sign(p), serverSealKey);
    return box ? survey::sealedItemJson(*box) : json(nullptr);
}

json Device::plain(const survey::ResponsePayload& p) const {
    return survey::plainItemJson(sign(p));
}

ServerFixture::ServerFixture(server::http::ServerOptions tweaks) {
    if (!m_dir.isValid()) return;
    m_dbPath = m_dir.filePath("nok.db").toStdString();
    auto db = server::openServerDatabase(m_dbPath, true);
    if (!db) return;
    m_db = std::move(*db);
    if (!server::ensureServerKeys(*m_db)) return;
    seedCampaigns(*m_db);
    tweaks.dbPath = m_dbPath;
    // The server's day is never before the test payloads' day (so Device::payload() is accepted
    // whatever the machine's clock says) nor before the clock's day (a real kiosk backend in the
    // test dates its responses by the clock). ISO days compare as strings.
    if (!tweaks.today)
        tweaks.today = [] { return std::max(std::string(kTestDay), survey::todayUtc()); };
    m_server = std::make_unique<RunningServer>(tweaks);
}

std::string ServerFixture::issueCode(const std::vector<std::string>& orgs, std::int64_t ttlSeconds,
                                     std::int64_t issuedAt) {
    auto code =
        server::issueEnrolCode(*m_db, orgs, ttlSeconds, issuedAt ? issuedAt : std::time(nullptr));
    return code ? *code : std::string();
}

httplib::Result ServerFixture::postJson(const std::string& path, const json& body) {
    auto c = client();
    return c.Post(path.c_str(), body.dump(), "application/json");
}

Device ServerFixture::enroll(const std::vector<std::string>& orgs) {
    Device d;
    d.keys = crypto::generateSigningKeyPair();
    auto res = postJson("/api/v1/enroll", {{"code", issueCode(orgs)},
                                           {"public_key", crypto::toBase64(d.keys.publicKey)},
                                           {"label", "kiosk in the hall"}});
    if (!res || res->status != 201) return d;
    auto body = json::parse(res->body);
    d.id = body["device_id"];
    d.serverSignKey = *crypto::fromBase64(body["server_sign_key"].get<std::string>());
    d.serverSealKey = *crypto::fromBase64(body["server_seal_key"].get<std::string>());
    return d;
}

std::string ServerFixture::addUser(const std::string& name, const std::string& role) {
    auto token = server::addUser(*m_db, name, role, std::time(nullptr));
    return token ? *token : std::string();
}

std::int64_t ServerFixture::count(const std::string& sql) {
    auto st = m_db->prepare(sql);
    if (!st) return -1;
    auto row = st->step();
    return row && *row ? st->columnInt(0) : -1;
}

int connectFrom(const std::string& source, int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.c_str(), &local.sin_addr);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::string rawExchangeFrom(const std::string& source, int port, const std::string& bytes,
                            bool halfClose) {
    const int fd = connectFrom(source, port);
    std::string out;
    if (fd >= 0) {
        (void)!::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (halfClose) ::shutdown(fd, SHUT_WR);
        char buf[4096];
        while (true) {
            const auto n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            out.append(buf, static_cast<std::size_t>(n));
        }
        ::close(fd);
    }
    return out;
}

std::string rawExchange(int port, const std::string& bytes, bool halfClose) {
    return rawExchangeFrom("127.0.0.1", port, bytes, halfClose);
}

json errorOf(const std::string& body) {
    auto doc = json::parse(body, nullptr, false);
    if (!doc.is_object() || !doc.contains("error") || !doc["error"].is_object()) return nullptr;
    const auto& e = doc["error"];
    if (!e.contains("code") || !e["code"].is_string() || !e.contains("message") ||
        !e.contains("field"))
        return nullptr;
    return e;
}

} // namespace nok::test
