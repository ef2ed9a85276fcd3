#include "../support/valid_answers.h"
#include "kiosk_test_support.h"

#include "device_identity.h"
#include "kiosk_database.h"
#include "nok/expert/checklist.h"
#include "nok/survey/questionnaire.h"

#include <QtTest>

#include <filesystem>

namespace nok::kiosk::test {

nlohmann::json validAnswers() {
    auto a = nok::test::shortPathAnswers();
    a["stand_used"] = "yes";
    a["stand_satisfied"] = "yes";
    a["suggestions"] = "Больше прогулок";
    a["sex"] = "female";
    a["age"] = 81;
    return a;
}

QString enrollAt(const QString& dataDir, FakeSyncServer& server) {
    KioskOptions options;
    options.dataDir = dataDir;
    options.serverUrl = QString::fromStdString(server.url());
    auto backend = KioskBackend::open(options);
    if (!backend) {
        qWarning("open failed: %s", backend.error().describe().c_str());
        return {};
    }
    if (auto st = (*backend)->enroll(QString::fromStdString(server.addEnrolmentCode())); !st) {
        qWarning("enrol failed: %s", st.error().describe().c_str());
        return {};
    }
    return (*backend)->status().deviceId;
}

bool writeOfflineEnrolment(const QString& dataDir, const crypto::Bytes& sealPublic,
                           const crypto::Bytes& signPublic, int minIntervalSeconds) {
    if (!ensureDataDir(dataDir.toStdString())) return false;
    auto db = openStore(dataDir);
    if (!db) return false;
    Enrolment e;
    e.deviceId = "dev-0123456789ab";
    e.serverSealKey = sealPublic;
    e.serverSignKey = signPublic;
    e.questionnaireJson =
        std::string(*survey::builtinQuestionnaireJson(survey::kDefaultQuestionnaire));
    OrganizationInfo org;
    org.id = QStringLiteral("org-1");
    org.name = QStringLiteral("МБУ «КЦСОН»");
    org.category = QStringLiteral("ЦСОН");
    org.campaign = QStringLiteral("kem-2026");
    org.recipients = 120;
    e.organizations = {org};
    e.settings.minIntervalSeconds = minIntervalSeconds;
    return EnrolmentStore(*db).save(e, 1).ok();
}

std::unique_ptr<sqlite::Database> openStore(const QString& dataDir) {
    auto db =
        openKioskDatabase((std::filesystem::path(dataDir.toStdString()) / "kiosk.db").string());
    if (!db) {
        qWarning("cannot open kiosk.db: %s", db.error().describe().c_str());
        return nullptr;
    }
    return std::move(*db);
}

int outboxRows(const QString& dataDir) {
    auto db = openStore(dataDir);
    if (!db) return -1;
    auto n = OutboxStore(*db).pendingCount();
    return n ? *n : -1;
}

std::optional<OutboxRow> outboxRow(const QString& dataDir, const std::string& id) {
    auto db = openStore(dataDir);
    if (!db) return std::nullopt;
    auto row = OutboxStore(*db).find(id);
    return row ? *row : std::nullopt;
}

int tableRows(const QString& dataDir, const std::string& table) {
    auto db = openStore(dataDir);
    if (!db) return -1;
    auto stmt = db->prepare("SELECT COUNT(*) FROM " + table);
    if (!stmt) return -1;
    auto row = stmt->step();
    return row && *row ? int(stmt->columnInt(0)) : -1;
}

QByteArray tinyJpeg(const std::string& seed) {
    QByteArray bytes("\xFF\xD8\xFF\xE0", 4);
    bytes.append(QByteArray::fromStdString(seed));
    bytes.append(QByteArray("\xFF\xD9", 2));
    return bytes;
}

expert::ExpertCheck completeCheck(const std::string& org, const std::string& campaign,
                                  const std::vector<std::string>& evidence) {
    expert::ExpertCheck check;
    check.org = org;
    check.campaign = campaign;
    check.checklist = expert::builtinChecklist().id;
    check.operatorName = "Иванова А. П.";
    for (const auto& item : expert::builtinChecklist().items) {
        expert::ItemCheck c;
        c.item = item.id;
        c.present = true;
        c.checkedAt = "2026-11-23T10:15:00+07:00";
        c.operatorName = check.operatorName;
        if (check.items.empty()) c.evidence = evidence;
        check.items.push_back(std::move(c));
    }
    return check;
}

} // namespace nok::kiosk::test
