// FakeBackend (QML singleton `FakeBackend` in Nok.Kiosk.Testing): the tests' window onto the
// in-memory ResponseSink and the demo DeviceControl behind `Kiosk`: what was submitted, making
// the next submit fail, setting the device status and the enrolment outcome.
#pragma once

#include "demo_device_control.h"
#include "kiosk_environment.h"
#include "memory_response_sink.h"

#include <QObject>
#include <QVariantMap>

class FakeBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(int submittedCount READ submittedCount NOTIFY dummy)
    Q_PROPERTY(int syncRequests READ syncRequests NOTIFY dummy)
    Q_PROPERTY(QString lastEnrollCode READ lastEnrollCode NOTIFY dummy)

public:
    FakeBackend(nok::kiosk::MemoryResponseSink& sink, nok::kiosk::DemoDeviceControl& device,
                nok::kiosk::KioskEnvironment& env)
        : m_sink(sink), m_device(device), m_env(env) {}

    int submittedCount() const { return int(m_sink.received().size()); }
    int syncRequests() const { return m_device.syncRequests(); }
    QString lastEnrollCode() const { return m_device.lastCode(); }

    // The answers of the last submitted response, as a JS object.
    Q_INVOKABLE QVariantMap lastAnswers() const;
    Q_INVOKABLE QString lastOrganization() const;
    Q_INVOKABLE void clear() { m_sink.clear(); }
    Q_INVOKABLE void failNextSubmit(const QString& message) { m_sink.failNextWith(message); }
    Q_INVOKABLE void setDeviceStatus(const QString& deviceId, int pending, int deadLetter,
                                     const QString& lastError);
    Q_INVOKABLE void setEnrollError(const QString& message); // empty: enrolment succeeds

signals:
    void dummy();

private:
    nok::kiosk::MemoryResponseSink& m_sink;
    nok::kiosk::DemoDeviceControl& m_device;
    nok::kiosk::KioskEnvironment& m_env;
};
