#include "storage/web_queries.h"

namespace nok::server {

namespace {

constexpr char kWebQueriesCampaignsSql[] =
    "SELECT id, title, region, year, questionnaire FROM campaigns ORDER BY created_seq DESC, id";
constexpr char kWebQueriesCampaignSql[] =
    "SELECT id, title, region, year, questionnaire FROM campaigns WHERE id = ?";
constexpr char kWebQueriesOrgsSql[] =
    "SELECT id, name, category FROM organizations WHERE campaign = ? ORDER BY name, id";
constexpr char kWebQueriesSuggestionsSql[] =
    "SELECT json_extract(answers, '$.suggestions') FROM responses "
    "WHERE campaign = ? AND org = ? AND json_type(answers, '$.suggestions') = 'text' "
    "AND trim(json_extract(answers, '$.suggestions')) <> '' ORDER BY 1";
constexpr char kWebQueriesExpertSql[] = "SELECT record FROM expert_records WHERE campaign = ? AND org = ? "
                              "ORDER BY version DESC LIMIT 1";
constexpr char kWebQueriesNextSeqSql[] =
    "SELECT COALESCE(MAX(seq), 0) + 1 FROM responses WHERE source = 'web'";

Status loadOrgs(sqlite::Database& db, WebCampaign& c) {
    auto st = db.prepare(kWebQueriesOrgsSql);
    if (!st) return st.error();
    st->bind(1, c.id);
    return sqlite::forEachRow(*st, [&](const sqlite::Statement& row) {
        c.organizations.push_back({row.columnText(0), row.columnText(1), row.columnText(2)});
    });
}

WebCampaign campaignFromRow(const sqlite::Statement& st) {
    WebCampaign c;
    c.id = st.columnText(0);
    c.title = st.columnText(1);
    c.region = st.columnText(2);
    c.year = static_cast<int>(st.columnInt(3));
    c.questionnaire = st.columnText(4);
    return c;
}

} // namespace

Result<std::vector<WebCampaign>> listWebCampaigns(sqlite::Database& db) {
    auto st = db.prepare(kWebQueriesCampaignsSql);
    if (!st) return st.error();
    auto out = sqlite::collectRows<WebCampaign>(*st, campaignFromRow);
    if (!out) return out.error();
    for (auto& c : *out)
        if (auto s = loadOrgs(db, c); !s) return s.error();
    return out;
}

Result<std::optional<WebCampaign>> findWebCampaign(sqlite::Database& db, const std::string& id) {
    auto st = db.prepare(kWebQueriesCampaignSql);
    if (!st) return st.error();
    st->bind(1, id);
    auto found = sqlite::firstRow(*st, campaignFromRow);
    if (!found) return found.error();
    if (!*found) return std::optional<WebCampaign>();
    if (auto s = loadOrgs(db, **found); !s) return s.error();
    return found;
}

Result<std::vector<std::string>> suggestionsOf(sqlite::Database& db, const std::string& campaign,
                                               const std::string& org) {
    auto st = db.cached(kWebQueriesSuggestionsSql); // once per organisation in a streamed report
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    return sqlite::collectRows<std::string>(
        **st, [](const sqlite::Statement& row) { return row.columnText(0); });
}

Result<std::optional<std::string>>
newestExpertRecord(sqlite::Database& db, const std::string& campaign, const std::string& org) {
    auto st = db.prepare(kWebQueriesExpertSql);
    if (!st) return st.error();
    st->bind(1, campaign).bind(2, org);
    return sqlite::firstRow(*st, [](const sqlite::Statement& row) { return row.columnText(0); });
}

Result<std::int64_t> nextWebSeq(sqlite::Database& db) {
    auto st = db.prepare(kWebQueriesNextSeqSql);
    if (!st) return st.error();
    return sqlite::firstInt(*st);
}

} // namespace nok::server
