// Invitation codes for the web questionnaire (sql/0004): batches, code hashes and the `used`
// flag. Nothing here reads or writes a response, a time of use or an order of use; see the
// comment at the top of sql/0004_invitations.sql for why.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct InvitationBatchRecord {
    std::string id;
    std::string campaign;
    std::string org;
    std::string createdDay;
    std::string createdBy;
    std::int64_t issued = 0;
};

// The batch row and one row per code hash (the caller holds the transaction).
[[nodiscard]] Status insertInvitationBatch(sqlite::Database& db, const InvitationBatchRecord& batch,
                                           const std::vector<std::string>& codeHashes);

struct InvitationRecord {
    std::string campaign;
    std::string org;
    bool used = false;
};

[[nodiscard]] Result<std::optional<InvitationRecord>> findInvitation(sqlite::Database& db,
                                                                     const std::string& codeHash);
// Flips `used` on an unused code of this campaign and organisation; false when there is none
// (unknown, used, or another organisation's), so two racing submissions cannot both win.
[[nodiscard]] Result<bool> markInvitationUsed(sqlite::Database& db, const std::string& codeHash,
                                              const std::string& campaign, const std::string& org);
// True when the organisation of the campaign has issued at least one code.
[[nodiscard]] Result<bool> orgHasInvitations(sqlite::Database& db, const std::string& campaign,
                                             const std::string& org);

struct InvitationCount {
    std::string org;
    std::string batch;
    std::string createdDay;
    std::int64_t issued = 0;
    std::int64_t used = 0;
};

// Per organisation and batch, ordered by organisation, day of issue and batch id.
[[nodiscard]] Result<std::vector<InvitationCount>>
countInvitations(sqlite::Database& db, const std::string& campaign,
                 const std::optional<std::string>& org);

} // namespace nok::server
