#include "interview_progress_model.h"

#include <algorithm>

namespace nok::kiosk {

InterviewProgressModel::InterviewProgressModel(QObject* parent) : QAbstractListModel(parent) {}

void InterviewProgressModel::setEnvironment(KioskEnvironment* env) {
    if (env == m_env) return;
    if (m_env) disconnect(m_env, nullptr, this, nullptr);
    m_env = env;
    if (m_env)
        connect(m_env, &KioskEnvironment::operatorDataChanged, this, &InterviewProgressModel::refresh);
    emit environmentChanged();
    refresh();
}

int InterviewProgressModel::targetFor(qint64 recipients) {
    // min(600, ceil(0.4 * recipients)) in integers: ceil(2r / 5).
    if (recipients <= 0) return 0;
    return int(std::min<qint64>(600, (2 * recipients + 4) / 5));
}

int InterviewProgressModel::remainingFor(const OrganizationProgress& p) {
    const int done = p.serverComplete >= 0 ? p.serverComplete : p.total;
    return std::max(0, targetFor(p.recipients) - done);
}

void InterviewProgressModel::refresh() {
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_env && m_env->operatorStore()) m_rows = m_env->operatorStore()->interviewProgress();
    else if (m_env) m_error = tr("Режим оператора недоступен на этом устройстве");
    endResetModel();
    emit countChanged();
}

int InterviewProgressModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InterviewProgressModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) return {};
    const OrganizationProgress& p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return p.name;
    case OrgIdRole: return p.id;
    case CampaignRole: return p.campaign;
    case RecipientsRole: return p.recipients;
    case TargetRole: return targetFor(p.recipients);
    case TodayRole: return p.today;
    case TotalRole: return p.total;
    case ServerCompleteRole: return p.serverComplete;
    case RemainingRole: return remainingFor(p);
    default: return {};
    }
}

QHash<int, QByteArray> InterviewProgressModel::roleNames() const {
    return {{OrgIdRole, "orgId"},           {NameRole, "name"},
            {CampaignRole, "campaign"},     {RecipientsRole, "recipients"},
            {TargetRole, "target"},         {TodayRole, "today"},
            {TotalRole, "total"},           {ServerCompleteRole, "serverComplete"},
            {RemainingRole, "remaining"}};
}

QVariantMap InterviewProgressModel::get(int row) const {
    QVariantMap map;
    if (row < 0 || row >= m_rows.size()) return map;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

int InterviewProgressModel::indexOf(const QString& orgId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == orgId) return i;
    return -1;
}

} // namespace nok::kiosk
