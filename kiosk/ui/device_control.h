// DeviceControl: what the operator status screen needs from the device below the UI: the sync
// status, «Синхронизировать сейчас» and enrolment by code. KioskBackend satisfies it through an
// adapter at merge time; demo mode and the tests use DemoDeviceControl. Implementations call
// KioskEnvironment::notifyDeviceStatusChanged() when the status changes.
#pragma once

#include "kiosk/backend/kiosk_backend.h"
#include "nok/result.h"

#include <QString>

namespace nok::kiosk {

class DeviceControl {
public:
    virtual ~DeviceControl() = default;
    [[nodiscard]] virtual SyncStatus status() const = 0;
    virtual void syncNow() = 0;
    [[nodiscard]] virtual Status enroll(const QString& code) = 0;
};

} // namespace nok::kiosk
