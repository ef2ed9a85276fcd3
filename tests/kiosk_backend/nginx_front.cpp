#include "nginx_front.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <set>

namespace nok::kiosk::test {

namespace {

bool writeFile(const QString& path, const QString& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(text.toUtf8()) == text.toUtf8().size();
}

QString readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

// A self-signed certificate whose subjectAltName is the address the kiosk dials, so the
// kiosk's ordinary verification (chain and host name) passes once it trusts this file.
bool makeCertificate(const QString& dir, QString& error) {
    QProcess openssl;
    openssl.start("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                              "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                              "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                              dir + "/key.pem", "-out", dir + "/cert.pem"});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        error = "openssl could not make a certificate (is the openssl CLI installed? "
                "deploy/install-deps.sh test installs it): " +
                openssl.errorString() + " " + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace

bool rewriteSite(const QString& shipped, const std::map<QString, QString>& replacements,
                 QString& out, QString& error) {
    static const QRegularExpression marker(R"(#\s*site:([A-Za-z0-9_-]+)\s*$)");
    std::set<QString> seen;
    QStringList lines;
    for (const QString& line : shipped.split('\n')) {
        const auto m = marker.match(line);
        if (!m.hasMatch()) {
            lines << line;
            continue;
        }
        const QString name = m.captured(1);
        const auto it = replacements.find(name);
        if (it == replacements.end()) {
            error = "the site file has a line marked site:" + name + " the test does not know";
            return false;
        }
        if (!seen.insert(name).second) {
            error = "the site file marks two lines site:" + name;
            return false;
        }
        if (!it->second.isEmpty()) {
            const QString indent = line.left(line.indexOf(QRegularExpression(R"(\S)")));
            lines << indent + it->second + " # site:" + name;
        }
    }
    for (const auto& [name, text] : replacements)
        if (!seen.count(name)) {
            error = "the site file has no line marked site:" + name;
            return false;
        }
    out = lines.join('\n');
    return true;
}

int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString NginxFront::binary() {
    QString path = QStandardPaths::findExecutable("nginx");
    if (path.isEmpty())
        path = QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/local/sbin", "/sbin"});
    return path;
}

NginxFront::~NginxFront() {
    stop();
}

void NginxFront::stop() {
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.terminate(); // SIGTERM: nginx's fast shutdown
    if (!m_process.waitForFinished(10000)) m_process.kill();
    m_process.waitForFinished(5000);
}

QString NginxFront::errorLog() const {
    return readFile(m_dir + "/error.log");
}

bool NginxFront::start(const QString& dir, const QString& siteFile, int upstreamPort,
                       QString& error) {
    m_dir = dir;
    if (!makeCertificate(dir, error)) return false;
    const QString shipped = readFile(siteFile);
    if (shipped.isEmpty()) {
        error = "cannot read " + siteFile;
        return false;
    }
    m_httpsPort = freeLoopbackPort();
    m_httpPort = freeLoopbackPort();
    const QString local = "127.0.0.1:";
    QString site;
    if (!rewriteSite(shipped,
                     {{"listen-http", "listen " + local + QString::number(m_httpPort) + ";"},
                      {"listen-http6", ""},
                      {"listen-https", "listen " + local + QString::number(m_httpsPort) + " ssl;"},
                      {"listen-https6", ""},
                      {"cert", "ssl_certificate " + dir + "/cert.pem;"},
                      {"key", "ssl_certificate_key " + dir + "/key.pem;"},
                      {"upstream", "server " + local + QString::number(upstreamPort) + ";"}},
                     site, error))
        return false;
    QDir(dir).mkpath("sites-enabled");
    if (!writeFile(dir + "/sites-enabled/nok-server", site)) {
        error = "cannot write the site file";
        return false;
    }
    // Debian's nginx.conf with its paths moved into `dir`. As root (CI containers) the workers
    // would switch to www-data, who cannot enter the private temporary directory: they stay root.
    QString conf;
    if (::geteuid() == 0) conf += "user root;\n";
    conf += "worker_processes 2;\n"
            "daemon off;\n"
            "pid " +
            dir +
            "/nginx.pid;\n"
            "error_log " +
            dir +
            "/error.log info;\n"
            "events {\n    worker_connections 768;\n}\n"
            "http {\n"
            "    sendfile on;\n    tcp_nopush on;\n    types_hash_max_size 2048;\n";
    if (QFile::exists("/etc/nginx/mime.types")) conf += "    include /etc/nginx/mime.types;\n";
    conf += "    default_type application/octet-stream;\n"
            "    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;\n"
            "    ssl_prefer_server_ciphers on;\n"
            "    access_log " +
            dir +
            "/access.log;\n"
            "    gzip on;\n";
    for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += QString("    %1_temp_path %2/%1_temp;\n").arg(temp, dir);
    conf += "    include " + dir + "/sites-enabled/*;\n}\n";
    if (!writeFile(dir + "/nginx.conf", conf)) {
        error = "cannot write nginx.conf";
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(dir + "/nginx.stderr");
    m_process.start(binary(), {"-p", dir, "-c", dir + "/nginx.conf", "-e", "stderr"});
    if (!m_process.waitForStarted(10000)) {
        error = "nginx did not start: " + m_process.errorString();
        return false;
    }
    if (!QTest::qWaitFor(
            [this] { return accepts(m_httpsPort) || m_process.state() == QProcess::NotRunning; },
            15000) ||
        m_process.state() == QProcess::NotRunning) {
        error = "nginx is not listening: " + readFile(dir + "/nginx.stderr") + errorLog();
        return false;
    }
    return true;
}

} // namespace nok::kiosk::test
