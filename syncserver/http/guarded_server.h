// httplib's server with its connection handling replaced, so that no client can hold the server
// by being slow: each connection's requests are read whole by RequestReader (header and body
// under one deadline and fixed size caps) before httplib parses and routes them, and each source
// address may hold only so many connections at once (trusted proxies excepted: every client
// behind them shares their address). What httplib does with a complete request — routing, the
// handlers, the error handler, keep-alive — is unchanged. Plain HTTP only: httplib's TLS server
// keeps its own socket handling, so on the open internet TLS ends at the reverse proxy.
#pragma once

#include "http/client_address.h"
#include "http/request_reader.h"

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace nok::server::http {

struct ConnectionPolicy {
    RequestLimits limits;
    std::chrono::milliseconds idleTimeout{5000}; // for a request to begin on an open connection
    std::chrono::milliseconds writeTimeout{5000};
    std::size_t maxConnectionsPerAddress = 16;
    TrustedProxies trustedProxies;
};

class GuardedServer : public httplib::Server {
  public:
    explicit GuardedServer(ConnectionPolicy policy) : m_policy(std::move(policy)) {}

  private:
    bool process_and_close_socket(socket_t sock) override;
    bool admit(const std::string& key);
    void leave(const std::string& key);

    ConnectionPolicy m_policy;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::size_t> m_open; // connections per address key
};

} // namespace nok::server::http
