#include "service/import_run.h"

#include "service/approval_service.h"

#include "nok/crypto/crypto.h"
#include "service/import_service.h"
#include "storage/campaign_store.h"
#include "storage/expert_store.h"

#include <functional>
#include <map>

namespace nok::server {

namespace {

// Tallies are applied to the database every this many stored responses: the batch stays small
// in memory, and each apply is still one upsert per (organisation, question, answer).
constexpr int kTallyBatch = 4096;

std::uint64_t hexPrefix(const std::string& hex) {
    return std::stoull(hex.substr(0, 16), nullptr, 16);
}

std::string unknownOrganization(const std::string& org, const std::string& campaign) {
    return "no organisation '" + org + "' in this dataset or campaign '" + campaign + "'";
}

std::string storedWithOtherContent(const std::string& id) {
    return "response id " + id + " is already stored with other content; nothing was imported";
}

} // namespace

ImportRun::ImportRun(sqlite::Database& db, Problems& problems) : m_db(db), m_problems(problems) {}

ImportRun::~ImportRun() = default; // an unfinished run's transaction rolls back

Status ImportRun::begin(const Dataset& head) {
    m_head = &head;
    if (head.campaign) {
        auto stored = findCampaign(m_db, head.campaignId);
        if (!stored) return stored.error();
        m_writeCampaign = !*stored || !(**stored == *head.campaign);
    }
    auto stored = listOrganizations(m_db, head.campaignId);
    if (!stored) return stored.error();
    std::map<std::string, const OrganizationRecord*> byId;
    for (const auto& o : *stored) {
        m_known.insert(o.id);
        byId[o.id] = &o;
    }
    for (const auto& e : head.organizations) {
        m_known.insert(e.record.id);
        auto it = byId.find(e.record.id);
        if (it == byId.end() || !(*it->second == e.record)) m_organizations.push_back(&e.record);
    }
    return {};
}

bool ImportRun::repeatedInFile(const ResponseEntry& r, const std::string& hash) {
    const std::uint64_t key = std::hash<std::string>{}(r.id);
    const FirstSeen here{hexPrefix(hash), static_cast<std::uint32_t>(r.place.number),
                         r.place.csv};
    auto [it, fresh] = m_seen.emplace(key, here);
    if (fresh) return false;
    if (it->second.contentPrefix != here.contentPrefix)
        m_problems.add("conflict",
                       "response id " + r.id + " appears again with other content (first at " +
                           SourcePlace::baseOf(it->second.csv, it->second.number) + ")",
                       r.place.field("id"));
    return true; // an identical repeat is the same response
}

Result<bool> ImportRun::isNew(const ResponseEntry& r, const std::string& hash) {
    auto stored = storedContentHash(m_db, r.id);
    if (!stored) return stored.error();
    if (!*stored) return true;
    if (**stored == hash) ++m_alreadyStored;
    else m_problems.add("conflict", storedWithOtherContent(r.id), r.place.field("id"));
    return false;
}

Status ImportRun::add(const ResponseEntry& r) {
    if (!m_known.count(r.org)) {
        m_problems.add("unknown_organization", unknownOrganization(r.org, m_head->campaignId),
                       r.place.field("org"));
        return {};
    }
    const std::string hash = crypto::sha256Hex(r.payload);
    if (repeatedInFile(r, hash)) return {};
    // Until the first new response, and again once the import is bound to fail, only read.
    if (!m_tx || !m_problems.empty()) {
        auto fresh = isNew(r, hash);
        if (!fresh) return fresh.error();
        if (!*fresh || !m_problems.empty()) return {};
        if (auto st = openWrites(); !st) return st;
    }
    NewResponse nr{r.id,   m_head->campaignId, r.org,         r.channel,    m_head->questionnaire,
                   r.day,  "import",           std::nullopt,  std::nullopt, r.payload,
                   std::nullopt, r.answersJson, std::nullopt, hash};
    auto outcome = insertResponse(m_db, nr, m_tallies);
    if (!outcome) return outcome.error().under(r.place.base);
    switch (*outcome) {
    case InsertOutcome::Stored:
        ++m_stored;
        if (++m_pendingTallies >= kTallyBatch) return flushTallies();
        break;
    case InsertOutcome::Duplicate: ++m_alreadyStored; break;
    case InsertOutcome::Conflict:
        m_problems.add("conflict", storedWithOtherContent(r.id), r.place.field("id"));
        break;
    }
    return {};
}

Status ImportRun::flushTallies() {
    m_pendingTallies = 0;
    return m_tallies.apply(m_db);
}

Status ImportRun::openWrites() {
    if (m_tx) return {};
    m_tx = std::make_unique<sqlite::Transaction>(m_db);
    if (auto st = m_tx->begun(); !st) return st;
    // Every write of an import passes here: an approved campaign refuses them all (the file,
    // not a line of it, is refused; re-importing an unchanged file writes nothing and passes).
    if (auto st = refuseIfApproved(m_db, m_head->campaignId); !st) return st;
    if (m_writeCampaign) {
        auto changed = upsertCampaign(m_db, *m_head->campaign);
        if (!changed) return changed.error();
        m_campaignChanged = *changed;
    }
    for (const auto* o : m_organizations) {
        auto changed = upsertOrganization(m_db, *o);
        if (!changed) return changed.error();
        m_organizationsChanged += *changed ? 1 : 0;
    }
    return {};
}

Status ImportRun::finish(ImportReport& report) {
    std::vector<const ExpertEntry*> expert;
    for (const auto& e : m_head->expert) {
        if (!m_known.count(e.org)) {
            m_problems.add("unknown_organization", unknownOrganization(e.org, m_head->campaignId),
                           e.place.field("org"));
            continue;
        }
        auto latest = latestExpertRecord(m_db, m_head->campaignId, e.org);
        if (!latest) return latest.error();
        if (!*latest || (*latest)->contentHash != crypto::sha256Hex(e.recordJson))
            expert.push_back(&e);
    }
    report.campaign = m_head->campaignId;
    report.responsesAlreadyStored = m_alreadyStored;
    if (!m_problems.empty()) return {}; // m_tx, if open, rolls back
    if (!m_tx && !m_writeCampaign && m_organizations.empty() && expert.empty())
        return {}; // nothing new: no write transaction at all
    if (auto st = openWrites(); !st) return st;
    for (const auto* e : expert) {
        auto added = appendExpertRecord(m_db, m_head->campaignId, e->org, e->recordJson, "import");
        if (!added) return added.error().under(e->place.base);
        report.expertVersionsAdded += *added ? 1 : 0;
    }
    if (auto st = flushTallies(); !st) return st;
    if (auto st = m_tx->commit(); !st) return st;
    report.campaignChanged = m_campaignChanged;
    report.organizationsChanged = m_organizationsChanged;
    report.responsesStored = m_stored;
    return {};
}

} // namespace nok::server
