// The real `nok-server serve` binary as a child process on a free loopback port, for tests that
// kill it or measure it from outside (its port is read from the "listening" log line). The
// including test target defines NOK_SERVER_BINARY; makeDatabase() creates a database with the
// server keys and the two test campaigns.
#pragma once

#include "server_fixture.h"

#include "storage/server_database.h"
#include "storage/server_keys.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <string>

namespace nok::test {

// One run of the server binary; its port is read from the "listening" log line on stderr.
class ChildServer {
  public:
    bool start(const std::string& dbPath, QStringList extra = {"--threads", "2"}) {
        m_log.clear();
        m_process.start(NOK_SERVER_BINARY, QStringList{"serve", "--db",
                                                       QString::fromStdString(dbPath), "--listen",
                                                       "127.0.0.1:0"} +
                                               extra);
        if (!m_process.waitForStarted(10000)) return false;
        return QTest::qWaitFor(
                   [this] { return readPort() > 0 || m_process.state() == QProcess::NotRunning; },
                   10000) &&
               m_port > 0;
    }
    int port() const { return m_port; }
    QProcess& process() { return m_process; }
    std::string log() {
        m_log += m_process.readAllStandardError().toStdString();
        return m_log;
    }

  private:
    int readPort() {
        m_port = 0;
        const std::string text = log();
        const auto at = text.find("\"event\":\"listening\"");
        if (at == std::string::npos) return 0;
        const auto lineStart = text.rfind('\n', at);
        const auto lineEnd = text.find('\n', at);
        auto line = nlohmann::json::parse(
            text.substr(lineStart == std::string::npos ? 0 : lineStart + 1,
                        lineEnd == std::string::npos ? std::string::npos : lineEnd - lineStart),
            nullptr, false);
        if (line.is_object() && line.contains("port")) m_port = line["port"].get<int>();
        return m_port;
    }
    QProcess m_process;
    std::string m_log;
    int m_port = 0;
};

inline std::string makeDatabase(const QTemporaryDir& dir) {
    const std::string path = dir.filePath("nok.db").toStdString();
    auto db = server::openServerDatabase(path, true);
    if (!db || !server::ensureServerKeys(**db)) return {};
    seedCampaigns(**db);
    return path;
}

} // namespace nok::test
