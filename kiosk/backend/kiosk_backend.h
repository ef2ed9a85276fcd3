// KioskBackend: everything the kiosk does below the screens, behind one object the QML layer
// talks to (through QML-registered models; QML never speaks SQL or HTTP). It owns the device
// identity (Ed25519 key file, mode 0600, in the data dir), the enrolment state, the durable
// outbox (SQLite, synchronous=FULL) and the sync worker thread. submit() signs, seals and commits
// a finished response before it returns, so the thank-you screen is shown only for an answer
// that is on disk. Demo mode (--demo) uses a built-in organisation and a local stand-in server
// key, and never talks to a network.
#pragma once

#include "nok/expert/expert_check.h"
#include "nok/result.h"
#include "nok/survey/questionnaire.h"

#include <nlohmann/json_fwd.hpp>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace nok::kiosk {

struct KioskOptions {
    QString dataDir;      // holds kiosk.db and device.key
    QString serverUrl;    // e.g. http://127.0.0.1:8080; empty in demo mode
    bool demo = false;
};

struct OrganizationInfo {
    QString id;
    QString name;
    QString category;
    QString campaign;
    qint64 recipients = 0;
    int completeResponses = -1; // complete responses at the server (config pull); -1 = unknown
};

struct KioskSettings {
    int idleTimeoutSeconds = 90;  // a half-finished session is discarded after this (and a prompt)
    int minIntervalSeconds = 20;  // between completed responses, against button-mashing
};

struct InterviewCounts {
    int today = 0; // interviews recorded on this device today (local date)
    int total = 0;
};

// A saved expert checklist draft: the checklist document it was started on and its items (JSON,
// see kiosk/ui/expert_draft_codec.h).
struct ExpertDraftRecord {
    std::string checklistJson;
    std::string itemsJson;
};

struct SyncStatus {
    bool enrolled = false;
    QString deviceId;
    int pending = 0;       // in the outbox, not yet acknowledged by a verified receipt
    int deadLetter = 0;    // rejected by the server; kept, never deleted silently
    QDateTime lastSync;    // last successful exchange (UTC), invalid if never
    QString lastError;     // empty when the last attempt succeeded; for a technician (English)
    QString lastErrorCode; // its Error::code (network_error, device_not_accepted, …), may be empty
    int pendingChecks = 0;     // expert checks waiting for a verified receipt
    int deadLetterChecks = 0;  // expert checks the server refused (kept)
    int pendingEvidence = 0;   // photos of pending checks not yet uploaded
};

class KioskBackend : public QObject {
    Q_OBJECT
public:
    // Opens (creating on first run) the data dir, the device key and the outbox, and starts the
    // sync worker if enrolled and a server URL is set.
    [[nodiscard]] static Result<std::unique_ptr<KioskBackend>> open(const KioskOptions& options);
    ~KioskBackend() override;

    [[nodiscard]] const survey::Questionnaire& questionnaire() const;
    [[nodiscard]] QList<OrganizationInfo> organizations() const; // the device may answer for these
    [[nodiscard]] KioskSettings settings() const;
    [[nodiscard]] SyncStatus status() const;

    // Validates the answers with the core validator, builds the payload (day only, next seq),
    // signs it with the device key, seals it to the server key, and commits it to the outbox in
    // one transaction. Returns the response id once durable; an error (naming the question for
    // invalid answers) and nothing stored otherwise.
    [[nodiscard]] Result<QString> submit(const nlohmann::json& answers, const QString& organizationId,
                                         const QString& channel = QStringLiteral("kiosk"));

    // --- Operator mode -------------------------------------------------------------------
    // Interview counts per organisation id (from the counter bumped with each interview).
    [[nodiscard]] std::map<QString, InterviewCounts> interviewCounts() const;
    // The checklist document a draft started now uses: the server's from the last config pull,
    // else the built-in one.
    [[nodiscard]] std::string checklistJson() const;
    // The draft of that organisation in its enrolled campaign, if any.
    [[nodiscard]] Result<std::optional<ExpertDraftRecord>> loadExpertDraft(const QString& organizationId);
    // Replaces the draft (and which photos it holds) in one committed transaction.
    [[nodiscard]] Status saveExpertDraft(const QString& organizationId, const ExpertDraftRecord& draft,
                                         const QStringList& evidence);
    [[nodiscard]] Status discardExpertDraft(const QString& organizationId);
    // Keeps a photo (already checked: JPEG/PNG, at most 6 MiB) and returns its sha256 hex.
    [[nodiscard]] Result<QString> storeEvidence(const QByteArray& bytes, const QString& mimeType);
    [[nodiscard]] Result<QByteArray> evidenceBytes(const QString& sha256) const;
    // Completes `check` (id, device, recorded_at), validates it against the checklist of the
    // draft, checks that every photo is stored, encodes and signs it, and commits it to the
    // expert outbox deleting the draft, in one transaction. Returns the check id once durable.
    [[nodiscard]] Result<QString> submitExpertCheck(expert::ExpertCheck check, const std::string& checklistJson);

    // Enrols with a one-time code at the server (blocking, for --enroll and the operator screen).
    [[nodiscard]] Status enroll(const QString& code, const QString& label = QString());

    // Asks the worker to sync now (non-blocking; statusChanged() follows).
    void syncNow();

signals:
    void statusChanged();
    void configurationChanged(); // organizations, questionnaire or settings changed

private:
    KioskBackend();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace nok::kiosk
