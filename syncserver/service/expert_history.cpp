#include "service/expert_history.h"

#include "nok/crypto/crypto.h"
#include "service/checklist_service.h"
#include "storage/campaign_queries.h"
#include "storage/evidence_store.h"
#include "storage/campaign_store.h"
#include "storage/expert_check_store.h"
#include "storage/expert_store.h"
#include "storage/web_queries.h"

namespace nok::server {

using nlohmann::json;

Result<json> expertHistoryJson(sqlite::Database& db, const std::string& campaign, const std::string& org) {
    auto exists = campaignExists(db, campaign);
    if (!exists) return exists.error();
    if (!*exists) return makeError("unknown_campaign", "no campaign '" + campaign + "'", "id");
    auto found = orgInCampaign(db, campaign, org);
    if (!found) return found.error();
    if (!*found) return makeError("not_found", "campaign '" + campaign + "' has no organisation '" + org + "'", "org");
    auto history = expertRecordHistory(db, campaign, org);
    if (!history) return history.error();
    auto checks = expertChecksOf(db, campaign, org);
    if (!checks) return checks.error();
    std::map<std::int64_t, std::string> checkOf;
    for (const auto& c : *checks) checkOf[c.recordVersion] = c.id;
    json versions = json::array();
    for (const auto& v : *history) {
        auto it = checkOf.find(v.version);
        versions.push_back({{"version", v.version},
                            {"source", v.source},
                            {"day", v.recordedDay ? json(*v.recordedDay) : json(nullptr)},
                            {"check", it == checkOf.end() ? json(nullptr) : json(it->second)},
                            {"summary", json::parse(v.recordJson, nullptr, false)}});
    }
    return json{{"campaign", campaign}, {"org", org}, {"versions", versions}};
}

Result<json> newestExpertRecordJson(sqlite::Database& db, const std::string& campaign,
                                    const std::string& org) {
    auto record = newestExpertRecord(db, campaign, org);
    if (!record) return record.error();
    if (!*record) return json();
    auto parsed = json::parse(**record, nullptr, false);
    if (parsed.is_discarded()) return json();
    return parsed;
}

Result<std::map<std::string, LatestDeviceCheck>> latestDeviceChecks(sqlite::Database& db,
                                                                    const std::string& campaign) {
    auto orgs = listOrganizations(db, campaign);
    if (!orgs) return orgs.error();
    std::map<std::string, LatestDeviceCheck> out;
    for (const auto& org : *orgs) {
        auto stored = latestExpertCheck(db, campaign, org.id);
        if (!stored) return stored.error();
        if (!*stored) continue;
        auto decoded = expert::decodeExpertCheck((*stored)->payload);
        if (!decoded) continue; // validated when stored; never fail a report over one row
        auto newest = latestExpertRecord(db, campaign, org.id);
        if (!newest) return newest.error();
        out[org.id] = LatestDeviceCheck{std::move(*decoded), (*stored)->recordVersion,
                                        *newest ? (*newest)->version : 0, (*stored)->receivedDay};
    }
    return out;
}

Status addExpertChecks(sqlite::Database& db, const std::string& campaign, ReportContext& context,
                       EvidenceMode mode, const std::string& urlPrefix) {
    auto checks = latestDeviceChecks(db, campaign);
    if (!checks) return checks.error();
    auto checklist = currentChecklist(db);
    if (!checklist) return checklist.error();
    context.evidence = mode;
    context.evidenceUrlPrefix = urlPrefix;
    for (const auto& [org, latest] : *checks) {
        ExpertCheckView view;
        view.id = latest.check.id;
        view.operatorName = latest.check.operatorName;
        view.recordedAt = latest.check.recordedAt;
        view.receivedDay = latest.receivedDay;
        view.version = latest.version;
        view.newestVersion = latest.newestVersion;
        for (const auto& item : latest.check.items) {
            const auto* known = checklist->checklist.find(item.item);
            view.items.push_back({item.item, known ? known->nameRu : item.item, item.present, item.note,
                                  item.operatorName, item.checkedAt, item.evidence});
            if (mode != EvidenceMode::Inline) continue;
            for (const auto& sha : item.evidence) {
                if (context.evidenceDataUris.count(sha)) continue;
                auto file = readEvidence(db, sha);
                if (!file) return file.error();
                if (*file)
                    context.evidenceDataUris[sha] =
                        "data:" + (*file)->mediaType + ";base64," + crypto::toBase64((*file)->bytes);
            }
        }
        context.expertChecks[org] = std::move(view);
    }
    return {};
}

} // namespace nok::server
