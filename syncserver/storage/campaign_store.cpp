#include "storage/campaign_store.h"

namespace nok::server {

namespace {

constexpr char kCampaignStoreFindCampaignSql[] =
    "SELECT id, title, region, year, methodology, questionnaire, previous, max_per_day "
    "FROM campaigns WHERE id = ?";
// created_seq only grows: an update keeps the campaign's place in import order.
constexpr char kCampaignStoreUpsertCampaignSql[] =
    "INSERT INTO campaigns (id, title, region, year, methodology, questionnaire, previous, "
    "max_per_day, "
    "created_seq) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(created_seq), 0) + 1 FROM campaigns)) "
    "ON CONFLICT (id) DO UPDATE SET title = excluded.title, region = excluded.region, "
    "year = excluded.year, methodology = excluded.methodology, "
    "questionnaire = excluded.questionnaire, previous = excluded.previous, "
    "max_per_day = excluded.max_per_day "
    "WHERE title IS NOT excluded.title OR region IS NOT excluded.region "
    "OR year IS NOT excluded.year OR methodology IS NOT excluded.methodology "
    "OR questionnaire IS NOT excluded.questionnaire OR previous IS NOT excluded.previous "
    "OR max_per_day IS NOT excluded.max_per_day";
constexpr char kCampaignStoreFindOrgSql[] = "SELECT campaign, id, name, category, recipients FROM organizations "
                               "WHERE campaign = ? AND id = ?";
constexpr char kCampaignStoreListOrgsSql[] =
    "SELECT campaign, id, name, category, recipients FROM organizations "
    "WHERE campaign = ? ORDER BY id";
constexpr char kCampaignStoreOrgIdExistsSql[] = "SELECT 1 FROM organizations WHERE id = ? LIMIT 1";
constexpr char kCampaignStoreUpsertOrgSql[] =
    "INSERT INTO organizations (campaign, id, name, category, recipients) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (campaign, id) DO UPDATE SET name = excluded.name, "
    "category = excluded.category, recipients = excluded.recipients "
    "WHERE name IS NOT excluded.name OR category IS NOT excluded.category "
    "OR recipients IS NOT excluded.recipients";

OrganizationRecord readOrgRecord(const sqlite::Statement& st) {
    return {st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3),
            st.columnInt(4)};
}

} // namespace

Result<std::optional<CampaignRecord>> findCampaign(sqlite::Database& db, const std::string& id) {
    auto st = db.cached(kCampaignStoreFindCampaignSql);
    if (!st) return st.error();
    (*st)->bind(1, id);
    return sqlite::firstRow(**st, [](const sqlite::Statement& s) {
        return CampaignRecord{.id = s.columnText(0),
                              .title = s.columnText(1),
                              .region = s.columnText(2),
                              .year = s.columnInt(3),
                              .methodology = s.columnText(4),
                              .questionnaire = s.columnText(5),
                              .previous = s.columnOptionalText(6),
                              .maxPerDay = s.columnInt(7)};
    });
}

Result<bool> organizationIdExists(sqlite::Database& db, const std::string& id) {
    auto st = db.cached(kCampaignStoreOrgIdExistsSql);
    if (!st) return st.error();
    (*st)->bind(1, id);
    return sqlite::hasRow(**st);
}

Result<bool> upsertCampaign(sqlite::Database& db, const CampaignRecord& c) {
    auto st = db.cached(kCampaignStoreUpsertCampaignSql);
    if (!st) return st.error();
    (*st)->bind(1, c.id).bind(2, c.title).bind(3, c.region).bind(4, c.year);
    (*st)->bind(5, c.methodology).bind(6, c.questionnaire).bind(7, c.previous);
    (*st)->bind(8, c.maxPerDay);
    if (auto s = (*st)->run(); !s) return s.error();
    return db.changes() > 0;
}

Result<std::optional<OrganizationRecord>>
findOrganization(sqlite::Database& db, const std::string& campaign, const std::string& id) {
    auto st = db.cached(kCampaignStoreFindOrgSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, id);
    return sqlite::firstRow(**st, readOrgRecord);
}

Result<std::vector<OrganizationRecord>> listOrganizations(sqlite::Database& db,
                                                          const std::string& campaign) {
    auto st = db.cached(kCampaignStoreListOrgsSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    return sqlite::collectRows<OrganizationRecord>(**st, readOrgRecord);
}

Result<bool> upsertOrganization(sqlite::Database& db, const OrganizationRecord& o) {
    auto st = db.cached(kCampaignStoreUpsertOrgSql);
    if (!st) return st.error();
    (*st)->bind(1, o.campaign).bind(2, o.id).bind(3, o.name).bind(4, o.category);
    (*st)->bind(5, o.recipients);
    if (auto s = (*st)->run(); !s) return s.error();
    return db.changes() > 0;
}

} // namespace nok::server
