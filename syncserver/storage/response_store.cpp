#include "storage/response_store.h"

namespace nok::server {

namespace {

constexpr char kFindSql[] = "SELECT content_hash FROM responses WHERE id = ?";
constexpr char kInsertSql[] =
    "INSERT INTO responses (id, campaign, org, channel, questionnaire, day, source, device_id, seq, "
    "payload, sig, content_hash, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO NOTHING";
constexpr char kQuarantineSql[] =
    "INSERT INTO quarantine (response_id, source, device_id, payload, sig, reason, content_hash) "
    "VALUES (?, ?, ?, ?, ?, 'conflict', ?) ON CONFLICT (response_id, content_hash) DO NOTHING";

constexpr char kTallySql[] =
    "INSERT INTO answer_tallies (campaign, org, question, value, count) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (campaign, org, question, value) DO UPDATE SET count = count + excluded.count";
constexpr char kCompleteSql[] =
    "INSERT INTO response_counts (campaign, org, complete) VALUES (?, ?, ?) "
    "ON CONFLICT (campaign, org) DO UPDATE SET complete = complete + excluded.complete";

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

std::vector<std::pair<std::string, std::string>> yesNoAnswersOf(const nlohmann::json& answers) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!answers.is_object()) return out;
    for (const auto& [question, value] : answers.items())
        if (value.is_string()) {
            const auto& text = value.get_ref<const std::string&>();
            if (text == "yes" || text == "no") out.emplace_back(question, text);
        }
    return out;
}

void TallyBatch::countAnswer(OrgTally& tally, std::string_view question, std::string_view value) {
    auto it = tally.yesNo.find(question);
    if (it == tally.yesNo.end())
        it = tally.yesNo.emplace(std::string(question), std::array<std::int64_t, 2>{}).first;
    ++it->second[value == "yes" ? 0 : 1];
}

NewResponse NewResponse::fromSigned(const survey::ResponsePayload& p, std::string source,
                                    std::optional<std::string> deviceId, survey::SignedItem signedItem,
                                    std::string answersJson) {
    NewResponse r;
    r.id = p.id;
    r.campaign = p.campaign;
    r.org = p.org;
    r.channel = p.channel;
    r.questionnaire = p.questionnaire;
    r.day = p.day;
    r.source = std::move(source);
    r.deviceId = std::move(deviceId);
    r.seq = p.seq;
    r.payload = std::move(signedItem.payload);
    r.signature = std::move(signedItem.sig);
    r.answersJson = std::move(answersJson);
    return r;
}

Status TallyBatch::add(const NewResponse& r) {
    auto& tally = m_orgs[{r.campaign, r.org}];
    if (r.yesNoAnswers) {
        for (const auto& [question, value] : *r.yesNoAnswers)
            countAnswer(tally, question, value);
    } else {
        auto answers = nlohmann::json::parse(r.answersJson, nullptr, false);
        if (!answers.is_object())
            return makeError("invalid_answers", "the stored answers are not a JSON object",
                             "answers");
        for (const auto& [question, value] : yesNoAnswersOf(answers))
            countAnswer(tally, question, value);
    }
    ++tally.complete;
    return {};
}

Status TallyBatch::apply(sqlite::Database& db) {
    auto tally = db.cached(kTallySql);
    if (!tally) return tally.error();
    auto complete = db.cached(kCompleteSql);
    if (!complete) return complete.error();
    for (const auto& [org, counts] : m_orgs) {
        const auto& [campaign, orgId] = org;
        for (const auto& [question, yesNo] : counts.yesNo)
            for (int v = 0; v < 2; ++v) {
                if (yesNo[v] == 0) continue;
                (*tally)->bind(1, campaign).bind(2, orgId).bind(3, question);
                (*tally)->bind(4, v == 0 ? "yes" : "no").bind(5, yesNo[v]);
                if (auto s = (*tally)->run(); !s) return s.error();
            }
        (*complete)->bind(1, campaign).bind(2, orgId).bind(3, counts.complete);
        if (auto s = (*complete)->run(); !s) return s.error();
    }
    m_orgs.clear();
    return {};
}

Result<InsertOutcome> insertResponse(sqlite::Database& db, const NewResponse& r) {
    TallyBatch tallies;
    auto outcome = insertResponse(db, r, tallies);
    if (!outcome) return outcome;
    if (auto s = tallies.apply(db); !s) return s.error();
    return outcome;
}

Result<InsertOutcome> insertResponse(sqlite::Database& db, const NewResponse& r,
                                     TallyBatch& tallies) {
    const std::string hash = r.contentHash.empty() ? crypto::sha256Hex(r.payload) : r.contentHash;
    // Insert first: a new id (the usual case) then costs one index search instead of two.
    auto ins = db.cached(kInsertSql);
    if (!ins) return ins.error();
    auto& st = **ins;
    st.bind(1, r.id).bind(2, r.campaign).bind(3, r.org).bind(4, r.channel).bind(5, r.questionnaire);
    st.bind(6, r.day).bind(7, r.source).bind(8, r.deviceId).bind(9, r.seq);
    st.bindBlob(10, r.payload.data(), r.payload.size());
    bindSignature(st, 11, r.signature);
    st.bind(12, hash).bind(13, r.answersJson);
    if (auto s = st.run(); !s) return s.error();
    if (db.changes() == 1) {
        if (auto s = tallies.add(r); !s) return s.error();
        return InsertOutcome::Stored;
    }
    auto existing = storedContentHash(db, r.id);
    if (!existing) return existing.error();
    if (!*existing) return makeError("storage_failed", "response '" + r.id + "' was neither stored nor found");
    if (**existing == hash) return InsertOutcome::Duplicate;
    auto q = db.cached(kQuarantineSql);
    if (!q) return q.error();
    auto& quarantine = **q;
    quarantine.bind(1, r.id).bind(2, r.source).bind(3, r.deviceId);
    quarantine.bindBlob(4, r.payload.data(), r.payload.size());
    bindSignature(quarantine, 5, r.signature);
    quarantine.bind(6, hash);
    if (auto s = quarantine.run(); !s) return s.error();
    return InsertOutcome::Conflict;
}

Result<std::optional<std::string>> storedContentHash(sqlite::Database& db, const std::string& id) {
    auto find = db.cached(kFindSql);
    if (!find) return find.error();
    (*find)->bind(1, id);
    return sqlite::firstRow(**find, [](const sqlite::Statement& row) { return row.columnText(0); });
}

Result<bool> responseExists(sqlite::Database& db, const std::string& id) {
    auto find = db.cached(kFindSql);
    if (!find) return find.error();
    (*find)->bind(1, id);
    return sqlite::hasRow(**find);
}

} // namespace nok::server
