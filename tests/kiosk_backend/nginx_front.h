// The shipped nginx site (deploy/nginx/nok-server.conf) run for real, unprivileged, in a
// temporary directory: a self-signed certificate for 127.0.0.1 (openssl CLI), an nginx.conf
// shaped like Debian's /etc/nginx/nginx.conf with every path (pid, logs, temp dirs) inside the
// directory, and the site file itself with its "# site:NAME" lines rewritten to random loopback
// ports and the temporary certificate. Every other line is the shipped one, so the test proves
// the file operators install.
#pragma once

#include <QProcess>
#include <QString>

#include <map>
#include <string>

namespace nok::kiosk::test {

// Replaces every line marked "# site:NAME" with replacements[NAME] (an empty text drops the
// line), keeping the indent. Fails on a marker it has no replacement for, on a replacement whose
// marker is missing, and on a marker seen twice: the shipped file and the test must agree.
[[nodiscard]] bool rewriteSite(const QString& shipped,
                               const std::map<QString, QString>& replacements, QString& out,
                               QString& error);

// A TCP port on 127.0.0.1 that was free a moment ago.
[[nodiscard]] int freeLoopbackPort();

class NginxFront {
  public:
    // nginx from PATH or /usr/sbin; empty when it is not installed.
    [[nodiscard]] static QString binary();
    ~NginxFront();

    // Writes the certificate and the configuration into `dir`, starts nginx in the foreground
    // and waits until its HTTPS port accepts connections. Proxies to 127.0.0.1:upstreamPort.
    [[nodiscard]] bool start(const QString& dir, const QString& siteFile, int upstreamPort,
                             QString& error);
    void stop();
    [[nodiscard]] int httpsPort() const { return m_httpsPort; }
    [[nodiscard]] int httpPort() const { return m_httpPort; }
    [[nodiscard]] QString certificate() const { return m_dir + "/cert.pem"; }
    [[nodiscard]] QString errorLog() const;

  private:
    QString m_dir;
    QProcess m_process;
    int m_httpsPort = 0, m_httpPort = 0;
};

} // namespace nok::kiosk::test
