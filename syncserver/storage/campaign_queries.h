// Read-only lookups on the campaign tables of sql/0001 that enrolment and ingest need: does an
// organisation exist, which campaign is an organisation's current one (the newest by
// created_seq), and does a campaign contain an organisation.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct OrgInCampaign {
    std::string id;
    std::string name;
    std::string category;
    std::string campaign;
    std::string questionnaire; // the campaign's questionnaire key
    std::int64_t recipients = 0;
    std::int64_t maxPerDay = 200; // the campaign's daily limit per kiosk device (sql/0008)
};

[[nodiscard]] Result<bool> organizationExists(sqlite::Database& db, const std::string& org);
// The organisation as listed in the newest campaign that contains it.
[[nodiscard]] Result<std::optional<OrgInCampaign>> currentCampaignOf(sqlite::Database& db,
                                                                     const std::string& org);
// The organisation in that campaign; nullopt if the campaign does not exist or lacks the org.
[[nodiscard]] Result<std::optional<OrgInCampaign>>
orgInCampaign(sqlite::Database& db, const std::string& campaign, const std::string& org);
[[nodiscard]] Result<bool> campaignExists(sqlite::Database& db, const std::string& campaign);

struct CampaignListing {
    std::string id;
    std::string title;
    std::string region;
    std::int64_t year = 0;
    std::string methodology;
    std::int64_t organizations = 0;
    std::int64_t responses = 0; // stored (counted) responses; quarantined versions are not
};

// Every campaign, newest first.
[[nodiscard]] Result<std::vector<CampaignListing>> listCampaigns(sqlite::Database& db);

} // namespace nok::server
