// Retry delays for the sync worker: exponential in the number of attempts, with "equal jitter"
// (half the delay fixed, half random) so kiosks that lost the network together do not all come
// back in the same second, and capped (15 min by default) so a kiosk never waits long after the
// server is back. Delay for attempt n (1-based): d = min(cap, base * 2^(n-1)); result in [d/2, d].
#pragma once

#include <cstdint>
#include <functional>

namespace nok::kiosk {

struct BackoffPolicy {
    std::int64_t baseMs = 5'000;
    std::int64_t capMs = 15 * 60 * 1000;

    [[nodiscard]] std::int64_t ceilingMs(int attempts) const; // d above, before jitter
    // `uniform` returns a random value in [0, n] for n >= 0; the default uses libsodium.
    [[nodiscard]] std::int64_t
    delayMs(int attempts, const std::function<std::int64_t(std::int64_t)>& uniform = {}) const;
};

} // namespace nok::kiosk
