// BackendAdapter: lets the screens' three seams (ResponseSink for finished answer sets,
// DeviceControl for the operator status screen, OperatorStore for interviews and the expert
// checklist) run on the real KioskBackend, and forwards the backend's change signals to the
// environment the QML layer watches.
#pragma once

#include "kiosk/backend/kiosk_backend.h"
#include "device_control.h"
#include "kiosk_environment.h"
#include "operator_store.h"
#include "response_sink.h"

#include <QObject>

namespace nok::kiosk {

class BackendAdapter final : public ResponseSink, public DeviceControl, public OperatorStore {
public:
    BackendAdapter(KioskBackend& backend, KioskEnvironment*& environment);

    Result<QString> submit(const nlohmann::json& answers, const QString& org, const QString& channel) override {
        return m_backend.submit(answers, org, channel);
    }
    SyncStatus status() const override { return m_backend.status(); }
    void syncNow() override { m_backend.syncNow(); }
    Status enroll(const QString& code) override { return m_backend.enroll(code); }

    QList<OrganizationProgress> interviewProgress() const override;
    ChecklistInfo currentChecklist() const override;
    Result<std::optional<ExpertDraft>> loadDraft(const QString& organizationId) override;
    Status saveDraft(const ExpertDraft& draft) override;
    Status discardDraft(const QString& organizationId) override;
    Result<QString> storeEvidence(const QByteArray& bytes, const QString& mimeType) override {
        return m_backend.storeEvidence(bytes, mimeType);
    }
    Result<QByteArray> evidenceBytes(const QString& sha256) const override { return m_backend.evidenceBytes(sha256); }
    Result<QString> submitCheck(const ExpertDraft& draft, const QString& operatorName) override;

private:
    KioskBackend& m_backend;
    KioskEnvironment*& m_environment; // set once the environment exists
};

} // namespace nok::kiosk
