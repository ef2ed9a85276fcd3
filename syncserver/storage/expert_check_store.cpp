#include "storage/expert_check_store.h"

namespace nok::server {

namespace {

constexpr char kExpertCheckStoreFindSql[] = "SELECT id, campaign, org, device_id, payload, content_hash, "
                            "received_day, record_version FROM expert_checks WHERE id = ?";
constexpr char kExpertCheckStoreInsertSql[] =
    "INSERT INTO expert_checks (id, campaign, org, device_id, payload, sig, content_hash, "
    "received_day, record_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char kExpertCheckStoreQuarantineSql[] =
    "INSERT OR IGNORE INTO expert_check_quarantine (check_id, device_id, payload, sig, reason, "
    "content_hash, received_day) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr char kExpertCheckStoreQuarantineCountSql[] =
    "SELECT count(*) FROM expert_check_quarantine WHERE check_id = ?";
constexpr char kExpertCheckStoreLatestSql[] =
    "SELECT id, campaign, org, device_id, payload, content_hash, received_day, record_version "
    "FROM expert_checks WHERE campaign = ? AND org = ? ORDER BY record_version DESC LIMIT 1";
constexpr char kExpertCheckStoreOfOrgSql[] =
    "SELECT id, campaign, org, device_id, payload, content_hash, received_day, record_version "
    "FROM expert_checks WHERE campaign = ? AND org = ? ORDER BY record_version";

StoredExpertCheck readCheck(const sqlite::Statement& st) {
    return {st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3),
            st.columnBlob(4), st.columnText(5), st.columnText(6), st.columnInt(7)};
}

Result<std::vector<StoredExpertCheck>> readAllChecks(sqlite::Statement& st) {
    return sqlite::collectRows<StoredExpertCheck>(st, readCheck);
}

Result<std::optional<StoredExpertCheck>> first(Result<std::vector<StoredExpertCheck>> all) {
    if (!all) return all.error();
    if (all->empty()) return std::optional<StoredExpertCheck>{};
    return std::optional<StoredExpertCheck>(std::move(all->front()));
}

} // namespace

Result<std::optional<StoredExpertCheck>> findExpertCheck(sqlite::Database& db, const std::string& id) {
    auto st = db.cached(kExpertCheckStoreFindSql);
    if (!st) return st.error();
    (*st)->bind(1, id);
    return first(readAllChecks(**st));
}

Status insertExpertCheck(sqlite::Database& db, const StoredExpertCheck& c, const crypto::Bytes& sig) {
    auto st = db.cached(kExpertCheckStoreInsertSql);
    if (!st) return st.error();
    (*st)->bind(1, c.id).bind(2, c.campaign).bind(3, c.org).bind(4, c.deviceId);
    (*st)->bindBlob(5, c.payload.data(), c.payload.size()).bindBlob(6, sig.data(), sig.size());
    (*st)->bind(7, c.contentHash).bind(8, c.receivedDay).bind(9, c.recordVersion);
    return (*st)->run();
}

Status quarantineExpertCheck(sqlite::Database& db, const std::string& id, const std::string& deviceId,
                             const std::string& payload, const crypto::Bytes& sig,
                             const std::string& reason, const std::string& receivedDay) {
    auto st = db.cached(kExpertCheckStoreQuarantineSql);
    if (!st) return st.error();
    (*st)->bind(1, id).bind(2, deviceId).bindBlob(3, payload.data(), payload.size());
    (*st)->bindBlob(4, sig.data(), sig.size()).bind(5, reason).bind(6, crypto::sha256Hex(payload));
    (*st)->bind(7, receivedDay);
    return (*st)->run();
}

Result<std::int64_t> quarantinedExpertChecks(sqlite::Database& db, const std::string& id) {
    auto st = db.cached(kExpertCheckStoreQuarantineCountSql);
    if (!st) return st.error();
    (*st)->bind(1, id);
    return sqlite::firstInt(**st);
}

Result<std::optional<StoredExpertCheck>> latestExpertCheck(sqlite::Database& db, const std::string& campaign,
                                                           const std::string& org) {
    auto st = db.cached(kExpertCheckStoreLatestSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    return first(readAllChecks(**st));
}

Result<std::vector<StoredExpertCheck>> expertChecksOf(sqlite::Database& db, const std::string& campaign,
                                                      const std::string& org) {
    auto st = db.cached(kExpertCheckStoreOfOrgSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    return readAllChecks(**st);
}

} // namespace nok::server
