#include "http/buffered_stream.h"

#include "http/client_address.h"

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace nok::server::http {

ssize_t BufferedStream::read(char* ptr, size_t size) {
    const std::size_t n = std::min(size, m_request.size() - m_read);
    std::memcpy(ptr, m_request.data() + m_read, n);
    m_read += n;
    return static_cast<ssize_t>(n);
}

ssize_t BufferedStream::write(const char* ptr, size_t size) {
    for (;;) {
        pollfd p{m_socket, POLLOUT, 0};
        const int r = ::poll(&p, 1, static_cast<int>(m_writeTimeout.count()));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        const ssize_t n = ::send(m_socket, ptr, size, MSG_NOSIGNAL);
        if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        return n;
    }
}

void BufferedStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    ip = m_client;
    port = m_clientPort;
}

void BufferedStream::get_local_ip_and_port(std::string& ip, int& port) const {
    socketAddress(m_socket, false, ip, port);
}

} // namespace nok::server::http
