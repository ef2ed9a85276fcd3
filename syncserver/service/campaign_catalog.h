// What the council and the web pages may read about campaigns without scoring anything: the
// campaign list of the council API (with organisation and response counts), the campaigns and
// organisations the web pages list, and an organisation's free-text suggestions (shown to the
// council, never scored). Read-only; each call runs in the caller's transaction.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/campaign_queries.h"
#include "storage/web_queries.h"

#include <optional>
#include <string>
#include <vector>

namespace nok::server {

// Every campaign with its counts, newest first (GET /api/v1/campaigns).
[[nodiscard]] Result<std::vector<CampaignListing>> campaignCatalog(sqlite::Database& db);
// Every campaign with its organisations (by name, then id), newest first.
[[nodiscard]] Result<std::vector<WebCampaign>> campaignsWithOrganizations(sqlite::Database& db);
// One campaign with its organisations; nullopt when there is no such campaign.
[[nodiscard]] Result<std::optional<WebCampaign>> campaignWithOrganizations(sqlite::Database& db,
                                                                           const std::string& id);
// The non-empty suggestions of an organisation's responses, sorted by text.
[[nodiscard]] Result<std::vector<std::string>>
organizationSuggestions(sqlite::Database& db, const std::string& campaign, const std::string& org);

} // namespace nok::server
