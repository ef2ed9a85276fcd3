#include "kiosk_status_model.h"

#include "sync_error_text.h"

#include <QLocale>

namespace nok::kiosk {

KioskStatusModel::KioskStatusModel(QObject* parent) : QObject(parent) {}

void KioskStatusModel::setEnvironment(KioskEnvironment* env) {
    if (env == m_env) return;
    if (m_env) disconnect(m_env, nullptr, this, nullptr);
    m_env = env;
    if (m_env) {
        connect(m_env, &KioskEnvironment::deviceStatusChanged, this, &KioskStatusModel::refresh);
        // The date is written in the interface's language.
        connect(m_env, &KioskEnvironment::languageChanged, this, &KioskStatusModel::statusChanged);
    }
    emit environmentChanged();
    refresh();
}

QString KioskStatusModel::lastErrorText() const {
    if (m_status.lastError.isEmpty()) return {};
    return SyncErrorText::forSync(m_status.lastErrorCode);
}

QString KioskStatusModel::lastSync() const {
    if (!m_status.lastSync.isValid()) return {};
    // In the interface's language («5 декабря 2026, 12:41»), not the system locale's: a kiosk
    // image often runs with C or en_GB, which showed «5 Dec 2026» on a Russian screen.
    const bool english = m_env && m_env->language() == QLatin1String("en");
    const QLocale locale(english ? QLocale::English : QLocale::Russian);
    return locale.toString(m_status.lastSync.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

void KioskStatusModel::refresh() {
    if (!m_env) return;
    m_status = m_env->device().status();
    emit statusChanged();
}

void KioskStatusModel::syncNow() {
    if (!m_env) return;
    m_env->device().syncNow();
    refresh();
}

bool KioskStatusModel::enroll(const QString& code) {
    if (!m_env) return false;
    const QString trimmed = code.trimmed();
    m_enrollErrorDetail.clear();
    if (trimmed.isEmpty()) {
        m_enrollError = tr("Введите код подключения");
        m_enrollSucceeded = false;
    } else if (auto status = m_env->device().enroll(trimmed); !status) {
        m_enrollError = SyncErrorText::forEnrolment(QString::fromStdString(status.error().code));
        m_enrollErrorDetail = QString::fromStdString(status.error().describe());
        m_enrollSucceeded = false;
    } else {
        m_enrollError.clear();
        m_enrollSucceeded = true;
    }
    emit enrollChanged();
    refresh();
    return m_enrollSucceeded;
}

} // namespace nok::kiosk
