#include "expert_checklist_model.h"

#include "evidence_file.h"
#include "storage_problem.h"

#include <QDateTime>

namespace nok::kiosk {

namespace {

QString nowWithOffset() {
    return QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
        .toString(Qt::ISODate);
}

} // namespace

ExpertChecklistModel::ExpertChecklistModel(QObject* parent) : QAbstractListModel(parent) {}

void ExpertChecklistModel::setEnvironment(KioskEnvironment* env) {
    if (env == m_env) return;
    if (m_env) disconnect(m_env, nullptr, this, nullptr);
    m_env = env;
    if (m_env) {
        connect(m_env, &KioskEnvironment::languageChanged, this, [this] {
            if (itemCount() > 0) emit dataChanged(index(0), index(itemCount() - 1));
            emit draftChanged();
        });
        // Follows the operator entered after the PIN (a screen may still set another name).
        connect(m_env, &KioskEnvironment::operatorNameChanged, this,
                [this] { setOperatorName(m_env->operatorName()); });
        if (m_operatorName.isEmpty()) setOperatorName(m_env->operatorName());
    }
    emit environmentChanged();
}

OperatorStore* ExpertChecklistModel::store() const { return m_env ? m_env->operatorStore() : nullptr; }

bool ExpertChecklistModel::english() const {
    return m_env && m_env->language() == QLatin1String("en");
}

QString ExpertChecklistModel::organizationId() const {
    return m_draft ? m_draft->organizationId : QString();
}

QString ExpertChecklistModel::checklistTitle() const {
    if (!m_draft) return {};
    return english() && !m_draft->checklist.titleEn.isEmpty() ? m_draft->checklist.titleEn
                                                              : m_draft->checklist.titleRu;
}

void ExpertChecklistModel::setOperatorName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed == m_operatorName) return;
    m_operatorName = trimmed;
    emit operatorNameChanged();
}

int ExpertChecklistModel::checkedCount() const {
    if (!m_draft) return 0;
    return int(std::count_if(m_draft->items.begin(), m_draft->items.end(), [](const ItemDraft& i) {
        return i.state != QLatin1String("unchecked");
    }));
}

int ExpertChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : itemCount();
}

QVariant ExpertChecklistModel::data(const QModelIndex& index, int role) const {
    if (!m_draft || !index.isValid() || index.row() < 0 || index.row() >= itemCount()) return {};
    const ItemDraft& d = m_draft->items[size_t(index.row())];
    const ChecklistItemInfo& info = m_draft->checklist.items[size_t(index.row())];
    const bool en = english();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return en && !info.nameEn.isEmpty() ? info.nameEn : info.nameRu;
    case ItemIdRole: return info.id;
    case GroupRole: return info.group;
    case GroupTitleRole: return en && !info.groupTitleEn.isEmpty() ? info.groupTitleEn : info.groupTitleRu;
    case BasisRole: return info.basis;
    case StateRole: return d.state;
    case NoteRole: return d.note;
    case CheckedAtRole: return d.checkedAt;
    case OperatorNameRole: return d.operatorName;
    case EvidenceCountRole: return int(d.evidence.size());
    case EvidenceRole: return d.evidence;
    default: return {};
    }
}

QHash<int, QByteArray> ExpertChecklistModel::roleNames() const {
    return {{ItemIdRole, "itemId"},     {GroupRole, "group"},
            {GroupTitleRole, "groupTitle"}, {NameRole, "name"},
            {BasisRole, "basis"},       {StateRole, "state"},
            {NoteRole, "note"},         {CheckedAtRole, "checkedAt"},
            {OperatorNameRole, "operatorName"}, {EvidenceCountRole, "evidenceCount"},
            {EvidenceRole, "evidence"}};
}

bool ExpertChecklistModel::fail(const QString& message) {
    m_error = message;
    emit errorTextChanged();
    return false;
}

void ExpertChecklistModel::clearError() {
    if (m_error.isEmpty()) return;
    m_error.clear();
    emit errorTextChanged();
}

bool ExpertChecklistModel::checkRow(int row) {
    if (!m_draft) return fail(tr("Чек-лист не открыт: выберите организацию"));
    if (row < 0 || row >= itemCount()) return fail(tr("Нет пункта с номером %1").arg(row + 1));
    return true;
}

bool ExpertChecklistModel::commit(ExpertDraft candidate, int changedRow) {
    OperatorStore* s = store();
    if (!s) return fail(tr("Режим оператора недоступен на этом устройстве"));
    if (auto st = s->saveDraft(candidate); !st)
        return fail(storageProblem(tr("Черновик не сохранён."), st.error()));
    m_draft = std::move(candidate);
    if (changedRow >= 0) emit dataChanged(index(changedRow), index(changedRow));
    clearError();
    emit draftChanged();
    return true;
}

bool ExpertChecklistModel::start(const QString& orgId) {
    OperatorStore* s = store();
    if (!s) return fail(tr("Режим оператора недоступен на этом устройстве"));
    std::optional<OrganizationProgress> org;
    for (const auto& o : s->interviewProgress())
        if (o.id == orgId) org = o;
    if (!org)
        return fail(tr("Устройство не подключено к организации «%1»").arg(orgId));
    auto loaded = s->loadDraft(orgId);
    if (!loaded)
        return fail(storageProblem(tr("Черновик не прочитан."), loaded.error()));
    beginResetModel();
    if (*loaded) {
        m_draft = std::move(**loaded);
    } else {
        ExpertDraft fresh;
        fresh.organizationId = org->id;
        fresh.campaign = org->campaign;
        fresh.checklist = s->currentChecklist();
        for (const auto& item : fresh.checklist.items) {
            ItemDraft d;
            d.itemId = item.id;
            fresh.items.push_back(std::move(d));
        }
        m_draft = std::move(fresh);
    }
    m_organizationName = org->name;
    endResetModel();
    clearError();
    emit draftChanged();
    return true;
}

bool ExpertChecklistModel::setPresent(int row, bool present) {
    if (!checkRow(row)) return false;
    if (m_operatorName.isEmpty()) return fail(tr("Введите имя оператора перед проверкой пунктов"));
    ExpertDraft candidate = *m_draft;
    ItemDraft& item = candidate.items[size_t(row)];
    item.state = present ? QStringLiteral("present") : QStringLiteral("absent");
    item.checkedAt = nowWithOffset();
    item.operatorName = m_operatorName;
    return commit(std::move(candidate), row);
}

bool ExpertChecklistModel::clearState(int row) {
    if (!checkRow(row)) return false;
    ExpertDraft candidate = *m_draft;
    ItemDraft& item = candidate.items[size_t(row)];
    item.state = QStringLiteral("unchecked");
    item.checkedAt.clear();
    item.operatorName.clear();
    return commit(std::move(candidate), row);
}

bool ExpertChecklistModel::setNote(int row, const QString& text) {
    if (!checkRow(row)) return false;
    const QString note = text.trimmed().normalized(QString::NormalizationForm_C);
    if (note.size() > kMaxNoteLength)
        return fail(tr("Заметка длиннее %1 знаков (%2); сократите её").arg(kMaxNoteLength).arg(note.size()));
    ExpertDraft candidate = *m_draft;
    candidate.items[size_t(row)].note = note;
    return commit(std::move(candidate), row);
}

bool ExpertChecklistModel::setWaitingTimePoints(int points) {
    if (!m_draft) return fail(tr("Чек-лист не открыт: выберите организацию"));
    if (points < -1 || points > 100)
        return fail(tr("Баллы за время ожидания — от 0 до 100 (или не оценивается)"));
    ExpertDraft candidate = *m_draft;
    candidate.waitingTimePoints = points;
    return commit(std::move(candidate), -1);
}

bool ExpertChecklistModel::attachBytes(int row, const QByteArray& bytes, const QString& mimeType) {
    OperatorStore* s = store();
    if (!s) return fail(tr("Режим оператора недоступен на этом устройстве"));
    if (m_draft->items[size_t(row)].evidence.size() >= kMaxEvidencePerItem)
        return fail(tr("К пункту можно приложить не больше %1 фото").arg(kMaxEvidencePerItem));
    auto sha = s->storeEvidence(bytes, mimeType);
    if (!sha) return fail(storageProblem(tr("Фото не сохранено."), sha.error()));
    ExpertDraft candidate = *m_draft;
    QStringList& evidence = candidate.items[size_t(row)].evidence;
    if (evidence.contains(*sha)) return fail(tr("Это фото уже приложено к пункту"));
    evidence.append(*sha);
    return commit(std::move(candidate), row);
}

bool ExpertChecklistModel::attachEvidenceFile(int row, const QUrl& file) {
    if (!checkRow(row)) return false;
    auto read = readEvidenceFile(file);
    if (!read) return fail(QString::fromStdString(read.error().message));
    return attachBytes(row, read->bytes, read->mimeType);
}

bool ExpertChecklistModel::attachEvidenceImage(int row, const QImage& image) {
    if (!checkRow(row)) return false;
    auto encoded = encodeEvidenceImage(image);
    if (!encoded) return fail(QString::fromStdString(encoded.error().message));
    return attachBytes(row, encoded->bytes, encoded->mimeType);
}

bool ExpertChecklistModel::removeEvidence(int row, const QString& sha256) {
    if (!checkRow(row)) return false;
    ExpertDraft candidate = *m_draft;
    if (!candidate.items[size_t(row)].evidence.removeOne(sha256))
        return fail(tr("У пункта нет такого фото"));
    return commit(std::move(candidate), row);
}

QString ExpertChecklistModel::evidenceDataUrl(const QString& sha256) const {
    const OperatorStore* s = store();
    if (!s) return {};
    auto bytes = s->evidenceBytes(sha256);
    if (!bytes) return {};
    const QString type = sniffImageType(*bytes);
    if (type.isEmpty()) return {};
    return QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(bytes->toBase64()));
}

bool ExpertChecklistModel::submit() {
    if (!m_draft) return fail(tr("Чек-лист не открыт: выберите организацию"));
    for (size_t i = 0; i < m_draft->items.size(); ++i)
        if (m_draft->items[i].state == QLatin1String("unchecked")) {
            const auto& info = m_draft->checklist.items[i];
            return fail(tr("Не проверен пункт %1 «%2»; отметьте, есть он или нет")
                            .arg(int(i) + 1)
                            .arg(english() && !info.nameEn.isEmpty() ? info.nameEn : info.nameRu));
        }
    OperatorStore* s = store();
    if (!s) return fail(tr("Режим оператора недоступен на этом устройстве"));
    auto id = s->submitCheck(*m_draft, m_operatorName);
    if (!id) return fail(storageProblem(tr("Проверка не сохранена."), id.error()));
    beginResetModel();
    m_draft.reset();
    m_organizationName.clear();
    endResetModel();
    clearError();
    emit draftChanged();
    if (m_env) m_env->notifyOperatorDataChanged();
    emit submitted(*id);
    return true;
}

void ExpertChecklistModel::discardDraft() {
    if (!m_draft) return;
    if (OperatorStore* s = store())
        if (auto st = s->discardDraft(m_draft->organizationId); !st) {
            (void)fail(storageProblem(tr("Черновик не удалён."), st.error()));
            return;
        }
    beginResetModel();
    m_draft.reset();
    m_organizationName.clear();
    endResetModel();
    clearError();
    emit draftChanged();
}

} // namespace nok::kiosk
