// InterviewProgressModel: the interview screen's list of the organisations this device is enrolled
// for, one row each, with the sample the METHODOLOGY.md rule asks for (target = min(600,
// ceil(0.4 * recipients)) complete responses) and how far the interviews are. The counts come
// from the OperatorStore behind KioskEnvironment (a counter table in kiosk.db bumped in the same
// transaction as the interview's outbox row: no time, no link to the response) and refresh when
// the environment reports operator data changed (an interview stored, a config pull).
//
// remaining = max(0, target - done), where done is serverComplete when the server's count is known
// (it already includes every synced interview) and this device's total otherwise. Interviews not
// yet synced are therefore not subtracted from a known server count until the next config pull:
// the number errs on the side of one interview too many, never too few.
#pragma once

#include "kiosk_environment.h"
#include "operator_store.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace nok::kiosk {

class InterviewProgressModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nok::kiosk::KioskEnvironment* environment READ environment WRITE setEnvironment NOTIFY environmentChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countChanged)

public:
    enum Role {
        OrgIdRole = Qt::UserRole + 1,
        NameRole,
        CampaignRole,
        RecipientsRole,
        TargetRole,
        TodayRole,
        TotalRole,
        ServerCompleteRole,
        RemainingRole,
    };

    explicit InterviewProgressModel(QObject* parent = nullptr);

    [[nodiscard]] KioskEnvironment* environment() const { return m_env; }
    void setEnvironment(KioskEnvironment* env);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString errorText() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The sample rule of METHODOLOGY.md.
    [[nodiscard]] static int targetFor(qint64 recipients);
    [[nodiscard]] static int remainingFor(const OrganizationProgress& p);

    Q_INVOKABLE void refresh();
    // The row as a map with the role names as keys ({} when out of range).
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString& orgId) const;

signals:
    void environmentChanged();
    void countChanged();

private:
    KioskEnvironment* m_env = nullptr;
    QList<OrganizationProgress> m_rows;
    QString m_error;
};

} // namespace nok::kiosk
