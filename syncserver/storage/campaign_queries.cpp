#include "storage/campaign_queries.h"

namespace nok::server {

namespace {

constexpr char kCampaignQueriesOrgExistsSql[] = "SELECT 1 FROM organizations WHERE id = ? LIMIT 1";
constexpr char kCampaignQueriesCurrentSql[] =
    "SELECT o.id, o.name, o.category, o.campaign, c.questionnaire, o.recipients, c.max_per_day "
    "FROM organizations o "
    "JOIN campaigns c ON c.id = o.campaign WHERE o.id = ? ORDER BY c.created_seq DESC LIMIT 1";
constexpr char kCampaignQueriesInCampaignSql[] =
    "SELECT o.id, o.name, o.category, o.campaign, c.questionnaire, o.recipients, c.max_per_day "
    "FROM organizations o "
    "JOIN campaigns c ON c.id = o.campaign WHERE o.campaign = ? AND o.id = ?";
constexpr char kCampaignQueriesCampaignExistsSql[] = "SELECT 1 FROM campaigns WHERE id = ?";
constexpr char kCampaignQueriesListCampaignsSql[] =
    "SELECT c.id, c.title, c.region, c.year, c.methodology, "
    "(SELECT count(*) FROM organizations o WHERE o.campaign = c.id), "
    "(SELECT coalesce(sum(n.complete), 0) FROM response_counts n WHERE n.campaign = c.id) "
    "FROM campaigns c ORDER BY c.created_seq DESC";

Result<bool> exists(sqlite::Database& db, const char* sql, const std::string& key) {
    auto st = db.cached(sql);
    if (!st) return st.error();
    (*st)->bind(1, key);
    return sqlite::hasRow(**st);
}

Result<std::optional<OrgInCampaign>> readOrg(sqlite::Statement& st) {
    return sqlite::firstRow(st, [](const sqlite::Statement& row) {
        return OrgInCampaign{row.columnText(0), row.columnText(1), row.columnText(2),
                             row.columnText(3), row.columnText(4), row.columnInt(5),
                             row.columnInt(6)};
    });
}

} // namespace

Result<bool> organizationExists(sqlite::Database& db, const std::string& org) {
    return exists(db, kCampaignQueriesOrgExistsSql, org);
}

Result<bool> campaignExists(sqlite::Database& db, const std::string& campaign) {
    return exists(db, kCampaignQueriesCampaignExistsSql, campaign);
}

Result<std::vector<CampaignListing>> listCampaigns(sqlite::Database& db) {
    auto st = db.prepare(kCampaignQueriesListCampaignsSql);
    if (!st) return st.error();
    return sqlite::collectRows<CampaignListing>(*st, [](const sqlite::Statement& row) {
        return CampaignListing{row.columnText(0), row.columnText(1), row.columnText(2),
                               row.columnInt(3),  row.columnText(4), row.columnInt(5),
                               row.columnInt(6)};
    });
}

Result<std::optional<OrgInCampaign>> currentCampaignOf(sqlite::Database& db,
                                                       const std::string& org) {
    auto st = db.cached(kCampaignQueriesCurrentSql);
    if (!st) return st.error();
    (*st)->bind(1, org);
    return readOrg(**st);
}

Result<std::optional<OrgInCampaign>>
orgInCampaign(sqlite::Database& db, const std::string& campaign, const std::string& org) {
    auto st = db.cached(kCampaignQueriesInCampaignSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    return readOrg(**st);
}

} // namespace nok::server
