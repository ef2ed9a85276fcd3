#include "memory_operator_store.h"

#include "expert_draft_codec.h"

#include <QCryptographicHash>
#include <QUuid>

namespace nok::kiosk {

MemoryOperatorStore::MemoryOperatorStore(QList<OrganizationProgress> organizations, ChecklistInfo checklist)
    : m_orgs(std::move(organizations)), m_checklist(std::move(checklist)) {}

MemoryOperatorStore::MemoryOperatorStore(QList<OrganizationProgress> organizations)
    : MemoryOperatorStore(std::move(organizations), builtinChecklistInfo()) {}

Status MemoryOperatorStore::takeFailure() {
    if (m_failNext.isEmpty()) return {};
    const auto message = m_failNext.toStdString();
    m_failNext.clear();
    return makeError("store_failed", message);
}

Result<std::optional<ExpertDraft>> MemoryOperatorStore::loadDraft(const QString& organizationId) {
    if (auto st = takeFailure(); !st) return st.error();
    auto it = m_drafts.find(organizationId);
    if (it == m_drafts.end()) return std::optional<ExpertDraft>();
    return std::optional<ExpertDraft>(it->second);
}

Status MemoryOperatorStore::saveDraft(const ExpertDraft& draft) {
    if (auto st = takeFailure(); !st) return st;
    const bool enrolled = std::any_of(m_orgs.begin(), m_orgs.end(),
                                      [&](const auto& o) { return o.id == draft.organizationId; });
    if (!enrolled)
        return makeError("unknown_organization", "this device is not enrolled for that organisation",
                         "organization");
    m_drafts[draft.organizationId] = draft;
    ++m_saves;
    return {};
}

Status MemoryOperatorStore::discardDraft(const QString& organizationId) {
    if (auto st = takeFailure(); !st) return st;
    m_drafts.erase(organizationId);
    return {};
}

Result<QString> MemoryOperatorStore::storeEvidence(const QByteArray& bytes, const QString&) {
    if (auto st = takeFailure(); !st) return st.error();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    m_evidence.insert(sha, bytes);
    return sha;
}

Result<QByteArray> MemoryOperatorStore::evidenceBytes(const QString& sha256) const {
    auto it = m_evidence.find(sha256);
    if (it == m_evidence.end()) return makeError("not_found", "no such evidence", "evidence");
    return *it;
}

Result<QString> MemoryOperatorStore::submitCheck(const ExpertDraft& draft, const QString& operatorName) {
    if (auto st = takeFailure(); !st) return st.error();
    for (const auto& item : draft.items) {
        if (item.state == QLatin1String("unchecked"))
            return makeError("missing_item", "not checked", "items." + item.itemId.toStdString());
        for (const auto& sha : item.evidence)
            if (!m_evidence.contains(sha))
                return makeError("unknown_evidence", "no such photo",
                                 "items." + item.itemId.toStdString() + ".evidence");
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_submitted.push_back({id, draft, operatorName});
    m_drafts.erase(draft.organizationId);
    return id;
}

void MemoryOperatorStore::noteInterview(const QString& organizationId) {
    for (auto& o : m_orgs)
        if (o.id == organizationId) {
            ++o.today;
            ++o.total;
        }
}

void MemoryOperatorStore::setServerComplete(const QString& organizationId, int complete) {
    for (auto& o : m_orgs)
        if (o.id == organizationId) o.serverComplete = complete;
}

} // namespace nok::kiosk
