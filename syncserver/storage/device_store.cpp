#include "storage/device_store.h"

namespace nok::server {

namespace {

constexpr char kDeviceStoreInsertDeviceSql[] = "INSERT INTO devices (id, label, public_key, enrolled_day, "
                                    "revoked, last_seq) VALUES (?, ?, ?, ?, 0, 0)";
constexpr char kDeviceStoreInsertOrgSql[] = "INSERT INTO device_orgs (device_id, org) VALUES (?, ?)";
constexpr char kDeviceStoreFindSql[] = "SELECT id, label, public_key, enrolled_day, revoked, revoked_day, "
                            "last_seq FROM devices WHERE id = ?";
constexpr char kDeviceStoreListSql[] = "SELECT id, label, public_key, enrolled_day, revoked, revoked_day, "
                            "last_seq FROM devices ORDER BY id";
constexpr char kDeviceStoreKeySql[] = "SELECT 1 FROM devices WHERE public_key = ?";
constexpr char kDeviceStoreOrgsSql[] = "SELECT org FROM device_orgs WHERE device_id = ? ORDER BY org";
constexpr char kDeviceStoreRevokeSql[] =
    "UPDATE devices SET revoked = 1, revoked_day = coalesce(revoked_day, ?) WHERE id = ?";
constexpr char kDeviceStoreRaiseSeqSql[] = "UPDATE devices SET last_seq = max(last_seq, ?) WHERE id = ?";
constexpr char kDeviceStoreSeqsSql[] =
    "SELECT seq FROM responses WHERE device_id = ? AND seq IS NOT NULL ORDER BY seq";

DeviceRecord readDevice(const sqlite::Statement& st) {
    DeviceRecord d;
    d.id = st.columnText(0);
    d.label = st.columnText(1);
    const auto key = st.columnBlob(2);
    d.publicKey.assign(key.begin(), key.end());
    d.enrolledDay = st.columnText(3);
    d.revoked = st.columnInt(4) != 0;
    d.revokedDay = st.columnOptionalText(5);
    d.lastSeq = st.columnInt(6);
    return d;
}

} // namespace

Status insertDevice(sqlite::Database& db, const DeviceRecord& d,
                    const std::vector<std::string>& orgs) {
    auto st = db.cached(kDeviceStoreInsertDeviceSql);
    if (!st) return st.error();
    (*st)
        ->bind(1, d.id)
        .bind(2, d.label)
        .bindBlob(3, d.publicKey.data(), d.publicKey.size())
        .bind(4, d.enrolledDay);
    if (auto s = (*st)->run(); !s) return s;
    for (const auto& org : orgs) {
        auto o = db.cached(kDeviceStoreInsertOrgSql);
        if (!o) return o.error();
        (*o)->bind(1, d.id).bind(2, org);
        if (auto s = (*o)->run(); !s) return s;
    }
    return {};
}

Result<std::optional<DeviceRecord>> findDevice(sqlite::Database& db, const std::string& id) {
    auto st = db.cached(kDeviceStoreFindSql);
    if (!st) return st.error();
    (*st)->bind(1, id);
    return sqlite::firstRow(**st, readDevice);
}

Result<bool> publicKeyEnrolled(sqlite::Database& db, const crypto::Bytes& publicKey) {
    auto st = db.cached(kDeviceStoreKeySql);
    if (!st) return st.error();
    (*st)->bindBlob(1, publicKey.data(), publicKey.size());
    return sqlite::hasRow(**st);
}

Result<std::vector<DeviceRecord>> listDevices(sqlite::Database& db) {
    auto st = db.prepare(kDeviceStoreListSql);
    if (!st) return st.error();
    return sqlite::collectRows<DeviceRecord>(*st, readDevice);
}

Result<std::vector<std::string>> deviceOrgs(sqlite::Database& db, const std::string& id) {
    auto st = db.cached(kDeviceStoreOrgsSql);
    if (!st) return st.error();
    (*st)->bind(1, id);
    return sqlite::collectRows<std::string>(
        **st, [](const sqlite::Statement& row) { return row.columnText(0); });
}

Result<bool> revokeDevice(sqlite::Database& db, const std::string& id, const std::string& day) {
    auto st = db.cached(kDeviceStoreRevokeSql);
    if (!st) return st.error();
    (*st)->bind(1, day).bind(2, id);
    if (auto s = (*st)->run(); !s) return s.error();
    return db.changes() > 0;
}

Status raiseLastSeq(sqlite::Database& db, const std::string& id, std::int64_t seq) {
    auto st = db.cached(kDeviceStoreRaiseSeqSql);
    if (!st) return st.error();
    (*st)->bind(1, seq).bind(2, id);
    return (*st)->run();
}

Result<std::vector<std::int64_t>> storedSeqs(sqlite::Database& db, const std::string& id) {
    auto st = db.cached(kDeviceStoreSeqsSql);
    if (!st) return st.error();
    (*st)->bind(1, id);
    return sqlite::collectRows<std::int64_t>(
        **st, [](const sqlite::Statement& row) { return row.columnInt(0); });
}

} // namespace nok::server
