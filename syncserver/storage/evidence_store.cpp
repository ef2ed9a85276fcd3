#include "storage/evidence_store.h"

#include <set>

namespace nok::server {

namespace {
constexpr char kEvidenceStoreExistsSql[] = "SELECT 1 FROM evidence WHERE sha256 = ?";
constexpr char kEvidenceStoreInsertSql[] =
    "INSERT OR IGNORE INTO evidence (sha256, media_type, size, bytes, received_day, device_id) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr char kEvidenceStoreReadSql[] = "SELECT media_type, bytes FROM evidence WHERE sha256 = ?";
} // namespace

Result<bool> evidenceExists(sqlite::Database& db, const std::string& sha256) {
    auto st = db.cached(kEvidenceStoreExistsSql);
    if (!st) return st.error();
    (*st)->bind(1, sha256);
    return sqlite::hasRow(**st);
}

Result<bool> insertEvidence(sqlite::Database& db, const EvidenceFile& file, const std::string& receivedDay,
                            const std::string& deviceId) {
    auto st = db.cached(kEvidenceStoreInsertSql);
    if (!st) return st.error();
    (*st)->bind(1, file.sha256).bind(2, file.mediaType).bind(3, static_cast<std::int64_t>(file.bytes.size()));
    (*st)->bindBlob(4, file.bytes.data(), file.bytes.size()).bind(5, receivedDay).bind(6, deviceId);
    if (auto s = (*st)->run(); !s) return s.error();
    return db.changes() > 0;
}

Result<std::optional<EvidenceFile>> readEvidence(sqlite::Database& db, const std::string& sha256) {
    auto st = db.cached(kEvidenceStoreReadSql);
    if (!st) return st.error();
    (*st)->bind(1, sha256);
    return sqlite::firstRow(**st, [&](const sqlite::Statement& row) {
        return EvidenceFile{sha256, row.columnText(0), row.columnBlob(1)};
    });
}

Result<std::vector<std::string>> missingEvidence(sqlite::Database& db, const std::vector<std::string>& wanted) {
    std::vector<std::string> missing;
    std::set<std::string> seen;
    for (const auto& hash : wanted) {
        if (!seen.insert(hash).second) continue;
        auto exists = evidenceExists(db, hash);
        if (!exists) return exists.error();
        if (!*exists) missing.push_back(hash);
    }
    return missing;
}

} // namespace nok::server
