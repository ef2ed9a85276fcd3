// Token buckets keyed by a string (a device id, or one shared key for failed enrolments): each
// key holds up to `burst` tokens and regains `perSecond` tokens a second. In memory, per process:
// a restart forgets the counts, which is acceptable for throttling (the codes themselves expire).
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace nok::server::http {

struct RateLimit {
    double burst = 60;
    double perSecond = 10;
};

class RateLimiter {
  public:
    explicit RateLimiter(RateLimit limit) : m_limit(limit) {}
    // Takes a token; false when the key has none left.
    [[nodiscard]] bool take(const std::string& key);
    // True when a token is available, without taking it.
    [[nodiscard]] bool available(const std::string& key);

  private:
    struct Bucket {
        double tokens;
        std::chrono::steady_clock::time_point updated;
    };
    Bucket& refill(const std::string& key);
    static constexpr std::size_t kPruneAbove = 4096;

    RateLimit m_limit;
    std::mutex m_mutex;
    std::map<std::string, Bucket> m_buckets;
};

} // namespace nok::server::http
