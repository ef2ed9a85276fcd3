#include "service/expert_check_service.h"

#include "service/approval_service.h"

#include "nok/crypto/crypto.h"
#include "nok/expert/expert_check.h"
#include "service/checklist_service.h"
#include "service/device_access.h"
#include "service/expert_record_codec.h"
#include "storage/campaign_queries.h"
#include "storage/campaign_store.h"
#include "storage/device_store.h"
#include "storage/evidence_store.h"
#include "storage/expert_check_store.h"
#include "storage/expert_store.h"

#include <algorithm>

namespace nok::server {

namespace {

std::vector<std::string> evidenceOf(const expert::ExpertCheck& check) {
    std::vector<std::string> all;
    for (const auto& item : check.items)
        all.insert(all.end(), item.evidence.begin(), item.evidence.end());
    return all;
}

// The summary as the canonical nok-dataset/1 record (the same form an import stores).
Result<std::string> canonicalSummary(sqlite::Database& db, const expert::ExpertCheck& check,
                                     const expert::Checklist& checklist) {
    auto campaign = findCampaign(db, check.campaign);
    if (!campaign) return campaign.error();
    if (!*campaign) return makeError("org_not_in_campaign", "no campaign '" + check.campaign + "'", "payload.campaign");
    auto vocabulary = expertVocabularyFor((*campaign)->methodology);
    if (!vocabulary) return vocabulary.error();
    Problems problems;
    auto text = canonicalExpertRecord(expert::summarizeExpertCheck(check, checklist), *vocabulary,
                                      SourcePlace{"payload", false}, problems);
    if (!text) {
        Error e = problems.errors().empty() ? makeError("invalid_expert_check", "the summary is not a valid expert record")
                                            : problems.errors().front();
        e.code = "invalid_expert_check";
        return e;
    }
    return *text;
}

} // namespace

Result<ExpertReceipt> submitExpertCheck(sqlite::Database& db, const ExpertSubmission& in,
                                        const std::string& today, std::mutex* writeLock) {
    auto device = activeDevice(db, in.deviceId);
    if (!device) return device.error();
    auto payloadBytes = crypto::fromBase64(in.payloadBase64);
    if (!payloadBytes) return makeError("invalid_request", "must be base64", "payload");
    auto sig = crypto::fromBase64(in.sigBase64);
    if (!sig) return makeError("invalid_request", "must be base64", "sig");
    const std::string payload(payloadBytes->begin(), payloadBytes->end());
    if (!crypto::verify(device->publicKey, payload, *sig))
        return makeError("bad_signature", "the signature does not verify with the device's enrolled key", "sig");

    auto check = expert::decodeExpertCheck(payload);
    if (!check) return check.error().under("payload");
    if (check->device != in.deviceId)
        return makeError("device_mismatch", "the payload names device '" + check->device + "'", "payload.device");
    auto orgs = deviceOrgs(db, in.deviceId);
    if (!orgs) return orgs.error();
    if (std::find(orgs->begin(), orgs->end(), check->org) == orgs->end())
        return makeError("org_not_allowed", "this device is not enrolled for organisation '" + check->org + "'",
                         "payload.org");
    auto org = orgInCampaign(db, check->campaign, check->org);
    if (!org) return org.error();
    if (!*org)
        return makeError("org_not_in_campaign",
                         "campaign '" + check->campaign + "' does not exist or does not include '" + check->org + "'",
                         "payload.campaign");
    auto current = currentChecklist(db);
    if (!current) return current.error();
    if (auto s = expert::validateExpertCheck(*check, current->checklist); !s) return s.error().under("payload");
    auto record = canonicalSummary(db, *check, current->checklist);
    if (!record) return record.error();

    ExpertReceipt receipt;
    receipt.id = check->id;
    const std::string hash = crypto::sha256Hex(payload);
    std::unique_lock<std::mutex> gate;
    if (writeLock) gate = std::unique_lock(*writeLock);
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    auto stored = findExpertCheck(db, check->id);
    if (!stored) return stored.error();
    if (*stored && (*stored)->contentHash == hash) {
        receipt.status = "duplicate";
        receipt.version = (*stored)->recordVersion;
    } else if (*stored) {
        if (auto s = quarantineExpertCheck(db, check->id, in.deviceId, payload, *sig,
                                           "conflict: another version of this check id is stored", today);
            !s)
            return s.error();
        receipt.status = "conflict";
    } else {
        if (auto s = refuseIfApproved(db, check->campaign); !s) return s.error();
        auto appended = appendExpertRecord(db, check->campaign, check->org, *record, "device:" + in.deviceId,
                                           today, /*alwaysAppend=*/true);
        if (!appended) return appended.error();
        auto latest = latestExpertRecord(db, check->campaign, check->org);
        if (!latest) return latest.error();
        receipt.status = "stored";
        receipt.version = (*latest)->version;
        StoredExpertCheck row{check->id, check->campaign, check->org, in.deviceId, payload, hash, today,
                              receipt.version};
        if (auto s = insertExpertCheck(db, row, *sig); !s) return s.error();
    }
    if (receipt.status != "conflict") {
        auto missing = missingEvidence(db, evidenceOf(*check));
        if (!missing) return missing.error();
        receipt.missingEvidence = std::move(*missing);
    }
    if (auto s = tx.commit(); !s) return s.error();
    return receipt;
}

} // namespace nok::server
