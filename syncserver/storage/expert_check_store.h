// Expert checks signed by devices (table expert_checks of sql/0003): stored with their exact
// payload bytes and signature, keyed by the check id. The same id with the same bytes is a
// duplicate; with other bytes a conflict, and that version goes to expert_check_quarantine.
// SQL only; writes run in the caller's transaction.
#pragma once

#include "nok/crypto/crypto.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct StoredExpertCheck {
    std::string id;
    std::string campaign;
    std::string org;
    std::string deviceId;
    std::string payload; // exact bytes
    std::string contentHash;
    std::string receivedDay;
    std::int64_t recordVersion = 0;
};

// The stored check with this id, if any.
[[nodiscard]] Result<std::optional<StoredExpertCheck>> findExpertCheck(sqlite::Database& db,
                                                                       const std::string& id);

// Inserts a new check (the caller made sure the id is not stored).
[[nodiscard]] Status insertExpertCheck(sqlite::Database& db, const StoredExpertCheck& check,
                                       const crypto::Bytes& sig);

// Keeps a conflicting version; a repeat of the same conflicting bytes is stored once.
[[nodiscard]] Status quarantineExpertCheck(sqlite::Database& db, const std::string& id,
                                           const std::string& deviceId, const std::string& payload,
                                           const crypto::Bytes& sig, const std::string& reason,
                                           const std::string& receivedDay);

// How many versions of this check id are in quarantine (tests and diagnostics).
[[nodiscard]] Result<std::int64_t> quarantinedExpertChecks(sqlite::Database& db, const std::string& id);

// The newest stored check of an organisation in a campaign (highest record version), if any.
[[nodiscard]] Result<std::optional<StoredExpertCheck>>
latestExpertCheck(sqlite::Database& db, const std::string& campaign, const std::string& org);

// The check that produced each version, by version, for an organisation.
[[nodiscard]] Result<std::vector<StoredExpertCheck>>
expertChecksOf(sqlite::Database& db, const std::string& campaign, const std::string& org);

} // namespace nok::server
