#include "service/results_cache.h"

#include "service/org_result_json.h"
#include "service/results_json_writer.h"
#include "storage/campaign_store.h"
#include "storage/results_revision.h"

namespace nok::server {

namespace {

// Reads of one computation see one committed state (WAL snapshot); no-op if the connection is
// already inside a transaction.
class ReadSnapshot {
  public:
    explicit ReadSnapshot(sqlite::Database& db) : m_db(db), m_open(db.exec("BEGIN").ok()) {}
    ~ReadSnapshot() {
        if (m_open) (void)m_db.exec("COMMIT");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  private:
    sqlite::Database& m_db;
    bool m_open;
};

std::string compactText(const ScoredCampaign& scored, const ResultsJsonOptions& options) {
    std::string text;
    auto st = writeResultsJson(scored, -1, appendTo(text), options);
    (void)st; // appendTo cannot fail
    return text;
}

} // namespace

CachedResults::CachedResults(std::int64_t revision, ScoredCampaign scored,
                             std::int64_t comparedRevision)
    : m_revision(revision), m_comparedRevision(comparedRevision), m_scored(std::move(scored)) {
    ResultsJsonOptions ranking;
    ranking.form = OrgForm::Brief;
    m_ranking = resultsTree(m_scored, ranking);
    const auto& orgs = m_scored.results.organizations;
    for (std::size_t i = 0; i < orgs.size(); ++i)
        m_byId.emplace(orgs[i].organization.id, i);
}

std::optional<nlohmann::json> CachedResults::organization(const std::string& id) const {
    auto it = m_byId.find(id);
    if (it == m_byId.end()) return std::nullopt;
    return organizationTree(m_scored.results.organizations[it->second],
                            m_scored.results.criterionIds, OrgForm::Full,
                            m_scored.comparison.get());
}

nlohmann::json CachedResults::reportTree() const {
    ResultsJsonOptions report;
    report.form = OrgForm::Report;
    return resultsTree(m_scored, report);
}

const std::string& CachedResults::fullJson() const {
    std::call_once(m_fullOnce, [this] { m_full = compactText(m_scored, {}); });
    return m_full;
}

Result<ResultsCache::Key> ResultsCache::keyOf(sqlite::Database& db, const std::string& campaign,
                                              const std::optional<std::string>& compare) {
    Key key;
    auto revision = resultsRevision(db, campaign);
    if (!revision) return revision.error();
    key.revision = *revision;
    key.key = campaign;
    std::optional<std::string> named;
    if (!compare) { // the default comparison follows the campaign row (moves its revision)
        auto row = findCampaign(db, campaign);
        if (!row) return row.error();
        if (!*row)
            return makeError("unknown_campaign", "no campaign '" + campaign + "' in the database",
                             "--campaign");
        named = (*row)->previous;
    }
    auto compared = comparedCampaign(db, campaign, compare, named);
    if (!compared) return compared.error();
    if (*compared) {
        key.compared = *compared;
        key.key += '\n' + **compared;
        auto other = resultsRevision(db, **compared);
        if (!other) return other.error();
        key.comparedRevision = *other;
    }
    return key;
}

std::shared_ptr<const CachedResults> ResultsCache::find(const Key& key) {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key.key);
    if (it == m_entries.end() || it->second->revision() != key.revision ||
        it->second->comparedRevision() != key.comparedRevision)
        return nullptr;
    m_used[key.key] = ++m_clock;
    return it->second;
}

Result<std::shared_ptr<const CachedResults>>
ResultsCache::get(sqlite::Database& db, const std::string& campaign,
                  const std::optional<std::string>& compare) {
    auto key = keyOf(db, campaign, compare);
    if (!key) return key.error();
    if (auto kept = find(*key)) return kept;

    std::lock_guard computing(m_compute);
    ReadSnapshot snapshot(db);
    // Read again inside the snapshot: the results below are exactly these revisions'.
    key = keyOf(db, campaign, compare);
    if (!key) return key.error();
    if (auto kept = find(*key)) return kept; // computed while this one waited
    auto scored = scoreStoredCampaign(db, {campaign, std::nullopt,
                                           key->compared.value_or(std::string())});
    if (!scored) return scored.error();
    auto entry = std::make_shared<const CachedResults>(key->revision, std::move(*scored),
                                                       key->comparedRevision);

    std::lock_guard lock(m_mutex);
    m_entries[key->key] = entry;
    m_used[key->key] = ++m_clock;
    while (m_entries.size() > kCampaignsKept) {
        auto oldest = m_used.begin();
        for (auto it = m_used.begin(); it != m_used.end(); ++it)
            if (it->second < oldest->second) oldest = it;
        m_entries.erase(oldest->first);
        m_used.erase(oldest);
    }
    return std::shared_ptr<const CachedResults>(entry);
}

} // namespace nok::server
