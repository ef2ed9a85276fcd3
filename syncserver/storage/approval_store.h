// The council's approval of a campaign, its history and the council's proposals (tables
// campaign_approvals, campaign_approval_history, campaign_proposals of sql/0011). SQL only: the
// decisions (who may approve, what an approval refuses) are service/approval_service.h's. Writes
// run in the caller's transaction.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <optional>
#include <string>

namespace nok::server {

struct Approval {
    std::string campaign;
    std::string protocol;   // "№ 12 от 28.09.2026"
    std::string approvedOn; // YYYY-MM-DD
    std::string approvedBy; // "cli" or a user name
};

struct Proposals {
    std::string campaign;
    std::string text;
    std::string updatedOn;
    std::string updatedBy;
};

[[nodiscard]] Result<std::optional<Approval>> findApproval(sqlite::Database& db,
                                                           const std::string& campaign);
[[nodiscard]] Status insertApproval(sqlite::Database& db, const Approval& approval);
[[nodiscard]] Status deleteApproval(sqlite::Database& db, const std::string& campaign);
// action "approve" (with protocol) or "reopen" (with reason).
[[nodiscard]] Status appendApprovalHistory(sqlite::Database& db, const std::string& campaign,
                                           const std::string& action,
                                           const std::optional<std::string>& protocol,
                                           const std::optional<std::string>& reason,
                                           const std::string& day, const std::string& actor);

[[nodiscard]] Result<std::optional<Proposals>> findProposals(sqlite::Database& db,
                                                             const std::string& campaign);
[[nodiscard]] Status saveProposals(sqlite::Database& db, const Proposals& proposals);

} // namespace nok::server
