// The seam between the web pages and the rest of nok-server. The web layer (questionnaire and
// council dashboard) never touches SQL or scoring itself: it calls these callbacks, which
// `serve` wires to the real services and tests wire to fakes or to a temporary database.
// A callback left empty makes its feature answer 503 with a clear page, never crash.
#pragma once

#include "nok/result.h"
#include "web/streamed_document.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nok::web {

struct OrgSummary {
    std::string id;
    std::string name;
    std::string category;
};

struct CampaignInfo {
    std::string id;
    std::string title;
    std::string region;
    int year = 0;
    std::string questionnaire = "social-675n/1"; // key of the definition respondents answer
    std::vector<OrgSummary> organizations;       // in a stable order (by name)
};

struct CouncilUser {
    std::string name;
    std::string role; // "council" or "admin" may open the dashboard
};

struct WebAnswers {
    std::string campaign;
    std::string org;
    std::string lang;       // the language the respondent used (not stored in the payload)
    nlohmann::json answers; // already validated against the campaign's questionnaire
    std::string invitation; // the code as typed, "" when the organisation needs none; spent by
                            // submitWebResponse in the transaction that stores the answers
};

struct WebOptions {
    bool tls = false;        // adds Secure to cookies
    int rateLimitCount = 20; // questionnaire POSTs per address per window
    std::int64_t rateLimitWindowSeconds = 600;
    std::int64_t sessionTtlSeconds = 8 * 3600; // council sessions, from sign-in
    // Wrong invitation codes per address: a bucket of this many, refilled over the window.
    int invitationFailures = 10;
    std::int64_t invitationWindowSeconds = 600;
    // Seconds on a monotonic clock; tests substitute their own to expire sessions.
    std::function<std::int64_t()> now;
};

// An evidence photo as stored (its type was checked by magic bytes on upload).
struct EvidenceImage {
    std::string mediaType; // image/jpeg | image/png
    std::string bytes;
};

struct WebContext {
    std::function<Result<std::vector<CampaignInfo>>()> listCampaigns;
    std::function<Result<std::optional<CampaignInfo>>(const std::string& campaign)> campaignInfo;
    // Stores a web response (channel "web", signed by the server key); returns its id. When the
    // organisation needs a code, it is spent in the same transaction; an unusable one gives the
    // error codes of checkInvitation and nothing is stored.
    std::function<Result<std::string>(const WebAnswers& answers)> submitWebResponse;
    // CONTRACTS.md results JSON (plus indicator_details, shortcomings, summary when available).
    std::function<Result<nlohmann::json>(const std::string& campaign)> resultsJson;
    // The campaign page's view of the results: every organisation in the brief form (id, name,
    // category, respondents, criteria, total, rank, rank_in_category, reason, warnings) plus
    // campaign, methodology, categories, region and summary; shared, computed once per change of
    // the campaign's data. Unset: the pages use resultsJson.
    std::function<Result<std::shared_ptr<const nlohmann::json>>(const std::string& campaign)>
        rankingJson;
    // One organisation's full results object (as in resultsJson), nullopt when the campaign has
    // no such organisation. Unset: the page finds it in resultsJson.
    std::function<Result<std::optional<nlohmann::json>>(const std::string& campaign,
                                                        const std::string& org)>
        organizationResult;
    // `excelRu`: the Russian Excel dialect (the dashboard's default); else the standard CSV.
    std::function<Result<std::string>(const std::string& campaign, bool excelRu)> resultsCsv;
    // The results JSON download (indented by 2), written as it is sent: the tree of 5,000
    // organisations dumped whole took about 1 GB of the server. Unset: resultsJson is dumped.
    std::function<Result<DocumentWriter>(const std::string& campaign)> resultsJsonDocument;
    // The printable report, written as it is sent (web/streamed_document.h).
    std::function<Result<DocumentWriter>(const std::string& campaign)> resultsHtml;
    // {"suggestions": ["..."], "expert": <newest expert record JSON or null>, "check": <the newest
    // device check: {"id", "operator", "recorded_at", "version", "newest_version", "items": [{"id",
    // "name", "present", "note", "operator", "checked_at", "evidence": [sha256...]}]} or null>}
    std::function<Result<nlohmann::json>(const std::string& campaign, const std::string& org)>
        organizationExtras;
    // Each organisation's plan progress: {org id: {"items", "done", "overdue"}}, organisations
    // without a plan absent. Unset: the campaign page has no plans section. (The plan itself
    // reaches the organisation's page as organizationExtras' "plan".)
    std::function<Result<nlohmann::json>(const std::string& campaign)> planProgress;
    // Error "unauthorized" for an unknown token; any role is returned, the pages check it.
    std::function<Result<CouncilUser>(const std::string& token)> authenticateCouncilToken;
    // True when the organisation has issued invitation codes, so its form needs one. An error
    // makes the form answer 503: a form is never opened by mistake. Unset: no form needs one.
    std::function<Result<bool>(const std::string& campaign, const std::string& org)>
        requiresInvitation;
    // Checks a code without spending it. Errors: "invitation_required", "invitation_malformed",
    // "invitation_unknown", "invitation_used", "invitation_other_org".
    std::function<Status(const std::string& campaign, const std::string& org,
                         const std::string& code)>
        checkInvitation;
    // The evidence photo with this sha256 (lowercase hex), or nullopt when none is stored.
    std::function<Result<std::optional<EvidenceImage>>(const std::string& sha256)> evidenceImage;
    // The council's proposals for a campaign ("" when none), and saving them (by a signed-in
    // council or admin user; audited). Errors: "unknown_campaign", "invalid_argument".
    std::function<Result<std::string>(const std::string& campaign)> proposals;
    std::function<Status(const std::string& campaign, const std::string& text,
                         const std::string& user)>
        saveProposals;
    WebOptions options;
};

} // namespace nok::web
