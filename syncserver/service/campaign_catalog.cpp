#include "service/campaign_catalog.h"

namespace nok::server {

// Plain reads today: the service is the one place handlers and pages reach them through, so a
// rule (say, hiding a withdrawn campaign) has one home.
Result<std::vector<CampaignListing>> campaignCatalog(sqlite::Database& db) {
    return listCampaigns(db);
}

Result<std::vector<WebCampaign>> campaignsWithOrganizations(sqlite::Database& db) {
    return listWebCampaigns(db);
}

Result<std::optional<WebCampaign>> campaignWithOrganizations(sqlite::Database& db,
                                                             const std::string& id) {
    return findWebCampaign(db, id);
}

Result<std::vector<std::string>>
organizationSuggestions(sqlite::Database& db, const std::string& campaign, const std::string& org) {
    return suggestionsOf(db, campaign, org);
}

} // namespace nok::server
