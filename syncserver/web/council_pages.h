// Pages of the council dashboard (Russian; the council works in Russian): sign-in, the list of
// campaigns, a campaign's rankings (the region and each category, criteria columns, sortable by
// server-side links), charts and regional summary, and an organisation's page. All of them take
// the results JSON of CONTRACTS.md as it is (missing extras are shown as "no data") and escape
// every text from it.
#pragma once

#include "web/labels.h"
#include "web/web_context.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace nok::web {

struct CouncilFrame {
    std::string userName;  // empty on the sign-in page
    std::string csrfToken; // for the sign-out form
};

struct SortOrder {
    std::string key = "rank"; // rank | name | respondents | total | a criterion id ("K1")
    bool descending = false;
};

// Unknown keys fall back to the default order.
[[nodiscard]] SortOrder parseSortOrder(const std::string& key, const std::string& dir,
                                       const std::vector<std::string>& criteria);
// Organisations (JSON objects) in that order; nulls always last, then by name.
[[nodiscard]] std::vector<nlohmann::json> sortedOrganizations(const nlohmann::json& organizations,
                                                              const SortOrder& order);

[[nodiscard]] std::string renderSignInPage(const std::string& csrfToken, const std::string& error);
[[nodiscard]] std::string renderCampaignListPage(const CouncilFrame& frame,
                                                 const std::vector<CampaignInfo>& campaigns);
[[nodiscard]] std::string renderCampaignPage(const CouncilFrame& frame,
                                             const CampaignInfo& campaign,
                                             const nlohmann::json& results, const SortOrder& order,
                                             const Labels& labels = {},
                                             const nlohmann::json& planProgress = nullptr);
[[nodiscard]] std::string renderOrganizationPage(const CouncilFrame& frame,
                                                 const CampaignInfo& campaign,
                                                 const nlohmann::json& organization,
                                                 const nlohmann::json& extras,
                                                 const Labels& labels = {});
// The organisation's plan (extras["plan"]: nok-plan/1 with "overdue" on each item) and, for the
// campaign page, each organisation's plan progress ({org id: {"items", "done", "overdue"}}).
[[nodiscard]] std::string planSectionHtml(const nlohmann::json& plan);
[[nodiscard]] std::string planProgressSectionHtml(const CampaignInfo& campaign,
                                                  const nlohmann::json& progress);
[[nodiscard]] std::string renderCouncilMessage(const CouncilFrame& frame, const std::string& title,
                                               const std::string& message);

// Shared by the council pages (council_common.cpp).
[[nodiscard]] std::string councilPage(const CouncilFrame& frame, const std::string& title,
                                      const std::string& mainHtml);
[[nodiscard]] std::string campaignPath(const std::string& campaignId);
// The council's approval as a notice (results' "approval" block; "not yet approved" for null).
[[nodiscard]] std::string approvalNotice(const nlohmann::json& approval);
// The council's proposals form on the campaign page (POST …/proposals with the CSRF token).
[[nodiscard]] std::string proposalsForm(const CouncilFrame& frame, const std::string& campaignId,
                                        const std::string& text, bool saved);
[[nodiscard]] std::optional<double> numberAt(const nlohmann::json& object, const std::string& key);
[[nodiscard]] std::string textAt(const nlohmann::json& object, const std::string& key);
[[nodiscard]] std::vector<std::string> criterionIds(const nlohmann::json& results);

} // namespace nok::web
