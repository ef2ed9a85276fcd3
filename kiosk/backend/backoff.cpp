#include "backoff.h"

#include <sodium.h>

#include <algorithm>

namespace nok::kiosk {

std::int64_t BackoffPolicy::ceilingMs(int attempts) const {
    std::int64_t d = baseMs;
    for (int i = 1; i < attempts && d < capMs; ++i)
        d *= 2; // stops doubling at the cap: no overflow
    return std::min(d, capMs);
}

std::int64_t
BackoffPolicy::delayMs(int attempts,
                       const std::function<std::int64_t(std::int64_t)>& uniform) const {
    const std::int64_t d = ceilingMs(std::max(attempts, 1));
    const std::int64_t half = d / 2;
    const std::int64_t spread = d - half;
    std::int64_t r;
    if (uniform)
        r = std::clamp<std::int64_t>(uniform(spread), 0, spread);
    else
        r = static_cast<std::int64_t>(randombytes_uniform(static_cast<std::uint32_t>(spread + 1)));
    return half + r;
}

} // namespace nok::kiosk
