// MemoryOperatorStore: the operator-mode store of the tests, the QML tests and --sink-log runs:
// organisations, interview counts, drafts, evidence and submitted checks in memory only. It
// checks what the backend checks that the screens can trip over (enrolled organisation, complete
// checklist, known evidence) so the screens meet the same refusals; it never signs anything.
// noteInterview(org) is what the backend does in the outbox transaction of an interview response;
// MemoryResponseSink calls it through setOnStored when wired that way.
#pragma once

#include "operator_store.h"

#include <QHash>

#include <map>

namespace nok::kiosk {

class MemoryOperatorStore : public OperatorStore {
public:
    MemoryOperatorStore(QList<OrganizationProgress> organizations, ChecklistInfo checklist);
    // With the built-in checklist (shared/data/checklists).
    explicit MemoryOperatorStore(QList<OrganizationProgress> organizations);

    [[nodiscard]] QList<OrganizationProgress> interviewProgress() const override { return m_orgs; }
    [[nodiscard]] ChecklistInfo currentChecklist() const override { return m_checklist; }
    [[nodiscard]] Result<std::optional<ExpertDraft>> loadDraft(const QString& organizationId) override;
    [[nodiscard]] Status saveDraft(const ExpertDraft& draft) override;
    [[nodiscard]] Status discardDraft(const QString& organizationId) override;
    [[nodiscard]] Result<QString> storeEvidence(const QByteArray& bytes, const QString& mimeType) override;
    [[nodiscard]] Result<QByteArray> evidenceBytes(const QString& sha256) const override;
    [[nodiscard]] Result<QString> submitCheck(const ExpertDraft& draft, const QString& operatorName) override;

    // Test and demo hooks.
    void noteInterview(const QString& organizationId);
    void setChecklist(ChecklistInfo checklist) { m_checklist = std::move(checklist); }
    void setServerComplete(const QString& organizationId, int complete);
    void failNextWith(const QString& message) { m_failNext = message; }
    [[nodiscard]] int saveCount() const { return m_saves; }
    [[nodiscard]] int evidenceCount() const { return int(m_evidence.size()); }
    struct Submitted {
        QString id;
        ExpertDraft draft;
        QString operatorName;
    };
    [[nodiscard]] const std::vector<Submitted>& submitted() const { return m_submitted; }

private:
    [[nodiscard]] Status takeFailure();

    QList<OrganizationProgress> m_orgs;
    ChecklistInfo m_checklist;
    std::map<QString, ExpertDraft> m_drafts;
    QHash<QString, QByteArray> m_evidence;
    std::vector<Submitted> m_submitted;
    QString m_failNext;
    int m_saves = 0;
};

} // namespace nok::kiosk
