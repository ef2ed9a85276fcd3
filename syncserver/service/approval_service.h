// The public council's decision on a campaign's results (issue 14, part 3). `campaign approve`
// freezes the campaign: every later data change (dataset or paper CSV import, sync batch items,
// web responses, expert records) is refused with the code "campaign_approved" and a message
// naming the protocol, until `campaign reopen` withdraws the approval with a reason. Both events
// are kept in the approval history and the audit trail. The council's proposals (free text shown
// in the printable report) are kept here too; they are not campaign data, so an approval does
// not freeze them.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/approval_store.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace nok::server {

struct Actor {
    std::string name;       // "cli" or the user's name
    std::string day;        // YYYY-MM-DD (UTC)
    std::int64_t at = 0;    // unix seconds, for the audit trail
};

// Errors: unknown_campaign (field --campaign), invalid_argument (empty protocol, --protocol),
// already_approved.
[[nodiscard]] Result<Approval> approveCampaign(sqlite::Database& db, const std::string& campaign,
                                               const std::string& protocol, const Actor& actor);
// Errors: unknown_campaign, invalid_argument (empty reason, --reason), not_approved.
[[nodiscard]] Status reopenCampaign(sqlite::Database& db, const std::string& campaign,
                                    const std::string& reason, const Actor& actor);

// Ok when the campaign may change; otherwise the error "campaign_approved" saying since when,
// by which protocol, and how to withdraw it. Call it inside the write transaction.
[[nodiscard]] Status refuseIfApproved(sqlite::Database& db, const std::string& campaign);
// The same text without the code, for a per-item sync reason.
[[nodiscard]] std::string approvedMessage(const Approval& approval);

// The results' "approval" block: {"protocol", "approved_on", "approved_by"} or null.
[[nodiscard]] nlohmann::json approvalJson(const std::optional<Approval>& approval);

// Errors: unknown_campaign, invalid_argument (text longer than 20,000 characters, field text).
[[nodiscard]] Status setProposals(sqlite::Database& db, const std::string& campaign,
                                  const std::string& text, const Actor& actor);

} // namespace nok::server
