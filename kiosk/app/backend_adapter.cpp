#include "backend_adapter.h"

#include "expert_draft_codec.h"
#include "kiosk_log.h"

namespace nok::kiosk {

BackendAdapter::BackendAdapter(KioskBackend& backend, KioskEnvironment*& environment)
    : m_backend(backend), m_environment(environment) {
    QObject::connect(&m_backend, &KioskBackend::statusChanged, &m_backend, [this] {
        if (m_environment) m_environment->notifyDeviceStatusChanged();
    });
    // A config pull brings the server's complete-response counts and checklist.
    QObject::connect(&m_backend, &KioskBackend::configurationChanged, &m_backend, [this] {
        if (m_environment) m_environment->notifyOperatorDataChanged();
    });
}

QList<OrganizationProgress> BackendAdapter::interviewProgress() const {
    const auto counts = m_backend.interviewCounts();
    QList<OrganizationProgress> out;
    for (const auto& org : m_backend.organizations()) {
        OrganizationProgress p;
        p.id = org.id;
        p.name = org.name;
        p.campaign = org.campaign;
        p.recipients = org.recipients;
        p.serverComplete = org.completeResponses;
        if (auto it = counts.find(org.id); it != counts.end()) {
            p.today = it->second.today;
            p.total = it->second.total;
        }
        out.push_back(std::move(p));
    }
    return out;
}

ChecklistInfo BackendAdapter::currentChecklist() const {
    auto info = checklistInfoFromJson(m_backend.checklistJson());
    // The stored document was checked when it arrived; if it is unreadable now, the built-in
    // checklist still lets the operator work.
    if (!info) {
        qCWarning(lcKioskConfig, "stored checklist: %s", info.error().describe().c_str());
        return builtinChecklistInfo();
    }
    return std::move(*info);
}

Result<std::optional<ExpertDraft>> BackendAdapter::loadDraft(const QString& organizationId) {
    auto record = m_backend.loadExpertDraft(organizationId);
    if (!record) return record.error();
    if (!*record) return std::optional<ExpertDraft>();
    auto checklist = checklistInfoFromJson((*record)->checklistJson);
    if (!checklist) return checklist.error().under("expert_draft.checklist");
    ExpertDraft draft;
    draft.organizationId = organizationId;
    for (const auto& org : m_backend.organizations())
        if (org.id == organizationId) draft.campaign = org.campaign;
    draft.checklist = std::move(*checklist);
    if (auto st = draftItemsFromJson((*record)->itemsJson, draft); !st) return st.error();
    return std::optional<ExpertDraft>(std::move(draft));
}

Status BackendAdapter::saveDraft(const ExpertDraft& draft) {
    QStringList evidence;
    for (const auto& item : draft.items) evidence.append(item.evidence);
    const QByteArray& source = draft.checklist.sourceJson;
    return m_backend.saveExpertDraft(draft.organizationId,
                                     {std::string(source.constData(), size_t(source.size())), draftItemsToJson(draft)},
                                     evidence);
}

Status BackendAdapter::discardDraft(const QString& organizationId) {
    return m_backend.discardExpertDraft(organizationId);
}

Result<QString> BackendAdapter::submitCheck(const ExpertDraft& draft, const QString& operatorName) {
    const QByteArray& source = draft.checklist.sourceJson;
    return m_backend.submitExpertCheck(toExpertCheck(draft, operatorName),
                                       std::string(source.constData(), size_t(source.size())));
}

} // namespace nok::kiosk
