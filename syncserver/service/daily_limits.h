// Server-side anti-stuffing (issue 13, point 10): a kiosk-channel device may store at most the
// campaign's `max_per_day` responses per payload day; over that, an item is refused with reason
// `over_daily_limit` and counted for the device's status line (`nok-server device list`). Only
// `kiosk` items count: an interviewer's tablet (channel `interview`) may legitimately record
// more. A batch checks its items through one DailyLimitBatch inside its write transaction, so
// the count read from the database cannot change under it, and two batches of one device cannot
// both pass the limit.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <map>
#include <string>
#include <tuple>

namespace nok::server {

constexpr std::int64_t kDefaultMaxPerDay = 200;

class DailyLimitBatch {
  public:
    explicit DailyLimitBatch(std::string deviceId) : m_device(std::move(deviceId)) {}

    // Whether one more response of (campaign, day) still fits under maxPerDay, counting what is
    // stored and what this batch has stored so far. Reads the database once per (campaign, day).
    [[nodiscard]] Result<bool> fits(sqlite::Database& db, const std::string& campaign,
                                    const std::string& day, std::int64_t maxPerDay);
    void stored(const std::string& campaign, const std::string& day);
    void refused(const std::string& campaign, const std::string& day);
    // Writes the batch's counts, in the caller's transaction.
    [[nodiscard]] Status apply(sqlite::Database& db);

  private:
    struct Day {
        std::int64_t before = 0; // stored before this batch
        std::int64_t stored = 0; // stored by this batch
        std::int64_t refused = 0;
    };
    std::string m_device;
    std::map<std::pair<std::string, std::string>, Day> m_days; // (campaign, day)
};

} // namespace nok::server
