// Campaigns and their organisations in the server database (tables campaigns, organizations).
// Reads return rows in a fixed order (by id); writes are upserts that report whether anything
// actually changed, so an import of an unchanged file writes nothing. Runs in the caller's
// transaction for writes; SQL only, no decisions.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct CampaignRecord {
    std::string id;
    std::string title;
    std::string region;
    std::int64_t year = 0;
    std::string methodology;   // "344n-social"
    std::string questionnaire; // "social-675n/1"
    // The campaign this one follows ("campaign": {"previous": "C1"} in the dataset): its
    // results compare with it by default (service/results_compare.h).
    std::optional<std::string> previous{};
    // Kiosk responses one device may store per payload day (sql/0008, service/daily_limits.h).
    std::int64_t maxPerDay = 200;

    bool operator==(const CampaignRecord&) const = default;
};

struct OrganizationRecord {
    std::string campaign;
    std::string id;
    std::string name;
    std::string category;
    std::int64_t recipients = 0;

    bool operator==(const OrganizationRecord&) const = default;
};

[[nodiscard]] Result<std::optional<CampaignRecord>> findCampaign(sqlite::Database& db,
                                                                 const std::string& id);
// Inserts (with the next created_seq) or updates a campaign; true when a row changed.
[[nodiscard]] Result<bool> upsertCampaign(sqlite::Database& db, const CampaignRecord& campaign);

[[nodiscard]] Result<std::optional<OrganizationRecord>>
findOrganization(sqlite::Database& db, const std::string& campaign, const std::string& id);
// All organisations of a campaign, by id.
[[nodiscard]] Result<std::vector<OrganizationRecord>>
listOrganizations(sqlite::Database& db, const std::string& campaign);
// True when some campaign has an organisation with this id (an `organization` user's scope).
[[nodiscard]] Result<bool> organizationIdExists(sqlite::Database& db, const std::string& id);
// Inserts or updates one organisation; true when a row changed.
[[nodiscard]] Result<bool> upsertOrganization(sqlite::Database& db, const OrganizationRecord& org);

} // namespace nok::server
