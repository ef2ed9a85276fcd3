// OperatorStore: what the operator-mode screens (interviews, expert checklist) need from the
// device below the UI, as the third seam next to ResponseSink and DeviceControl. The product's
// implementation is KioskBackend through BackendAdapter (kiosk.db: interview counters, expert
// drafts, evidence blobs, the expert outbox); --sink-log runs and the tests use
// MemoryOperatorStore. Every call that says it stored something has committed it before it
// returns (synchronous=FULL in the backend), so a "saved" on screen is true after a power cut.
// The types here are plain kiosk-side data: the checklist core (nok::expert) stays below the seam.
#pragma once

#include "nok/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nok::kiosk {

// One enrolled organisation with what the interview screen shows about its sample.
struct OrganizationProgress {
    QString id;
    QString name;
    QString campaign;
    qint64 recipients = 0;
    int today = 0;           // interviews recorded on this device today (local date)
    int total = 0;           // interviews recorded on this device, ever
    int serverComplete = -1; // complete responses at the server (all channels); -1 = unknown
};

struct ChecklistItemInfo {
    QString id;       // "stand.licence", "comfort_conditions.rest_area", ...
    QString group;    // "stand", "site", "distance_methods", ...
    QString groupTitleRu, groupTitleEn;
    QString nameRu, nameEn;
    QString basis;    // "886н п. 3; ПП 1239"
};

struct ChecklistInfo {
    QString id;       // "886n-1239/1"
    QString titleRu, titleEn;
    std::vector<ChecklistItemInfo> items; // in checklist order
    QByteArray sourceJson;                // the checklist document it came from (opaque here)
};

// The operator's answer to one item while the checklist is a draft.
struct ItemDraft {
    QString itemId;
    QString state = QStringLiteral("unchecked"); // unchecked | present | absent
    QString note;
    QString checkedAt;    // ISO 8601 with offset, set when the state is set
    QString operatorName; // who set the state
    QStringList evidence; // lowercase sha256 hex of the attached photos
};

// A checklist being filled in for one organisation and campaign (at most one per pair).
struct ExpertDraft {
    QString organizationId;
    QString campaign;
    ChecklistInfo checklist;     // the checklist current when the draft was started
    std::vector<ItemDraft> items; // same order as checklist.items
    int waitingTimePoints = -1;  // -1 = not assessed; else 0..100
};

class OperatorStore {
public:
    virtual ~OperatorStore() = default;

    // The organisations the device is enrolled for, with the interview counts and the server's
    // complete-response count from the last config pull.
    [[nodiscard]] virtual QList<OrganizationProgress> interviewProgress() const = 0;
    // The checklist a draft started now uses (the server's from the last config pull, else the
    // built-in one).
    [[nodiscard]] virtual ChecklistInfo currentChecklist() const = 0;

    // The saved draft of that organisation (its campaign from the enrolment), if any.
    [[nodiscard]] virtual Result<std::optional<ExpertDraft>> loadDraft(const QString& organizationId) = 0;
    // Replaces the saved draft of draft.organizationId; committed before it returns.
    [[nodiscard]] virtual Status saveDraft(const ExpertDraft& draft) = 0;
    [[nodiscard]] virtual Status discardDraft(const QString& organizationId) = 0;

    // Keeps an already checked JPEG/PNG (bytes copied into the store, content-addressed) and
    // returns its lowercase sha256 hex. Storing the same bytes twice is one blob.
    [[nodiscard]] virtual Result<QString> storeEvidence(const QByteArray& bytes, const QString& mimeType) = 0;
    [[nodiscard]] virtual Result<QByteArray> evidenceBytes(const QString& sha256) const = 0;

    // Validates the draft as a complete expert check with the core, encodes and signs it with the
    // device key and commits it to the expert outbox (the draft is deleted in the same
    // transaction). Returns the check id once durable; an error and nothing changed otherwise.
    [[nodiscard]] virtual Result<QString> submitCheck(const ExpertDraft& draft, const QString& operatorName) = 0;
};

} // namespace nok::kiosk
