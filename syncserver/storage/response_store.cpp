#include "storage/response_store.h"

namespace nok::server {

namespace {

constexpr char kFindSql[] = "SELECT content_hash FROM responses WHERE id = ?";
constexpr char kInsertSql[] =
    "INSERT INTO responses (id, campaign, org, channel, questionnaire, day, source, device_id, seq, "
    "payload, sig, content_hash, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char kQuarantineSql[] =
    "INSERT INTO quarantine (response_id, source, device_id, payload, sig, reason, content_hash) "
    "VALUES (?, ?, ?, ?, ?, 'conflict', ?) ON CONFLICT (response_id, content_hash) DO NOTHING";

void bindSignature(sqlite::Statement& st, int index, const std::optional<crypto::Bytes>& sig) {
    if (sig) st.bindBlob(index, sig->data(), sig->size());
    else st.bindNull(index);
}

} // namespace

std::string_view toString(InsertOutcome outcome) {
    switch (outcome) {
    case InsertOutcome::Stored: return "stored";
    case InsertOutcome::Duplicate: return "duplicate";
    case InsertOutcome::Conflict: return "conflict";
    }
    return "unknown";
}

Result<InsertOutcome> insertResponse(sqlite::Database& db, const NewResponse& r) {
    const std::string hash = crypto::sha256Hex(r.payload);
    auto find = db.cached(kFindSql);
    if (!find) return find.error();
    (*find)->bind(1, r.id);
    auto row = (*find)->step();
    if (!row) return row.error();
    if (*row) {
        const std::string existing = (*find)->columnText(0);
        (*find)->reset();
        if (existing == hash) return InsertOutcome::Duplicate;
        auto q = db.cached(kQuarantineSql);
        if (!q) return q.error();
        auto& st = **q;
        st.bind(1, r.id).bind(2, r.source).bind(3, r.deviceId);
        st.bindBlob(4, r.payload.data(), r.payload.size());
        bindSignature(st, 5, r.signature);
        st.bind(6, hash);
        if (auto s = st.run(); !s) return s.error();
        return InsertOutcome::Conflict;
    }
    (*find)->reset();
    auto ins = db.cached(kInsertSql);
    if (!ins) return ins.error();
    auto& st = **ins;
    st.bind(1, r.id).bind(2, r.campaign).bind(3, r.org).bind(4, r.channel).bind(5, r.questionnaire).bind(6, r.day);
    st.bind(7, r.source).bind(8, r.deviceId).bind(9, r.seq);
    st.bindBlob(10, r.payload.data(), r.payload.size());
    bindSignature(st, 11, r.signature);
    st.bind(12, hash).bind(13, r.answersJson);
    if (auto s = st.run(); !s) return s.error();
    return InsertOutcome::Stored;
}

Result<std::optional<std::string>> storedContentHash(sqlite::Database& db, const std::string& id) {
    auto find = db.cached(kFindSql);
    if (!find) return find.error();
    (*find)->bind(1, id);
    auto row = (*find)->step();
    if (!row) return row.error();
    std::optional<std::string> hash;
    if (*row) hash = (*find)->columnText(0);
    (*find)->reset();
    return hash;
}

Result<bool> responseExists(sqlite::Database& db, const std::string& id) {
    auto find = db.cached(kFindSql);
    if (!find) return find.error();
    (*find)->bind(1, id);
    auto row = (*find)->step();
    if (!row) return row.error();
    const bool found = *row;
    (*find)->reset();
    return found;
}

} // namespace nok::server
