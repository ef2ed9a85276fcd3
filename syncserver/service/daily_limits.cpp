#include "service/daily_limits.h"

#include "storage/daily_count_store.h"

namespace nok::server {

Result<bool> DailyLimitBatch::fits(sqlite::Database& db, const std::string& campaign,
                                   const std::string& day, std::int64_t maxPerDay) {
    auto key = std::make_pair(campaign, day);
    auto it = m_days.find(key);
    if (it == m_days.end()) {
        auto before = storedOnDay(db, m_device, campaign, day);
        if (!before) return before.error();
        it = m_days.emplace(std::move(key), Day{*before, 0, 0}).first;
    }
    return it->second.before + it->second.stored < maxPerDay;
}

void DailyLimitBatch::stored(const std::string& campaign, const std::string& day) {
    ++m_days[{campaign, day}].stored;
}

void DailyLimitBatch::refused(const std::string& campaign, const std::string& day) {
    ++m_days[{campaign, day}].refused;
}

Status DailyLimitBatch::apply(sqlite::Database& db) {
    for (const auto& [key, counts] : m_days) {
        if (counts.stored == 0 && counts.refused == 0) continue;
        if (auto s = addDailyCounts(db, m_device, key.first, key.second, counts.stored,
                                    counts.refused);
            !s)
            return s;
    }
    m_days.clear();
    return {};
}

} // namespace nok::server
