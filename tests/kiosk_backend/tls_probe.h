// A raw TLS client for tests that play a client on the internet: it connects from a chosen
// loopback source address (127.0.0.2, 127.0.0.3 ... stand for other machines), completes the TLS
// handshake without checking the certificate (an attacker does not care), and then sends exactly
// the bytes it is given, as slowly as the caller likes. OpenSSL directly, because httplib can
// neither bind a source address nor send half a request.
#pragma once

#include <chrono>
#include <memory>
#include <string>

using SSL_CTX = struct ssl_ctx_st;
using SSL = struct ssl_st;

namespace nok::kiosk::test {

// One SSL_CTX for many connections (certificate checks off).
class TlsClientContext {
  public:
    TlsClientContext();
    ~TlsClientContext();
    TlsClientContext(const TlsClientContext&) = delete;
    TlsClientContext& operator=(const TlsClientContext&) = delete;
    [[nodiscard]] SSL_CTX* get() const { return m_ctx; }

  private:
    SSL_CTX* m_ctx = nullptr;
};

class TlsConnection {
  public:
    // Connected and handshaken from `source` to 127.0.0.1:port; null (and `error` set) if not.
    [[nodiscard]] static std::unique_ptr<TlsConnection> open(const TlsClientContext& ctx,
                                                             const std::string& source, int port,
                                                             std::string* error = nullptr);
    ~TlsConnection();
    TlsConnection(const TlsConnection&) = delete;
    TlsConnection& operator=(const TlsConnection&) = delete;

    // Writes all of `bytes`; false once the peer has closed or reset the connection.
    bool send(const std::string& bytes);
    // Everything that arrives until the peer closes (or `limit` passes): a whole HTTP answer
    // when the request said "Connection: close".
    [[nodiscard]] std::string readUntilClosed(std::chrono::milliseconds limit);
    // Without waiting: true once the peer has closed or reset the connection.
    [[nodiscard]] bool peerClosed();

  private:
    TlsConnection(int fd, SSL* ssl) : m_fd(fd), m_ssl(ssl) {}
    int m_fd = -1;
    SSL* m_ssl = nullptr;
    bool m_closed = false;
};

// One HTTP/1.1 request over a fresh TLS connection from `source` ("Connection: close" is
// added); the raw answer, or "" if the connection failed.
[[nodiscard]] std::string tlsExchange(const TlsClientContext& ctx, const std::string& source,
                                      int port, const std::string& request);
// The status code of a raw HTTP answer (0 if none) and its body.
[[nodiscard]] int statusOf(const std::string& raw);
[[nodiscard]] std::string bodyOf(const std::string& raw);
// The value of the first header `name` (case-insensitive) of a raw answer, "" if absent.
[[nodiscard]] std::string headerOf(const std::string& raw, const std::string& name);

} // namespace nok::kiosk::test
