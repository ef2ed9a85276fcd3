// KioskBackend, operator mode: interview counts, expert checklist drafts, evidence photos and
// signed expert checks in kiosk.db. The screens reach these through BackendAdapter
// (kiosk/app/backend_adapter.h) as an OperatorStore.
#include "kiosk_backend.h"
#include "kiosk_backend_impl.h"
#include "kiosk_log.h"

#include "nok/crypto/crypto.h"
#include "nok/expert/checklist.h"

#include <QDateTime>

#include <set>

namespace nok::kiosk {

namespace {


std::string mimeOf(const QByteArray& bytes) {
    if (bytes.startsWith(QByteArray("\xFF\xD8\xFF", 3))) return "image/jpeg";
    if (bytes.startsWith(QByteArray("\x89PNG\r\n\x1A\n", 8))) return "image/png";
    return {};
}

} // namespace

std::map<QString, InterviewCounts> KioskBackend::interviewCounts() const {
    std::map<QString, InterviewCounts> out;
    auto counts = m_impl->expert->interviewCounts(localDay());
    if (!counts) {
        qCWarning(lcKioskStore, "interview counts: %s", counts.error().describe().c_str());
        return out;
    }
    for (const auto& [org, c] : *counts) out[QString::fromStdString(org)] = {c.today, c.total};
    return out;
}

std::string KioskBackend::checklistJson() const {
    const Impl& d = *m_impl;
    if (d.enrolment && !d.enrolment->checklistJson.empty()) return d.enrolment->checklistJson;
    return std::string(expert::builtinChecklistJson());
}

namespace {
Result<const OrganizationInfo*> enrolledOrg(const std::optional<Enrolment>& enrolment, const QString& id) {
    if (!enrolment) return makeError("not_enrolled", "the kiosk is not enrolled; enrol it from the operator screen");
    const OrganizationInfo* org = enrolment->findOrganization(id);
    if (!org)
        return makeError("unknown_organization", "this device is not enrolled for that organisation",
                         "organization");
    return org;
}
} // namespace

Result<std::optional<ExpertDraftRecord>> KioskBackend::loadExpertDraft(const QString& organizationId) {
    Impl& d = *m_impl;
    auto org = enrolledOrg(d.enrolment, organizationId);
    if (!org) return org.error();
    auto stored = d.expert->loadDraft((*org)->id.toStdString(), (*org)->campaign.toStdString());
    if (!stored) return stored.error();
    if (!*stored) return std::optional<ExpertDraftRecord>();
    return std::optional<ExpertDraftRecord>(ExpertDraftRecord{(*stored)->checklistJson, (*stored)->itemsJson});
}

Status KioskBackend::saveExpertDraft(const QString& organizationId, const ExpertDraftRecord& draft,
                                     const QStringList& evidence) {
    Impl& d = *m_impl;
    auto org = enrolledOrg(d.enrolment, organizationId);
    if (!org) return org.error();
    std::vector<std::string> shas;
    for (const auto& sha : evidence) shas.push_back(sha.toStdString());
    return d.expert->saveDraft((*org)->id.toStdString(), (*org)->campaign.toStdString(),
                               {draft.checklistJson, draft.itemsJson}, shas,
                               QDateTime::currentMSecsSinceEpoch());
}

Status KioskBackend::discardExpertDraft(const QString& organizationId) {
    Impl& d = *m_impl;
    auto org = enrolledOrg(d.enrolment, organizationId);
    if (!org) return org.error();
    return d.expert->discardDraft((*org)->id.toStdString(), (*org)->campaign.toStdString());
}

Result<QString> KioskBackend::storeEvidence(const QByteArray& bytes, const QString& mimeType) {
    // Checked again here: this is the last gate before kiosk.db and the server's 415/413.
    const std::string mime = mimeOf(bytes);
    if (mime.empty() || mime != mimeType.toStdString())
        return makeError("not_an_image", "the photo is not a JPEG or PNG of the type given", "evidence");
    if (bytes.size() > 6291456) return makeError("too_large", "the photo is larger than 6 MiB", "evidence");
    const std::string data(bytes.constData(), size_t(bytes.size()));
    const std::string sha = crypto::sha256Hex(data);
    if (auto st = m_impl->expert->storeEvidence(sha, mime, data, QDateTime::currentMSecsSinceEpoch()); !st)
        return st.error();
    return QString::fromStdString(sha);
}

Result<QByteArray> KioskBackend::evidenceBytes(const QString& sha256) const {
    auto blob = m_impl->expert->evidence(sha256.toStdString());
    if (!blob) return blob.error();
    if (!*blob) return makeError("not_found", "no photo " + sha256.toStdString() + " on this device", "evidence");
    return QByteArray((*blob)->bytes.data(), qsizetype((*blob)->bytes.size()));
}

Result<QString> KioskBackend::submitExpertCheck(expert::ExpertCheck check, const std::string& checklistJson) {
    Impl& d = *m_impl;
    auto org = enrolledOrg(d.enrolment, QString::fromStdString(check.org));
    if (!org) return org.error();
    if (check.campaign != (*org)->campaign.toStdString())
        return makeError("invalid_value", "the organisation is in campaign " + (*org)->campaign.toStdString() +
                                              " on this device", "campaign");
    auto checklist = expert::parseChecklist(checklistJson);
    if (!checklist) return checklist.error().under("checklist");
    check.id = crypto::uuidV4();
    check.device = d.enrolment->deviceId;
    check.recordedAt = QDateTime::currentDateTime()
                           .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                           .toString(Qt::ISODate)
                           .toStdString();
    if (auto st = expert::validateExpertCheck(check, *checklist); !st) return st.error();
    std::set<std::string> photos;
    for (const auto& item : check.items)
        for (const auto& sha : item.evidence) {
            if (!crypto::isSha256Hex(sha)) return makeError("invalid_value", "not a sha256", "items." + item.item + ".evidence");
            auto blob = d.expert->evidence(sha);
            if (!blob) return blob.error();
            if (!*blob)
                return makeError("missing_evidence", "photo " + sha + " is not on this device",
                                 "items." + item.item + ".evidence");
            photos.insert(sha);
        }
    const std::string payload = expert::encodeExpertCheck(check);
    const auto sig = crypto::sign(d.deviceKey.secretKey, payload);
    ExpertOutboxRow row;
    row.id = check.id;
    row.org = check.org;
    row.payload = payload;
    row.sig = std::string(sig.begin(), sig.end());
    if (auto st = d.expert->commitCheck(row, {photos.begin(), photos.end()}, check.campaign,
                                        QDateTime::currentMSecsSinceEpoch());
        !st)
        return st.error();
    emit statusChanged();
    if (d.worker) QMetaObject::invokeMethod(d.worker, &SyncWorker::wake, Qt::QueuedConnection);
    return QString::fromStdString(check.id);
}

} // namespace nok::kiosk
