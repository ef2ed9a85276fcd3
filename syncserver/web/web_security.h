// Request-level protections of the web pages, all in memory: CSRF tokens (an HMAC-signed random
// nonce, sent both as a cookie and as a hidden form field and compared on POST: double submit
// with a server MAC, so a cookie planted by another site is still refused), a per-address rate
// limit for questionnaire submissions (addresses are kept only here, for one window, never
// stored with a response), and council sessions with an expiry.
#pragma once

#include "web/web_context.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace nok::web {

class CsrfGuard {
  public:
    CsrfGuard(); // a fresh random key per process: tokens do not survive a restart
    [[nodiscard]] std::string issue() const;
    // True when both are present, equal, and carry this server's MAC.
    [[nodiscard]] bool check(const std::string& cookieToken, const std::string& formToken) const;

  private:
    std::vector<unsigned char> m_key;
};

class RateLimiter {
  public:
    RateLimiter(int limit, std::int64_t windowSeconds) : m_limit(limit), m_window(windowSeconds) {}
    // Counts one attempt; false when the address already used up its window.
    [[nodiscard]] bool allow(const std::string& address, std::int64_t now);

  private:
    struct Window {
        std::int64_t start = 0;
        int count = 0;
    };
    std::mutex m_mutex;
    int m_limit;
    std::int64_t m_window;
    std::unordered_map<std::string, Window> m_windows;
};

class SessionStore {
  public:
    explicit SessionStore(std::int64_t ttlSeconds) : m_ttl(ttlSeconds) {}
    [[nodiscard]] std::string create(const CouncilUser& user, std::int64_t now);
    [[nodiscard]] std::optional<CouncilUser> find(const std::string& id, std::int64_t now);
    void remove(const std::string& id);
    [[nodiscard]] std::int64_t ttl() const { return m_ttl; }

  private:
    struct Session {
        CouncilUser user;
        std::int64_t expires = 0;
    };
    std::mutex m_mutex;
    std::int64_t m_ttl;
    std::unordered_map<std::string, Session> m_sessions;
};

} // namespace nok::web
