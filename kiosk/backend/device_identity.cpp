#include "device_identity.h"

#include <filesystem>
#include <sys/stat.h>

namespace nok::kiosk {

namespace {

constexpr char kLoadSql[] = "SELECT device_id, server_url, server_sign_key, server_seal_key, "
                            "organizations, questionnaire, settings, checklist "
                            "FROM enrolment WHERE singleton = 1";
constexpr char kCurrentDeviceSql[] = "SELECT device_id FROM enrolment WHERE singleton = 1";
constexpr char kSaveSql[] = "INSERT OR REPLACE INTO enrolment (singleton, device_id, server_url, "
                            "server_sign_key, server_seal_key, "
                            "organizations, questionnaire, settings, enrolled_at, config_at, "
                            "checklist) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char kResetSeqSql[] = "UPDATE response_seq SET last_seq = 0 WHERE singleton = 1";
constexpr char kKeysSql[] =
    "SELECT server_sign_key, server_seal_key FROM enrolment WHERE singleton = 1";
constexpr char kApplyConfigSql[] = "UPDATE enrolment SET organizations = ?, questionnaire = ?, "
                                   "settings = ?, config_at = ?, checklist = COALESCE(?, checklist) "
                                   "WHERE singleton = 1";

} // namespace

Status ensureDataDir(const std::string& dir) {
    std::error_code ec;
    if (dir.empty()) return makeError("data_dir_unusable", "no data directory given", "--data-dir");
    if (!std::filesystem::exists(dir, ec)) {
        std::filesystem::create_directories(dir, ec);
        if (ec)
            return makeError("data_dir_unusable",
                             "cannot create the data directory: " + ec.message(), dir);
        ::chmod(dir.c_str(), 0700); // the outbox and the key are nobody else's business
    }
    if (!std::filesystem::is_directory(dir, ec))
        return makeError("data_dir_unusable", "is not a directory", dir);
    return {};
}

Result<crypto::SigningKeyPair> loadOrCreateDeviceKey(const std::string& dir,
                                                     const std::string& fileName) {
    const std::string path = (std::filesystem::path(dir) / fileName).string();
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return crypto::loadSigningKeyPair(path);
    auto keys = crypto::generateSigningKeyPair();
    if (auto st = crypto::saveSigningKeyPair(path, keys); !st) return st.error();
    return keys;
}

Result<std::optional<Enrolment>> EnrolmentStore::load() {
    auto stmt = m_db.cached(kLoadSql);
    if (!stmt) return stmt.error();
    sqlite::Statement& s = **stmt;
    sqlite::ResetOnExit resetOnExit{s}; // on the corrupt-row returns below too
    auto row = s.step();
    if (!row) return row.error();
    if (!*row) return std::optional<Enrolment>();
    Enrolment e;
    e.deviceId = s.columnText(0);
    e.serverUrl = s.columnText(1);
    auto sign = crypto::fromBase64(s.columnText(2));
    auto seal = crypto::fromBase64(s.columnText(3));
    if (!sign || !seal)
        return makeError("database_corrupt", "stored server keys are not base64", "enrolment");
    e.serverSignKey = std::move(*sign);
    e.serverSealKey = std::move(*seal);
    auto orgs = organizationsFromJson(s.columnText(4));
    if (!orgs) return orgs.error();
    e.organizations = std::move(*orgs);
    e.questionnaireJson = s.columnText(5);
    auto settings = settingsFromJson(s.columnText(6));
    if (!settings) return settings.error();
    e.settings = *settings;
    e.checklistJson = s.isNull(7) ? std::string() : s.columnText(7);
    return std::optional<Enrolment>(std::move(e));
}

Status EnrolmentStore::save(const Enrolment& e, std::int64_t nowMs) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    std::optional<std::string> previousDevice;
    {
        auto cur = m_db.cached(kCurrentDeviceSql);
        if (!cur) return cur.error();
        auto row = sqlite::firstRow(**cur, [](const sqlite::Statement& s) { return s.columnText(0); });
        if (!row) return row.error();
        previousDevice = std::move(*row);
    }
    auto stmt = m_db.cached(kSaveSql);
    if (!stmt) return stmt.error();
    (*stmt)
        ->bind(1, e.deviceId)
        .bind(2, e.serverUrl)
        .bind(3, crypto::toBase64(e.serverSignKey))
        .bind(4, crypto::toBase64(e.serverSealKey))
        .bind(5, organizationsToJson(e.organizations))
        .bind(6, e.questionnaireJson)
        .bind(7, settingsToJson(e.settings))
        .bind(8, nowMs)
        .bind(9, nowMs);
    if (e.checklistJson.empty()) (*stmt)->bindNull(10);
    else (*stmt)->bind(10, e.checklistJson);
    if (auto st = (*stmt)->run(); !st) return st;
    if (previousDevice != e.deviceId) {
        auto reset = m_db.cached(kResetSeqSql);
        if (!reset) return reset.error();
        if (auto st = (*reset)->run(); !st) return st;
    }
    return tx.commit();
}

Status EnrolmentStore::applyConfiguration(const Enrolment& fromServer, std::int64_t nowMs) {
    sqlite::Transaction tx(m_db);
    if (auto st = tx.begun(); !st) return st;
    auto keys = m_db.cached(kKeysSql);
    if (!keys) return keys.error();
    auto same = sqlite::firstRow(**keys, [&](const sqlite::Statement& s) {
        return s.columnText(0) == crypto::toBase64(fromServer.serverSignKey) &&
               s.columnText(1) == crypto::toBase64(fromServer.serverSealKey);
    });
    if (!same) return same.error();
    if (!*same) return makeError("not_enrolled", "the kiosk is not enrolled");
    if (!**same)
        return makeError(
            "server_keys_changed",
            "the server sent other keys than at enrolment; enrol the kiosk again to accept them");
    auto stmt = m_db.cached(kApplyConfigSql);
    if (!stmt) return stmt.error();
    (*stmt)
        ->bind(1, organizationsToJson(fromServer.organizations))
        .bind(2, fromServer.questionnaireJson)
        .bind(3, settingsToJson(fromServer.settings))
        .bind(4, nowMs);
    // A server that sends no checklist leaves the one it sent before in place.
    if (fromServer.checklistJson.empty()) (*stmt)->bind(5, std::nullopt);
    else (*stmt)->bind(5, fromServer.checklistJson);
    if (auto st = (*stmt)->run(); !st) return st;
    return tx.commit();
}

} // namespace nok::kiosk
