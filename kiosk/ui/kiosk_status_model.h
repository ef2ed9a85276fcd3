// KioskStatusModel: the operator status screen's view of the device: id, organisation, pending
// and dead-letter counts (responses, expert checks and their photos), last sync and last error, plus «Синхронизировать сейчас» and
// enrolment by code. It reads the DeviceControl behind KioskEnvironment and refreshes whenever
// that reports a change; enrolment errors are kept for the screen to show.
#pragma once

#include "kiosk_environment.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace nok::kiosk {

class KioskStatusModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nok::kiosk::KioskEnvironment* environment READ environment WRITE setEnvironment NOTIFY environmentChanged REQUIRED)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY statusChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY statusChanged)
    Q_PROPERTY(int pending READ pending NOTIFY statusChanged)
    Q_PROPERTY(int deadLetter READ deadLetter NOTIFY statusChanged)
    Q_PROPERTY(int pendingChecks READ pendingChecks NOTIFY statusChanged)
    Q_PROPERTY(int deadLetterChecks READ deadLetterChecks NOTIFY statusChanged)
    Q_PROPERTY(int pendingEvidence READ pendingEvidence NOTIFY statusChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QString lastErrorText READ lastErrorText NOTIFY statusChanged)
    Q_PROPERTY(QString enrollError READ enrollError NOTIFY enrollChanged)
    Q_PROPERTY(QString enrollErrorDetail READ enrollErrorDetail NOTIFY enrollChanged)
    Q_PROPERTY(bool enrollSucceeded READ enrollSucceeded NOTIFY enrollChanged)

public:
    explicit KioskStatusModel(QObject* parent = nullptr);

    [[nodiscard]] KioskEnvironment* environment() const { return m_env; }
    void setEnvironment(KioskEnvironment* env);

    [[nodiscard]] bool enrolled() const { return m_status.enrolled; }
    [[nodiscard]] QString deviceId() const { return m_status.deviceId; }
    [[nodiscard]] int pending() const { return m_status.pending; }
    [[nodiscard]] int deadLetter() const { return m_status.deadLetter; }
    // Expert checks waiting for the server, refused by it (kept), and their photos not yet sent.
    [[nodiscard]] int pendingChecks() const { return m_status.pendingChecks; }
    [[nodiscard]] int deadLetterChecks() const { return m_status.deadLetterChecks; }
    [[nodiscard]] int pendingEvidence() const { return m_status.pendingEvidence; }
    [[nodiscard]] QString lastSync() const; // local time in the interface's language, "" when never
    // The last sync failure: the backend's technical text (English, for a technician), and what
    // it means for the operator (SyncErrorText); both "" after a success.
    [[nodiscard]] QString lastError() const { return m_status.lastError; }
    [[nodiscard]] QString lastErrorText() const;
    // A refused enrolment: what it means for the operator, and the technical text ("" if none).
    [[nodiscard]] QString enrollError() const { return m_enrollError; }
    [[nodiscard]] QString enrollErrorDetail() const { return m_enrollErrorDetail; }
    [[nodiscard]] bool enrollSucceeded() const { return m_enrollSucceeded; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void syncNow();
    // Trims the code; an empty code is refused here with a message, anything else goes to the
    // device. True when enrolled.
    Q_INVOKABLE bool enroll(const QString& code);

signals:
    void environmentChanged();
    void statusChanged();
    void enrollChanged();

private:
    KioskEnvironment* m_env = nullptr;
    SyncStatus m_status;
    QString m_enrollError;
    QString m_enrollErrorDetail;
    bool m_enrollSucceeded = false;
};

} // namespace nok::kiosk
