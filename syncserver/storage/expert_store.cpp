#include "storage/expert_store.h"

#include "nok/crypto/crypto.h"

namespace nok::server {

namespace {

constexpr char kExpertStoreLatestSql[] =
    "SELECT org, version, source, record, content_hash, recorded_day FROM expert_records "
    "WHERE campaign = ? AND org = ? ORDER BY version DESC LIMIT 1";
constexpr char kExpertStoreLatestAllSql[] =
    "SELECT e.org, e.version, e.source, e.record, e.content_hash, e.recorded_day "
    "FROM expert_records AS e "
    "WHERE e.campaign = ? AND e.version = (SELECT max(version) FROM expert_records AS n "
    "WHERE n.campaign = e.campaign AND n.org = e.org) ORDER BY e.org";
constexpr char kExpertStoreHistorySql[] =
    "SELECT org, version, source, record, content_hash, recorded_day FROM expert_records "
    "WHERE campaign = ? AND org = ? ORDER BY version";
constexpr char kExpertStoreInsertSql[] =
    "INSERT INTO expert_records (campaign, org, version, source, record, content_hash, "
    "recorded_day) VALUES (?, ?, ?, ?, ?, ?, ?)";

StoredExpertRecord readRecord(const sqlite::Statement& st) {
    return {st.columnText(0), st.columnInt(1),  st.columnText(2),
            st.columnText(3), st.columnText(4), st.columnOptionalText(5)};
}

Result<std::vector<StoredExpertRecord>> readRecordRows(sqlite::Statement& st) {
    std::vector<StoredExpertRecord> out;
    while (true) {
        auto row = st.step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(readRecord(st));
    }
    st.reset();
    return out;
}

} // namespace

Result<std::optional<StoredExpertRecord>>
latestExpertRecord(sqlite::Database& db, const std::string& campaign, const std::string& org) {
    auto st = db.cached(kExpertStoreLatestSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    auto all = readRecordRows(**st);
    if (!all) return all.error();
    if (all->empty()) return std::optional<StoredExpertRecord>{};
    return std::optional<StoredExpertRecord>(std::move(all->front()));
}

Result<std::vector<StoredExpertRecord>> latestExpertRecords(sqlite::Database& db,
                                                            const std::string& campaign) {
    auto st = db.cached(kExpertStoreLatestAllSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    return readRecordRows(**st);
}

Result<std::vector<StoredExpertRecord>>
expertRecordHistory(sqlite::Database& db, const std::string& campaign, const std::string& org) {
    auto st = db.cached(kExpertStoreHistorySql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    return readRecordRows(**st);
}

Result<bool> appendExpertRecord(sqlite::Database& db, const std::string& campaign,
                                const std::string& org, const std::string& recordJson,
                                const std::string& source,
                                const std::optional<std::string>& recordedDay, bool alwaysAppend) {
    const std::string hash = crypto::sha256Hex(recordJson);
    auto latest = latestExpertRecord(db, campaign, org);
    if (!latest) return latest.error();
    if (!alwaysAppend && *latest && (*latest)->contentHash == hash) return false;
    const std::int64_t version = *latest ? (*latest)->version + 1 : 1;
    auto st = db.cached(kExpertStoreInsertSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org).bind(3, version).bind(4, source).bind(5, recordJson);
    (*st)->bind(6, hash).bind(7, recordedDay);
    if (auto s = (*st)->run(); !s) return s.error();
    return true;
}

} // namespace nok::server
