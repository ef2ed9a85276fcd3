// KioskTimings: which idle timeout and minimum interval between responses a kiosk uses. The
// server sends campaign-wide kiosk settings with its configuration; an organisation's staff may
// override either one on this device in kiosk.ini (a lobby with slow walkers needs longer). A value
// kiosk.ini sets wins; one it does not set follows the server, including later changes.
#pragma once

#include "kiosk/backend/kiosk_backend.h"
#include "ui_config.h"

namespace nok::kiosk {

struct KioskTimings {
    int idleTimeoutSeconds = 0;
    int minIntervalSeconds = 0;
};

[[nodiscard]] KioskTimings effectiveTimings(const UiConfig& local, const KioskSettings& server);

} // namespace nok::kiosk
