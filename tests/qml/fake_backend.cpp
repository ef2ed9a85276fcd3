#include "fake_backend.h"

#include <QFile>
#include <QJsonDocument>

QVariantMap FakeBackend::lastAnswers() const {
    if (m_sink.received().empty()) return {};
    const auto bytes = m_sink.received().back().at("answers").dump();
    return QJsonDocument::fromJson(QByteArray::fromStdString(bytes)).toVariant().toMap();
}

QString FakeBackend::lastOrganization() const {
    if (m_sink.received().empty()) return {};
    return QString::fromStdString(m_sink.received().back().at("org").get<std::string>());
}

QString FakeBackend::lastChannel() const {
    if (m_sink.received().empty()) return {};
    return QString::fromStdString(m_sink.received().back().value("channel", std::string()));
}

QVariantMap FakeBackend::lastCheck() const {
    if (m_store.submitted().empty()) return {};
    const auto& last = m_store.submitted().back();
    QVariantMap states, evidence;
    for (const auto& item : last.draft.items) {
        states.insert(item.itemId, item.state);
        evidence.insert(item.itemId, int(item.evidence.size()));
    }
    return {{QStringLiteral("org"), last.draft.organizationId},
            {QStringLiteral("operator"), last.operatorName},
            {QStringLiteral("waitingTimePoints"), last.draft.waitingTimePoints},
            {QStringLiteral("states"), states},
            {QStringLiteral("evidence"), evidence}};
}

bool FakeBackend::writeScratchFile(const QString& name, const QString& text) const {
    QFile file(m_scratch.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) return false;
    return file.write(text.toUtf8()) >= 0;
}

void FakeBackend::setDeviceStatus(const QString& deviceId, int pending, int deadLetter,
                                  const QString& lastError, const QString& lastErrorCode) {
    nok::kiosk::SyncStatus status;
    status.enrolled = !deviceId.isEmpty();
    status.deviceId = deviceId;
    status.pending = pending;
    status.deadLetter = deadLetter;
    status.lastError = lastError;
    status.lastErrorCode = lastErrorCode;
    m_device.setStatus(status);
    m_env.notifyDeviceStatusChanged();
}

void FakeBackend::setExpertStatus(int pendingChecks, int deadLetterChecks, int pendingEvidence) {
    auto status = m_device.status();
    status.pendingChecks = pendingChecks;
    status.deadLetterChecks = deadLetterChecks;
    status.pendingEvidence = pendingEvidence;
    m_device.setStatus(status);
    m_env.notifyDeviceStatusChanged();
}

void FakeBackend::setEnrollError(const QString& message, const QString& code) {
    if (message.isEmpty()) m_device.setEnrollOutcome(nok::Status{});
    else m_device.setEnrollOutcome(nok::makeError(code.toStdString(), message.toStdString()));
}
