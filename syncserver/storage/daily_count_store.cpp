#include "storage/daily_count_store.h"

namespace nok::server {

namespace {

constexpr char kDailyStoredSql[] =
    "SELECT stored FROM device_daily_counts WHERE device_id = ? AND campaign = ? AND day = ?";
constexpr char kDailyAddSql[] =
    "INSERT INTO device_daily_counts (device_id, campaign, day, stored, refused) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, campaign, day) DO UPDATE SET "
    "stored = stored + excluded.stored, refused = refused + excluded.refused";
constexpr char kDailyRefusedSql[] =
    "SELECT coalesce(sum(refused), 0) FROM device_daily_counts WHERE device_id = ?";

} // namespace

Result<std::int64_t> storedOnDay(sqlite::Database& db, const std::string& device,
                                 const std::string& campaign, const std::string& day) {
    auto st = db.cached(kDailyStoredSql);
    if (!st) return st.error();
    (*st)->bind(1, device).bind(2, campaign).bind(3, day);
    return sqlite::firstInt(**st);
}

Status addDailyCounts(sqlite::Database& db, const std::string& device, const std::string& campaign,
                      const std::string& day, std::int64_t stored, std::int64_t refused) {
    auto st = db.cached(kDailyAddSql);
    if (!st) return st.error();
    (*st)->bind(1, device).bind(2, campaign).bind(3, day).bind(4, stored).bind(5, refused);
    return (*st)->run();
}

Result<std::int64_t> refusedOverLimit(sqlite::Database& db, const std::string& device) {
    auto st = db.cached(kDailyRefusedSql);
    if (!st) return st.error();
    (*st)->bind(1, device);
    return sqlite::firstInt(**st);
}

} // namespace nok::server
