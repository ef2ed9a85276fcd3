// Invitations for remote respondents: an admin or operator issues a batch of single-use codes
// for one organisation of a campaign (CLI `invite create`, API POST .../invitations); the web
// questionnaire checks a code without using it and spends it in the same transaction that
// stores the response (service/web_response_service). The rule for which forms need a code: an
// organisation that has issued at least one code needs one; others stay open to anyone with the
// link. What is stored, and why it cannot link a code to a response: sql/0004_invitations.sql.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/invitation_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::server {

constexpr int kMaxInvitationsPerBatch = 1000;

struct IssuedInvitations {
    std::string batch;
    std::string campaign, campaignTitle;
    std::string org, orgName;
    std::string createdDay;
    std::vector<std::string> codes; // the plain codes: shown once, never stored
};

// Errors: "invalid_argument" (field count) outside 1..1000, "unknown_campaign" (field campaign),
// "unknown_org" (field org). One transaction: the batch, the code hashes and an audit record
// ("invitation.create", target "<campaign>/<org> <batch> ×N").
[[nodiscard]] Result<IssuedInvitations> issueInvitations(sqlite::Database& db,
                                                         const std::string& campaign,
                                                         const std::string& org, int count,
                                                         const std::string& actor,
                                                         std::int64_t now);

// The address printed on the sheet must be an absolute http(s) URL of at most 200 bytes without
// spaces or control characters; error "invalid_argument" naming `field` otherwise.
[[nodiscard]] Status checkBaseUrl(std::string_view url, const std::string& field);

// True when the organisation's web form needs a code (it has issued at least one).
[[nodiscard]] Result<bool> invitationRequired(sqlite::Database& db, const std::string& campaign,
                                              const std::string& org);

// Checks a typed code for this campaign and organisation without using it. Errors (field
// "invitation"): "invitation_required" (empty), "invitation_malformed" (cannot be a code),
// "invitation_unknown", "invitation_used", "invitation_other_org" (issued for another
// organisation or campaign).
[[nodiscard]] Status checkInvitation(sqlite::Database& db, const std::string& campaign,
                                     const std::string& org, const std::string& typed);

// checkInvitation, then spends the code. The caller holds the transaction that also stores the
// response, so either both happen or neither.
[[nodiscard]] Status spendInvitation(sqlite::Database& db, const std::string& campaign,
                                     const std::string& org, const std::string& typed);

// Issued and used counts per organisation and batch; never which code, never when.
// Errors: "unknown_campaign", "unknown_org".
[[nodiscard]] Result<std::vector<InvitationCount>>
invitationCounts(sqlite::Database& db, const std::string& campaign,
                 const std::optional<std::string>& org);

} // namespace nok::server
