// Administration of enrolled devices: the list with each device's organisations, state, missing
// seq ranges (a response lost or deleted on a device shows up as a gap) and the items refused
// over a campaign's daily limit (service/daily_limits.h), and revocation,
// which is written to the audit table in the same transaction.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/device_store.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nok::server {

using SeqRange = std::pair<std::int64_t, std::int64_t>; // inclusive

// Missing ranges of 1..max(highest) given the stored seqs (sorted or not, repeats allowed).
[[nodiscard]] std::vector<SeqRange> missingSeqRanges(std::vector<std::int64_t> seqs,
                                                     std::int64_t highest);
[[nodiscard]] std::string formatRanges(const std::vector<SeqRange>& ranges); // "3, 7-9" or "none"

struct DeviceSummary {
    DeviceRecord device;
    std::vector<std::string> orgs;
    std::size_t stored = 0;
    std::vector<SeqRange> gaps;
    std::int64_t overLimit = 0; // kiosk items refused over a campaign's max_per_day
};

[[nodiscard]] Result<std::vector<DeviceSummary>> summarizeDevices(sqlite::Database& db);

// Error "unknown_device" if there is no such device. Revoking a revoked device is a success.
[[nodiscard]] Status revokeDeviceAudited(sqlite::Database& db, const std::string& deviceId,
                                         const std::string& actor, std::int64_t now);

} // namespace nok::server
