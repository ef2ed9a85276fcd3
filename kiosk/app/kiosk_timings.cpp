#include "kiosk_timings.h"

namespace nok::kiosk {

KioskTimings effectiveTimings(const UiConfig& local, const KioskSettings& server) {
    return {local.idleTimeoutSet ? local.idleTimeoutSeconds : server.idleTimeoutSeconds,
            local.minIntervalSet ? local.minIntervalSeconds : server.minIntervalSeconds};
}

} // namespace nok::kiosk
