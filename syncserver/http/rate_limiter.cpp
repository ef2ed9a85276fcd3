#include "http/rate_limiter.h"

#include <algorithm>

namespace nok::server::http {

RateLimiter::Bucket& RateLimiter::refill(const std::string& key) {
    const auto now = std::chrono::steady_clock::now();
    // Keys come from requests (any device id string): forget buckets that have refilled completely
    // so made-up ids cannot grow the map without bound. A full bucket carries no information.
    if (m_buckets.size() >= kPruneAbove) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double elapsed = std::chrono::duration<double>(now - it->second.updated).count();
            if (it->second.tokens + elapsed * m_limit.perSecond >= m_limit.burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket{m_limit.burst, now});
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - it->second.updated).count();
        it->second.tokens =
            std::min(m_limit.burst, it->second.tokens + elapsed * m_limit.perSecond);
        it->second.updated = now;
    }
    return it->second;
}

bool RateLimiter::take(const std::string& key) {
    std::lock_guard lock(m_mutex);
    auto& b = refill(key);
    if (b.tokens < 1.0) return false;
    b.tokens -= 1.0;
    return true;
}

bool RateLimiter::available(const std::string& key) {
    std::lock_guard lock(m_mutex);
    return refill(key).tokens >= 1.0;
}

} // namespace nok::server::http
