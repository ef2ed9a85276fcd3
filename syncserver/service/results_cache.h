// A campaign's scored results, computed once and reused until its data changes. Scoring 5,000
// organisations × 200 responses and writing their JSON takes seconds, and every dashboard page
// and API call used to pay it again. The cache keys each campaign's results by its results
// revision (storage/results_revision.h), a number the database's triggers move on every change
// the results are computed from (responses stored or deleted by any path, organisations, the
// campaign row, expert records), so a page after a sync batch, an import from another process or
// an expert check never shows a stale figure; checking it costs one primary-key read per request.
// A compared result (year over year) is kept under the pair of campaigns with both revisions, so
// a change to either campaign's data, or to which predecessor the campaign names, recomputes it.
// An entry holds the engine's results, the ranking view the campaign page needs (the brief form
// plus the regional summary) and, once asked for, the compact full JSON text.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/results_service.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace nok::server {

class CachedResults {
  public:
    CachedResults(std::int64_t revision, ScoredCampaign scored,
                  std::int64_t comparedRevision = 0);

    [[nodiscard]] std::int64_t revision() const { return m_revision; }
    // The compared campaign's revision when the results were computed (0 without comparison).
    [[nodiscard]] std::int64_t comparedRevision() const { return m_comparedRevision; }
    [[nodiscard]] const ScoredCampaign& scored() const { return m_scored; }
    // Brief organisations plus campaign, methodology, categories, region and summary.
    [[nodiscard]] const nlohmann::json& ranking() const { return m_ranking; }
    // One organisation's full results object, as in the full JSON; nullopt for an unknown id.
    [[nodiscard]] std::optional<nlohmann::json> organization(const std::string& id) const;
    // The tree the CSV and the printable report read (OrgForm::Report), built per call.
    [[nodiscard]] nlohmann::json reportTree() const;
    // The whole results JSON, compact (the bytes of resultsJson(scored).dump()); built on first
    // use and kept.
    [[nodiscard]] const std::string& fullJson() const;

  private:
    std::int64_t m_revision;
    std::int64_t m_comparedRevision;
    ScoredCampaign m_scored;
    nlohmann::json m_ranking;
    std::unordered_map<std::string, std::size_t> m_byId;
    mutable std::once_flag m_fullOnce;
    mutable std::string m_full;
};

class ResultsCache {
  public:
    // The campaign's current results: the kept ones while its revision has not moved, otherwise
    // computed now (one computation at a time; the others wait for it). Errors as
    // scoreStoredCampaign ("unknown_campaign", field --campaign).
    // `compare` as ResultsRequest::compare: nullopt = the predecessor the campaign names, "" =
    // none; errors also "unknown_campaign" (field --compare).
    [[nodiscard]] Result<std::shared_ptr<const CachedResults>>
    get(sqlite::Database& db, const std::string& campaign,
        const std::optional<std::string>& compare = std::nullopt);

  private:
    static constexpr std::size_t kCampaignsKept = 4;
    struct Key {
        std::string key;          // campaign, or campaign + '\n' + compared campaign
        std::optional<std::string> compared;
        std::int64_t revision = 0;
        std::int64_t comparedRevision = 0;
    };
    [[nodiscard]] Result<Key> keyOf(sqlite::Database& db, const std::string& campaign,
                                    const std::optional<std::string>& compare);
    [[nodiscard]] std::shared_ptr<const CachedResults> find(const Key& key);

    std::mutex m_mutex;   // guards m_entries
    std::mutex m_compute; // one computation at a time
    std::map<std::string, std::shared_ptr<const CachedResults>> m_entries;
    std::map<std::string, std::uint64_t> m_used; // last use, to drop the least recent campaign
    std::uint64_t m_clock = 0;
};

} // namespace nok::server
