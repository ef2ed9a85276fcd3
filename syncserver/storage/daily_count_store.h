// The per-day counts of sql/0008 (table device_daily_counts): how many kiosk responses a device
// stored for a campaign on one payload day, and how many were refused over the campaign's
// max_per_day. SQL only, in the caller's transaction for writes; the limit is decided in
// service/daily_limits.h.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <string>

namespace nok::server {

// Responses of this device, campaign and day stored so far (0 when none).
[[nodiscard]] Result<std::int64_t> storedOnDay(sqlite::Database& db, const std::string& device,
                                               const std::string& campaign, const std::string& day);
// Adds to the day's counts (creating the row).
[[nodiscard]] Status addDailyCounts(sqlite::Database& db, const std::string& device,
                                    const std::string& campaign, const std::string& day,
                                    std::int64_t stored, std::int64_t refused);
// Every item of this device ever refused over a daily limit.
[[nodiscard]] Result<std::int64_t> refusedOverLimit(sqlite::Database& db, const std::string& device);

} // namespace nok::server
