// Enrolled devices (sql/0002): their public keys, organisations, revocation and the sequence
// numbers they have delivered, so gaps (a lost or deleted response) can be shown. SQL only; the
// decisions live in service/.
#pragma once

#include "nok/crypto/crypto.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct DeviceRecord {
    std::string id;
    std::string label;
    crypto::Bytes publicKey;
    std::string enrolledDay;
    bool revoked = false;
    std::optional<std::string> revokedDay;
    std::int64_t lastSeq = 0;
};

[[nodiscard]] Status insertDevice(sqlite::Database& db, const DeviceRecord& device,
                                  const std::vector<std::string>& orgs);
[[nodiscard]] Result<std::optional<DeviceRecord>> findDevice(sqlite::Database& db,
                                                             const std::string& id);
[[nodiscard]] Result<bool> publicKeyEnrolled(sqlite::Database& db, const crypto::Bytes& publicKey);
[[nodiscard]] Result<std::vector<DeviceRecord>> listDevices(sqlite::Database& db); // by id
[[nodiscard]] Result<std::vector<std::string>> deviceOrgs(sqlite::Database& db,
                                                          const std::string& id); // sorted
// False when no such device exists; revoking twice keeps the first day.
[[nodiscard]] Result<bool> revokeDevice(sqlite::Database& db, const std::string& id,
                                        const std::string& day);
[[nodiscard]] Status raiseLastSeq(sqlite::Database& db, const std::string& id, std::int64_t seq);
// Every seq stored from this device, ascending (duplicates of a seq appear once per response).
[[nodiscard]] Result<std::vector<std::int64_t>> storedSeqs(sqlite::Database& db,
                                                           const std::string& id);

} // namespace nok::server
