#include "demo_device_control.h"

namespace nok::kiosk {

void DemoDeviceControl::syncNow() {
    ++m_syncRequests;
    m_status.lastError = QStringLiteral("demo mode: no server to synchronise with");
    m_status.lastErrorCode = QStringLiteral("demo_mode");
}

Status DemoDeviceControl::enroll(const QString& code) {
    m_lastCode = code;
    if (m_enrollOutcome) m_status.enrolled = true;
    return m_enrollOutcome;
}

} // namespace nok::kiosk
