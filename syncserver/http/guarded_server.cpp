#include "http/guarded_server.h"

#include "http/buffered_stream.h"

#include <nlohmann/json.hpp>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nok::server::http {

namespace {

const char* reasonPhrase(int status) {
    switch (status) {
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    default: return "Bad Request";
    }
}

// The error in the API's one JSON shape, then a lingering close: the client may still be
// sending (a body over the cap), and closing with unread bytes would reset the connection and
// could destroy the answer before the client reads it. The drain is bounded in time.
void refuseAndClose(int sock, int status, const std::string& code, const std::string& message) {
    const std::string body =
        nlohmann::json{{"error", {{"code", code}, {"message", message}, {"field", nullptr}}}}.dump();
    std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reasonPhrase(status) +
                       "\r\nContent-Type: application/json\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\nConnection: close\r\n";
    if (status == 429) head += "Retry-After: 10\r\n";
    const std::string text = head + "\r\n" + body;
    (void)::send(sock, text.data(), text.size(), MSG_NOSIGNAL);
    ::shutdown(sock, SHUT_WR);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    char drain[16 * 1024];
    while (std::chrono::steady_clock::now() < until) {
        pollfd p{sock, POLLIN, 0};
        if (::poll(&p, 1, 100) < 0) break;
        if ((p.revents & (POLLIN | POLLHUP | POLLERR)) && ::recv(sock, drain, sizeof drain, 0) <= 0)
            break;
    }
}

} // namespace

bool GuardedServer::admit(const std::string& key) {
    std::lock_guard lock(m_mutex);
    auto& n = m_open[key];
    if (n >= m_policy.maxConnectionsPerAddress) {
        if (n == 0) m_open.erase(key);
        return false;
    }
    ++n;
    return true;
}

void GuardedServer::leave(const std::string& key) {
    std::lock_guard lock(m_mutex);
    auto it = m_open.find(key);
    if (it != m_open.end() && --it->second == 0) m_open.erase(it);
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
    std::string peer;
    int peerPort = 0;
    socketAddress(sock, true, peer, peerPort);
    const bool viaProxy = m_policy.trustedProxies.contains(peer);
    const std::string key = addressKey(peer);
    bool ok = false;
    if (!viaProxy && !admit(key)) {
        refuseAndClose(sock, 429, "too_many_connections",
                       "too many open connections from your address; retry later");
    } else {
        RequestReader reader(sock, m_policy.limits);
        const auto stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
        for (std::size_t left = keep_alive_max_count_; left > 0 && !stopping(); --left) {
            auto request = reader.next(m_policy.idleTimeout, stopping);
            if (request.outcome == ReadRequest::Outcome::Closed) break;
            if (request.outcome == ReadRequest::Outcome::Refused) {
                refuseAndClose(sock, request.status, request.code, request.message);
                break;
            }
            const std::string client =
                viaProxy ? m_policy.trustedProxies.clientOf(peer, request.forwardedFor) : peer;
            BufferedStream stream(sock, std::move(request.bytes), client,
                                  client == peer ? peerPort : 0, m_policy.writeTimeout);
            bool closed = false;
            ok = process_request(stream, left == 1, closed, nullptr);
            if (!ok || closed) break;
        }
        if (!viaProxy) leave(key);
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
}

} // namespace nok::server::http
