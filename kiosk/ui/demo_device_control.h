// DemoDeviceControl: the operator screen's device in --demo mode and in the tests: a fixed demo
// device id with empty counts (nothing is ever sent in demo mode), and enrolment is refused with a clear
// message (demo mode has no server). Tests may set the status and the enrolment outcome.
#pragma once

#include "device_control.h"

#include <functional>

namespace nok::kiosk {

class DemoDeviceControl : public DeviceControl {
public:
    [[nodiscard]] SyncStatus status() const override { return m_status; }
    void syncNow() override;
    [[nodiscard]] Status enroll(const QString& code) override;

    void setStatus(const SyncStatus& status) { m_status = status; }
    void setEnrollOutcome(Status outcome) { m_enrollOutcome = std::move(outcome); }
    [[nodiscard]] int syncRequests() const { return m_syncRequests; }
    [[nodiscard]] QString lastCode() const { return m_lastCode; }

private:
    SyncStatus m_status = [] {
        SyncStatus s;
        s.deviceId = QStringLiteral("demo");
        return s;
    }();
    Status m_enrollOutcome = makeError("demo_mode", "demo mode has no server: enrolment is off");
    int m_syncRequests = 0;
    QString m_lastCode;
};

} // namespace nok::kiosk
