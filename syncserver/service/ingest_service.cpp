#include "service/ingest_service.h"

#include "service/approval_service.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/answer_validator.h"
#include "nok/survey/questionnaire.h"
#include "nok/survey/response_payload.h"
#include "service/daily_limits.h"
#include "service/device_access.h"
#include "service/parallel_for.h"
#include "storage/campaign_queries.h"
#include "storage/device_store.h"
#include "storage/response_store.h"

#include <algorithm>
#include <map>

namespace nok::server {

namespace {

// Parsed once per process: the validator needs the definition for every item.
const std::map<std::string, survey::Questionnaire>& questionnaires() {
    static const auto all = [] {
        std::map<std::string, survey::Questionnaire> map;
        for (const auto& key : survey::builtinQuestionnaireKeys())
            if (auto q = survey::builtinQuestionnaire(key)) map.emplace(key, std::move(*q));
        return map;
    }();
    return all;
}

struct Checked {
    std::optional<Receipt> rejection;
    NewResponse response;
    std::int64_t maxPerDay = kDefaultMaxPerDay; // the campaign's daily limit per kiosk device
};

Receipt rejected(std::size_t index, std::optional<std::string> id, std::string reason) {
    return Receipt{index, std::move(id), "rejected", std::move(reason)};
}

// Open and verify: the signed bytes, or a rejection. Nothing in the payload is read here.
Result<survey::SignedItem> openItem(const ServerKeys& keys, WireItem& item,
                                    const DeviceRecord& device) {
    survey::SignedItem signedItem;
    if (item.sealed) {
        auto box = crypto::fromBase64(*item.sealed);
        if (!box) return makeError("malformed_item", "sealed is not base64");
        auto opened = survey::openSealedItem(*box, keys.seal);
        if (!opened)
            return makeError("seal_open_failed",
                             "the sealed box does not open with this server's key");
        signedItem = std::move(*opened);
    } else {
        auto payload = crypto::fromBase64(*item.payload);
        auto sig = crypto::fromBase64(*item.sig);
        if (!payload) return makeError("malformed_item", "payload is not base64");
        if (!sig) return makeError("malformed_item", "sig is not base64");
        signedItem.payload.assign(payload->begin(), payload->end());
        signedItem.sig = std::move(*sig);
    }
    if (!crypto::verify(device.publicKey, signedItem.payload, signedItem.sig))
        return makeError("bad_signature",
                         "the signature does not verify with the device's enrolled key");
    return signedItem;
}

std::string reasonOf(const Error& e) {
    return e.code + ": " + e.describe();
}

// (campaign, org) → the org in that campaign, looked up once per batch (batches repeat them).
using OrgMemo = std::map<std::pair<std::string, std::string>, std::optional<OrgInCampaign>>;

Result<std::optional<OrgInCampaign>> lookupOrg(sqlite::Database& db, OrgMemo& memo,
                                               const std::string& campaign,
                                               const std::string& org) {
    auto key = std::make_pair(campaign, org);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
    auto found = orgInCampaign(db, campaign, org);
    if (!found) return found.error();
    memo.emplace(std::move(key), *found);
    return *found;
}

// What the pure phase learnt about one item: either a rejection, or the verified payload with
// the outcome of the answer check (kept, not applied, so the database checks still come first
// and a rejection names the same reason as before).
struct Opened {
    std::optional<Receipt> rejection;
    std::optional<survey::ResponsePayload> payload;
    survey::SignedItem signedItem;
    Status answersCheck;
    std::vector<std::pair<std::string, std::string>> yesNo; // for the tallies
    std::string answersJson;
    std::string contentHash;
};

// Everything that needs no database: base64, seal-open, signature, payload shape, device, channel,
// organisation permission and the answers. Runs on several threads at once; touches only `item`
// and its own result.
Opened openAndCheck(const ServerKeys& keys, const DeviceRecord& device,
                    const std::vector<std::string>& orgs, const std::string& today,
                    std::size_t index, WireItem& item) {
    Opened out;
    if (!item.malformed.empty()) {
        out.rejection = rejected(index, std::nullopt, "malformed_item: " + item.malformed);
        return out;
    }
    auto opened = openItem(keys, item, device);
    item = WireItem{}; // the wire copy is no longer needed: keep the batch's memory down
    if (!opened) {
        out.rejection = rejected(index, std::nullopt, reasonOf(opened.error()));
        return out;
    }
    auto payload = survey::decodePayload(opened->payload);
    if (!payload) {
        // A payload with two readings or an impossible seq is named for what it is; everything
        // else that does not decode is malformed.
        const auto& e = payload.error();
        const bool ownReason = e.code == "duplicate_key" || e.code == "seq_out_of_range";
        out.rejection = rejected(index, std::nullopt,
                                 ownReason ? reasonOf(e) : "malformed_payload: " + e.describe());
        return out;
    }
    const auto& p = *payload;
    auto reject = [&](std::string reason) {
        out.rejection = rejected(index, p.id, std::move(reason));
        return out;
    };
    if (p.device != device.id)
        return reject("device_mismatch: the payload names device '" + p.device + "'");
    if (auto s = survey::checkPayloadDay(p.day, today); !s) return reject(reasonOf(s.error()));
    if (p.channel != "kiosk" && p.channel != "interview")
        return reject("channel_not_allowed: a device sends kiosk or interview responses");
    if (!std::binary_search(orgs.begin(), orgs.end(), p.org))
        return reject("org_not_allowed: this device is not enrolled for organisation '" + p.org +
                      "'");
    if (auto q = questionnaires().find(p.questionnaire); q != questionnaires().end())
        out.answersCheck = survey::checkAnswers(q->second, p.answers);
    out.yesNo = yesNoAnswersOf(p.answers);
    out.answersJson = p.answers.dump();
    out.contentHash = crypto::sha256Hex(opened->payload);
    out.signedItem = std::move(*opened);
    out.payload = std::move(*payload);
    return out;
}

// The checks that read the database (campaign, organisation, questionnaire of the campaign), on
// the request's own connection, in item order.
Result<Checked> checkInCampaign(sqlite::Database& db, const DeviceRecord& device, OrgMemo& memo,
                                std::size_t index, Opened& opened) {
    Checked out;
    if (opened.rejection) {
        out.rejection = std::move(opened.rejection);
        return out;
    }
    auto& p = *opened.payload;
    auto reject = [&](std::string reason) {
        out.rejection = rejected(index, p.id, std::move(reason));
        return out;
    };
    auto org = lookupOrg(db, memo, p.campaign, p.org);
    if (!org) return org.error();
    if (!*org) {
        auto exists = campaignExists(db, p.campaign);
        if (!exists) return exists.error();
        if (!*exists) return reject("unknown_campaign: no campaign '" + p.campaign + "'");
        return reject("org_not_in_campaign: campaign '" + p.campaign + "' does not include '" +
                      p.org + "'");
    }
    if (p.questionnaire != (*org)->questionnaire)
        return reject("unknown_questionnaire: campaign '" + p.campaign + "' uses '" +
                      (*org)->questionnaire + "'");
    if (questionnaires().find(p.questionnaire) == questionnaires().end())
        return reject("unknown_questionnaire: '" + p.questionnaire + "'");
    if (!opened.answersCheck)
        return reject("invalid_answers: " + opened.answersCheck.error().describe());

    auto& r = out.response;
    r = NewResponse::fromSigned(p, "device", device.id, std::move(opened.signedItem), std::move(opened.answersJson));
    r.contentHash = std::move(opened.contentHash);
    r.yesNoAnswers = std::move(opened.yesNo);
    out.maxPerDay = (*org)->maxPerDay;
    opened = Opened{};
    return out;
}

} // namespace

Result<std::vector<Receipt>> ingestBatch(sqlite::Database& db, const ServerKeys& keys,
                                         const std::string& deviceId, std::vector<WireItem> items,
                                         std::optional<BatchWriter> writer, std::string today) {
    if (today.empty()) today = survey::todayUtc();
    if (items.size() > kMaxBatchItems)
        return makeError("too_many_items",
                         "a batch holds at most 500 items; send the rest in another batch",
                         "items");
    auto device = activeDevice(db, deviceId);
    if (!device) return device.error();
    auto orgs = deviceOrgs(db, deviceId);
    if (!orgs) return orgs.error();

    std::vector<Receipt> receipts(items.size());
    std::vector<Checked> accepted;
    std::vector<std::size_t> acceptedIndex;
    OrgMemo memo;
    // The crypto (about 85 us an item) dominates a batch: spread it over every core, so one
    // device's batch is not limited to one core while another batch waits for its commit.
    std::vector<Opened> opened(items.size());
    parallelFor(items.size(), hardwareWorkers(), [&](std::size_t i) {
        opened[i] = openAndCheck(keys, *device, *orgs, today, i, items[i]);
    });
    items.clear();
    for (std::size_t i = 0; i < opened.size(); ++i) {
        auto checked = checkInCampaign(db, *device, memo, i, opened[i]);
        if (!checked) return checked.error();
        if (checked->rejection) {
            receipts[i] = std::move(*checked->rejection);
        } else {
            accepted.push_back(std::move(*checked));
            acceptedIndex.push_back(i);
        }
    }
    if (accepted.empty()) return receipts;

    std::unique_lock<std::mutex> gate;
    if (writer) gate = std::unique_lock(writer->lock);
    sqlite::Database& out = writer ? writer->db : db;
    sqlite::Transaction tx(out);
    if (auto s = tx.begun(); !s) return s.error();
    std::int64_t maxSeq = 0;
    TallyBatch tallies;
    // Approval is read inside the write transaction, so a batch racing `campaign approve` is
    // either wholly before it or refused item by item; one campaign is looked up once.
    std::map<std::string, std::optional<Approval>> approvals;
    DailyLimitBatch daily(deviceId);
    for (std::size_t k = 0; k < accepted.size(); ++k) {
        const auto& r = accepted[k].response;
        Receipt& receipt = receipts[acceptedIndex[k]];
        receipt.index = acceptedIndex[k];
        receipt.id = r.id;
        auto known = approvals.find(r.campaign);
        if (known == approvals.end()) {
            auto a = findApproval(out, r.campaign);
            if (!a) return a.error();
            known = approvals.emplace(r.campaign, std::move(*a)).first;
        }
        if (known->second) {
            // A resend of a response stored before the approval is still a duplicate (the
            // kiosk may forget it); anything new is refused for this item only.
            auto stored = storedContentHash(out, r.id);
            if (!stored) return stored.error();
            if (*stored && **stored == r.contentHash) {
                receipt.status = "duplicate";
            } else {
                receipt.status = "rejected";
                receipt.reason = "campaign_approved: " + approvedMessage(*known->second);
            }
            continue;
        }
        const bool limited = r.channel == "kiosk" && r.day;
        if (limited) {
            auto fits = daily.fits(out, r.campaign, *r.day, accepted[k].maxPerDay);
            if (!fits) return fits.error();
            // A resend of a response already stored is still answered duplicate (or conflict):
            // refusing it would send the device's stored copy to its dead letters.
            auto alreadyStored = *fits ? Result<bool>(true) : responseExists(out, r.id);
            if (!alreadyStored) return alreadyStored.error();
            if (!*alreadyStored) {
                receipt.status = "rejected";
                receipt.reason = "over_daily_limit: this device has stored " +
                                 std::to_string(accepted[k].maxPerDay) +
                                 " kiosk responses of campaign '" + r.campaign + "' for " +
                                 *r.day + ", the campaign's max_per_day";
                daily.refused(r.campaign, *r.day);
                continue;
            }
        }
        auto outcome = insertResponse(out, r, tallies);
        if (!outcome) return outcome.error();
        if (limited && *outcome == InsertOutcome::Stored) daily.stored(r.campaign, *r.day);
        if (*outcome == InsertOutcome::Conflict) {
            receipt.status = "rejected";
            receipt.reason = "conflict: another version of this response id is stored; this one is "
                             "kept in quarantine";
        } else {
            receipt.status = std::string(toString(*outcome));
            if (*outcome == InsertOutcome::Stored) maxSeq = std::max(maxSeq, r.seq.value_or(0));
        }
    }
    if (auto s = tallies.apply(out); !s) return s.error();
    if (auto s = daily.apply(out); !s) return s.error();
    if (maxSeq > 0)
        if (auto s = raiseLastSeq(out, deviceId, maxSeq); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return receipts;
}

} // namespace nok::server
