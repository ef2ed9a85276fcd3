// BackendAdapter: lets the screens' two seams (ResponseSink for finished answer sets,
// DeviceControl for the operator status screen) run on the real KioskBackend, and forwards the
// backend's change signals to the environment the QML layer watches.
#pragma once

#include "kiosk/backend/kiosk_backend.h"
#include "device_control.h"
#include "kiosk_environment.h"
#include "response_sink.h"

#include <QObject>

namespace nok::kiosk {

class BackendAdapter final : public ResponseSink, public DeviceControl {
public:
    BackendAdapter(KioskBackend& backend, KioskEnvironment*& environment)
        : m_backend(backend), m_environment(environment) {
        QObject::connect(&m_backend, &KioskBackend::statusChanged, &m_backend, [this] {
            if (m_environment) m_environment->notifyDeviceStatusChanged();
        });
    }

    Result<QString> submit(const nlohmann::json& answers, const QString& org, const QString& channel) override {
        return m_backend.submit(answers, org, channel);
    }
    SyncStatus status() const override { return m_backend.status(); }
    void syncNow() override { m_backend.syncNow(); }
    Status enroll(const QString& code) override { return m_backend.enroll(code); }

private:
    KioskBackend& m_backend;
    KioskEnvironment*& m_environment; // set once the environment exists
};

} // namespace nok::kiosk
