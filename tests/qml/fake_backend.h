// FakeBackend (QML singleton `FakeBackend` in Nok.Kiosk.Testing): the tests' window onto the
// in-memory ResponseSink, the demo DeviceControl and the in-memory OperatorStore behind `Kiosk`:
// what was submitted (responses and expert checks), making the next submit fail, setting the
// device status and the enrolment outcome, and a scratch folder for picture files.
#pragma once

#include "demo_device_control.h"
#include "kiosk_environment.h"
#include "memory_operator_store.h"
#include "memory_response_sink.h"

#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>

class FakeBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(int submittedCount READ submittedCount NOTIFY dummy)
    Q_PROPERTY(int syncRequests READ syncRequests NOTIFY dummy)
    Q_PROPERTY(QString lastEnrollCode READ lastEnrollCode NOTIFY dummy)
    Q_PROPERTY(int submittedChecks READ submittedChecks NOTIFY dummy)
    Q_PROPERTY(QString scratchDir READ scratchDir CONSTANT)

public:
    FakeBackend(nok::kiosk::MemoryResponseSink& sink, nok::kiosk::DemoDeviceControl& device,
                nok::kiosk::KioskEnvironment& env, nok::kiosk::MemoryOperatorStore& store)
        : m_sink(sink), m_device(device), m_env(env), m_store(store) {}

    int submittedCount() const { return int(m_sink.received().size()); }
    int syncRequests() const { return m_device.syncRequests(); }
    QString lastEnrollCode() const { return m_device.lastCode(); }

    // The answers of the last submitted response, as a JS object.
    Q_INVOKABLE QVariantMap lastAnswers() const;
    Q_INVOKABLE QString lastOrganization() const;
    Q_INVOKABLE QString lastChannel() const;
    int submittedChecks() const { return int(m_store.submitted().size()); }
    // The last submitted expert check: {org, operator, states: {itemId: state}, evidence: {itemId: n}}.
    Q_INVOKABLE QVariantMap lastCheck() const;
    // An empty folder of this run (removed at exit) for picture files the tests write.
    QString scratchDir() const { return m_scratch.path(); }
    // Writes `text` (UTF-8) as scratchDir/name: files that only pretend to be pictures.
    Q_INVOKABLE bool writeScratchFile(const QString& name, const QString& text) const;
    Q_INVOKABLE void clear() { m_sink.clear(); }
    Q_INVOKABLE void failNextSubmit(const QString& message, const QString& code) {
        m_sink.failNextWith(message, code);
    }
    Q_INVOKABLE void setDeviceStatus(const QString& deviceId, int pending, int deadLetter,
                                     const QString& lastError, const QString& lastErrorCode = {});
    // The expert-check part of the device status (kept with the rest of it).
    Q_INVOKABLE void setExpertStatus(int pendingChecks, int deadLetterChecks, int pendingEvidence);
    // Empty message: enrolment succeeds; else it fails with this Error::code and message.
    Q_INVOKABLE void setEnrollError(const QString& message,
                                    const QString& code = QStringLiteral("enrolment_refused"));

signals:
    void dummy();

private:
    nok::kiosk::MemoryResponseSink& m_sink;
    nok::kiosk::DemoDeviceControl& m_device;
    nok::kiosk::KioskEnvironment& m_env;
    nok::kiosk::MemoryOperatorStore& m_store;
    QTemporaryDir m_scratch;
};
