#include "http/client_address.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <charconv>
#include <cstring>
#include <optional>

namespace nok::server::http {

namespace {

std::optional<std::array<std::uint8_t, 16>> toBytes(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.size() > 2 && text.front() == '[' && text.back() == ']')
        text = text.substr(1, text.size() - 2);
    if (text.empty() || text.size() >= INET6_ADDRSTRLEN) return std::nullopt;
    char buf[INET6_ADDRSTRLEN] = {};
    std::memcpy(buf, text.data(), text.size());
    std::array<std::uint8_t, 16> out{};
    in_addr v4{};
    if (inet_pton(AF_INET, buf, &v4) == 1) {
        out[10] = out[11] = 0xff;
        std::memcpy(out.data() + 12, &v4, 4);
        return out;
    }
    in6_addr v6{};
    if (inet_pton(AF_INET6, buf, &v6) == 1) {
        std::memcpy(out.data(), &v6, 16);
        return out;
    }
    return std::nullopt;
}

bool isMappedV4(const std::array<std::uint8_t, 16>& b) {
    for (int i = 0; i < 10; ++i)
        if (b[i] != 0) return false;
    return b[10] == 0xff && b[11] == 0xff;
}

} // namespace

Result<AddressRange> AddressRange::parse(std::string_view text) {
    const auto bad = makeError("invalid_argument",
                               "must be an address or a CIDR range, e.g. 127.0.0.1/32 or ::1/128",
                               "--trusted-proxy");
    const auto slash = text.find('/');
    auto bytes = toBytes(text.substr(0, slash));
    if (!bytes) return bad;
    AddressRange r;
    r.m_bytes = *bytes;
    const bool v4 = text.substr(0, slash).find(':') == std::string_view::npos;
    const int width = v4 ? 32 : 128;
    int prefix = width;
    if (slash != std::string_view::npos) {
        const auto digits = text.substr(slash + 1);
        auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
        if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size() ||
            prefix < 0 || prefix > width)
            return bad;
    }
    r.m_prefix = v4 ? prefix + 96 : prefix;
    return r;
}

bool AddressRange::contains(std::string_view address) const {
    auto bytes = toBytes(address);
    if (!bytes) return false;
    for (int bit = 0; bit < m_prefix; ++bit) {
        const int i = bit / 8, mask = 0x80 >> (bit % 8);
        if (((*bytes)[i] & mask) != (m_bytes[i] & mask)) return false;
    }
    return true;
}

bool TrustedProxies::contains(std::string_view address) const {
    for (const auto& r : m_ranges)
        if (r.contains(address)) return true;
    return false;
}

std::string TrustedProxies::clientOf(const std::string& peer,
                                     std::string_view forwardedFor) const {
    if (m_ranges.empty() || !contains(peer)) return peer;
    std::string client = peer;
    // Walk right to left while the hops are our own proxies; the first other address is the
    // client. A malformed entry stops the walk: what lies left of it cannot be trusted.
    while (!forwardedFor.empty()) {
        const auto comma = forwardedFor.rfind(',');
        const auto entry =
            comma == std::string_view::npos ? forwardedFor : forwardedFor.substr(comma + 1);
        forwardedFor = comma == std::string_view::npos ? std::string_view()
                                                       : forwardedFor.substr(0, comma);
        auto bytes = toBytes(entry);
        if (!bytes) break;
        char buf[INET6_ADDRSTRLEN] = {};
        if (isMappedV4(*bytes))
            inet_ntop(AF_INET, bytes->data() + 12, buf, sizeof buf);
        else
            inet_ntop(AF_INET6, bytes->data(), buf, sizeof buf);
        client = buf;
        if (!contains(client)) break;
    }
    return client;
}

std::string addressKey(const std::string& address) {
    auto bytes = toBytes(address);
    if (!bytes || isMappedV4(*bytes)) return address;
    for (int i = 8; i < 16; ++i)
        (*bytes)[i] = 0;
    char buf[INET6_ADDRSTRLEN] = {};
    inet_ntop(AF_INET6, bytes->data(), buf, sizeof buf);
    return std::string(buf) + "/64";
}

void socketAddress(int socket, bool peer, std::string& ip, int& port) {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    ip.clear();
    port = 0;
    auto* sa = reinterpret_cast<sockaddr*>(&addr);
    if ((peer ? ::getpeername(socket, sa, &len) : ::getsockname(socket, sa, &len)) != 0) return;
    char buf[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        port = ntohs(a->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
        std::array<std::uint8_t, 16> bytes{};
        std::memcpy(bytes.data(), &a->sin6_addr, 16);
        if (isMappedV4(bytes))
            inet_ntop(AF_INET, bytes.data() + 12, buf, sizeof buf);
        else
            inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        port = ntohs(a->sin6_port);
    }
    ip = buf;
}

} // namespace nok::server::http
