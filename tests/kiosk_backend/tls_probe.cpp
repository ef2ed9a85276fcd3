#include "tls_probe.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>

namespace nok::kiosk::test {

TlsClientContext::TlsClientContext() : m_ctx(SSL_CTX_new(TLS_client_method())) {
    SSL_CTX_set_verify(m_ctx, SSL_VERIFY_NONE, nullptr);
}

TlsClientContext::~TlsClientContext() {
    SSL_CTX_free(m_ctx);
}

std::unique_ptr<TlsConnection> TlsConnection::open(const TlsClientContext& ctx,
                                                   const std::string& source, int port,
                                                   std::string* error) {
    auto fail = [&](const std::string& what, int fd, SSL* ssl) -> std::unique_ptr<TlsConnection> {
        if (error) *error = what;
        if (ssl) SSL_free(ssl);
        if (fd >= 0) ::close(fd);
        return nullptr;
    };
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return fail("socket() failed", -1, nullptr);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.c_str(), &local.sin_addr);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0)
        return fail("cannot bind " + source, fd, nullptr);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
        return fail("cannot connect to port " + std::to_string(port), fd, nullptr);
    SSL* ssl = SSL_new(ctx.get());
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1) {
        char text[256];
        ERR_error_string_n(ERR_get_error(), text, sizeof text);
        return fail(std::string("TLS handshake failed: ") + text, fd, ssl);
    }
    return std::unique_ptr<TlsConnection>(new TlsConnection(fd, ssl));
}

TlsConnection::~TlsConnection() {
    SSL_free(m_ssl);
    ::close(m_fd);
}

bool TlsConnection::send(const std::string& bytes) {
    if (m_closed) return false;
    std::size_t at = 0;
    while (at < bytes.size()) {
        const int n = SSL_write(m_ssl, bytes.data() + at, static_cast<int>(bytes.size() - at));
        if (n <= 0) {
            m_closed = true;
            return false;
        }
        at += static_cast<std::size_t>(n);
    }
    return true;
}

std::string TlsConnection::readUntilClosed(std::chrono::milliseconds limit) {
    std::string out;
    const auto until = std::chrono::steady_clock::now() + limit;
    char buf[16384];
    while (!m_closed && std::chrono::steady_clock::now() < until) {
        if (SSL_pending(m_ssl) == 0) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0) continue;
        }
        const int n = SSL_read(m_ssl, buf, sizeof buf);
        if (n <= 0) {
            m_closed = true;
            break;
        }
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

bool TlsConnection::peerClosed() {
    if (m_closed) return true;
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0) return false;
    if (p.revents & (POLLHUP | POLLERR)) return m_closed = true;
    // Readable: an alert, an answer or the end. Read without blocking; a partial record is not
    // an end.
    const int flags = ::fcntl(m_fd, F_GETFL);
    ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    char buf[4096];
    int n;
    while ((n = SSL_read(m_ssl, buf, sizeof buf)) > 0) {
    }
    const int err = SSL_get_error(m_ssl, n);
    ::fcntl(m_fd, F_SETFL, flags);
    if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE) m_closed = true;
    return m_closed;
}

std::string tlsExchange(const TlsClientContext& ctx, const std::string& source, int port,
                        const std::string& request) {
    auto c = TlsConnection::open(ctx, source, port);
    if (!c) return {};
    const auto headEnd = request.find("\r\n");
    if (!c->send(request.substr(0, headEnd + 2) + "Connection: close\r\n" +
                 request.substr(headEnd + 2)))
        return {};
    return c->readUntilClosed(std::chrono::seconds(15));
}

int statusOf(const std::string& raw) {
    return raw.size() > 12 && raw.compare(0, 5, "HTTP/") == 0 ? std::atoi(raw.substr(9, 3).c_str())
                                                              : 0;
}

std::string bodyOf(const std::string& raw) {
    const auto p = raw.find("\r\n\r\n");
    return p == std::string::npos ? std::string() : raw.substr(p + 4);
}

std::string headerOf(const std::string& raw, const std::string& name) {
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    const std::string head = lower(raw.substr(0, raw.find("\r\n\r\n")));
    const std::string key = "\r\n" + lower(name) + ":";
    const auto at = head.find(key);
    if (at == std::string::npos) return {};
    const auto start = at + key.size();
    const auto end = head.find("\r\n", start);
    std::string value =
        raw.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!value.empty() && value.front() == ' ')
        value.erase(value.begin());
    return value;
}

} // namespace nok::kiosk::test
