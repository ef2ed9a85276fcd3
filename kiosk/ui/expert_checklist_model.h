// ExpertChecklistModel: the expert checklist of one organisation as the operator fills it in, one
// row per checklist item (stand, site, distance methods, comfort, premises and service
// accessibility; the group titles make ListView sections). start(orgId) loads that organisation's
// saved draft or starts a fresh one on the current checklist; every change (a state, a note, a
// photo, the waiting-time points) is saved as the draft before the call returns, so a crash or a
// power cut loses at most the change in flight. Photos are checked here (≤ 6 MiB, JPEG or PNG by
// their magic bytes) and their bytes copied into the store, so a USB stick pulled afterwards
// loses nothing. submit() refuses an incomplete checklist naming the first unchecked item, then
// hands the draft to the store, which validates, signs and commits it to the expert outbox.
// Errors are in errorText (Russian, through tr()); a refused call changes nothing. operatorName
// follows Kiosk.operatorName (entered after the PIN) and goes into every item checked.
#pragma once

#include "kiosk_environment.h"
#include "operator_store.h"

#include <QAbstractListModel>
#include <QImage>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace nok::kiosk {

class ExpertChecklistModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nok::kiosk::KioskEnvironment* environment READ environment WRITE setEnvironment NOTIFY environmentChanged REQUIRED)
    Q_PROPERTY(bool active READ active NOTIFY draftChanged)
    Q_PROPERTY(QString organizationId READ organizationId NOTIFY draftChanged)
    Q_PROPERTY(QString organizationName READ organizationName NOTIFY draftChanged)
    Q_PROPERTY(QString checklistTitle READ checklistTitle NOTIFY draftChanged)
    Q_PROPERTY(QString operatorName READ operatorName WRITE setOperatorName NOTIFY operatorNameChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY draftChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY draftChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY draftChanged)
    Q_PROPERTY(int waitingTimePoints READ waitingTimePoints NOTIFY draftChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    static constexpr qint64 kMaxEvidenceBytes = 6291456; // 6 MiB, as the server's limit
    static constexpr int kMaxNoteLength = 2000;
    static constexpr int kMaxEvidencePerItem = 10;

    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        GroupRole,
        GroupTitleRole,
        NameRole,
        BasisRole,
        StateRole,        // "unchecked" | "present" | "absent"
        NoteRole,
        CheckedAtRole,    // ISO 8601 with offset, "" when unchecked
        OperatorNameRole,
        EvidenceCountRole,
        EvidenceRole,     // list of sha256 hex
    };

    explicit ExpertChecklistModel(QObject* parent = nullptr);

    [[nodiscard]] KioskEnvironment* environment() const { return m_env; }
    void setEnvironment(KioskEnvironment* env);

    [[nodiscard]] bool active() const { return m_draft.has_value(); }
    [[nodiscard]] QString organizationId() const;
    [[nodiscard]] QString organizationName() const { return m_organizationName; }
    [[nodiscard]] QString checklistTitle() const;
    [[nodiscard]] QString operatorName() const { return m_operatorName; }
    void setOperatorName(const QString& name);
    [[nodiscard]] int itemCount() const { return m_draft ? int(m_draft->items.size()) : 0; }
    [[nodiscard]] int checkedCount() const;
    [[nodiscard]] bool complete() const { return active() && checkedCount() == itemCount(); }
    [[nodiscard]] int waitingTimePoints() const { return m_draft ? m_draft->waitingTimePoints : -1; }
    [[nodiscard]] QString errorText() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Loads the saved draft of that organisation or starts a fresh one. False (errorText) for an
    // organisation the device is not enrolled for.
    Q_INVOKABLE bool start(const QString& orgId);
    // Marks the item present or absent, with the time and the operator (operatorName must be set).
    Q_INVOKABLE bool setPresent(int row, bool present);
    // Back to unchecked (its note and photos stay).
    Q_INVOKABLE bool clearState(int row);
    // Trimmed; at most kMaxNoteLength characters.
    Q_INVOKABLE bool setNote(int row, const QString& text);
    // -1 = not assessed; else 0..100.
    Q_INVOKABLE bool setWaitingTimePoints(int points);
    // A photo from a file (a file:// URL or a local path, e.g. what the camera saved).
    Q_INVOKABLE bool attachEvidenceFile(int row, const QUrl& file);
    // A photo as an image (the camera's capture); stored as JPEG.
    Q_INVOKABLE bool attachEvidenceImage(int row, const QImage& image);
    Q_INVOKABLE bool removeEvidence(int row, const QString& sha256);
    // The photo as a data: URL an Image can show ("" if unknown).
    Q_INVOKABLE QString evidenceDataUrl(const QString& sha256) const;
    // Refuses an incomplete checklist naming the first unchecked item; else stores the check
    // (validated, signed, in the expert outbox) and clears the model. Emits submitted(checkId).
    Q_INVOKABLE bool submit();
    // Deletes the saved draft of the current organisation and clears the model.
    Q_INVOKABLE void discardDraft();
    Q_INVOKABLE void clearError();

signals:
    void environmentChanged();
    void draftChanged();
    void operatorNameChanged();
    void errorTextChanged();
    void submitted(const QString& checkId);

private:
    [[nodiscard]] bool checkRow(int row);
    [[nodiscard]] bool fail(const QString& message);
    // Saves `candidate` as the draft; only when that worked does it become the model's state.
    [[nodiscard]] bool commit(ExpertDraft candidate, int changedRow);
    [[nodiscard]] bool attachBytes(int row, const QByteArray& bytes, const QString& what);
    [[nodiscard]] OperatorStore* store() const;
    [[nodiscard]] bool english() const;

    KioskEnvironment* m_env = nullptr;
    std::optional<ExpertDraft> m_draft;
    QString m_organizationName;
    QString m_operatorName;
    QString m_error;
};

} // namespace nok::kiosk
