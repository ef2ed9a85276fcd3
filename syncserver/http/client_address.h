// Who the client is. The peer of a connection is the client unless the peer is a trusted reverse
// proxy (`serve --trusted-proxy CIDR`): then the client is the right-most address in
// X-Forwarded-For that is not itself a trusted proxy, since every proxy appends the address it
// saw and only the right-hand entries were written by proxies we run (the left ones are whatever
// the client sent). Without trusted proxies the header is ignored. Addresses are compared as
// numbers (inet_pton), so "::ffff:127.0.0.1" and "127.0.0.1" are the same IPv4 address.
#pragma once

#include "nok/result.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nok::server::http {

class AddressRange {
  public:
    // "192.0.2.0/24", "2001:db8::/32", or one address (a /32 or /128).
    [[nodiscard]] static Result<AddressRange> parse(std::string_view text);
    [[nodiscard]] bool contains(std::string_view address) const;

  private:
    std::array<std::uint8_t, 16> m_bytes{}; // IPv4 as IPv4-mapped IPv6
    int m_prefix = 128;
};

class TrustedProxies {
  public:
    TrustedProxies() = default;
    explicit TrustedProxies(std::vector<AddressRange> ranges) : m_ranges(std::move(ranges)) {}
    [[nodiscard]] bool empty() const { return m_ranges.empty(); }
    [[nodiscard]] bool contains(std::string_view address) const;
    // The client behind `peer` given the X-Forwarded-For values (joined with commas, in order).
    [[nodiscard]] std::string clientOf(const std::string& peer,
                                       std::string_view forwardedFor) const;

  private:
    std::vector<AddressRange> m_ranges;
};

// The key a per-address limit counts under: the address itself for IPv4, its /64 network for
// IPv6 (one subscriber usually holds a whole /64, so single IPv6 addresses cost nothing to vary).
[[nodiscard]] std::string addressKey(const std::string& address);

// The numeric address and port of a socket's peer (or its own end): IPv4 peers of a dual-stack
// socket come out as "192.0.2.1", not "::ffff:192.0.2.1". Empty and 0 when unknown.
void socketAddress(int socket, bool peer, std::string& ip, int& port);

} // namespace nok::server::http
