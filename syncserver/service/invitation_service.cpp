#include "service/invitation_service.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/response_payload.h"
#include "service/invitation_code.h"
#include "storage/access_store.h"
#include "storage/campaign_queries.h"
#include "storage/web_queries.h"

#include <algorithm>
#include <set>

namespace nok::server {

namespace {

Error invitationError(const std::string& code, const std::string& message) {
    return makeError(code, message, "invitation");
}

// The code's row if it may be used for this campaign and organisation; an error otherwise.
Result<std::string> usableHash(sqlite::Database& db, const std::string& campaign,
                               const std::string& org, const std::string& typed) {
    if (typed.find_first_not_of(" \t-") == std::string::npos)
        return invitationError("invitation_required", "this survey needs an invitation code");
    auto canonical = canonicalInvitationCode(typed);
    if (!canonical)
        return invitationError("invitation_malformed",
                               "an invitation code has 12 letters and digits, e.g. K7QD-M2XP-9F4H");
    const std::string hash = invitationCodeHash(*canonical);
    auto found = findInvitation(db, hash);
    if (!found) return found.error();
    if (!*found) return invitationError("invitation_unknown", "no such invitation code");
    if ((*found)->campaign != campaign || (*found)->org != org)
        return invitationError("invitation_other_org",
                               "the code was issued for another organisation's survey");
    if ((*found)->used) return invitationError("invitation_used", "the code was already used");
    return hash;
}

} // namespace

Result<IssuedInvitations> issueInvitations(sqlite::Database& db, const std::string& campaign,
                                           const std::string& org, int count,
                                           const std::string& actor, std::int64_t now) {
    if (count < 1 || count > kMaxInvitationsPerBatch)
        return makeError("invalid_argument",
                         "must be from 1 to " + std::to_string(kMaxInvitationsPerBatch), "count");
    auto info = findWebCampaign(db, campaign);
    if (!info) return info.error();
    if (!*info) return makeError("unknown_campaign", "no campaign with this id", "campaign");
    const auto& orgs = (*info)->organizations;
    auto it = std::find_if(orgs.begin(), orgs.end(), [&](const WebOrg& o) { return o.id == org; });
    if (it == orgs.end())
        return makeError("unknown_org", "the campaign has no organisation with this id", "org");

    IssuedInvitations out;
    const auto rnd = crypto::randomBytes(4);
    out.batch = "inv-" + crypto::toHex(rnd.data(), rnd.size());
    out.campaign = campaign;
    out.campaignTitle = (*info)->title;
    out.org = org;
    out.orgName = it->name;
    out.createdDay = survey::todayUtc();
    std::set<std::string> hashes; // a repeat within a batch is astronomically unlikely; skip it
    std::vector<std::string> ordered;
    while (static_cast<int>(out.codes.size()) < count) {
        std::string code = randomInvitationCode();
        std::string hash = invitationCodeHash(*canonicalInvitationCode(code));
        if (!hashes.insert(hash).second) continue;
        ordered.push_back(std::move(hash));
        out.codes.push_back(std::move(code));
    }

    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    InvitationBatchRecord batch{out.batch, campaign, org, out.createdDay, actor, count};
    if (auto s = insertInvitationBatch(db, batch, ordered); !s) return s.error();
    if (auto s = appendAudit(db, now, actor, "invitation.create",
                             campaign + "/" + org + " " + out.batch + " x" + std::to_string(count));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return out;
}

Status checkBaseUrl(std::string_view url, const std::string& field) {
    const bool scheme = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
    const std::size_t hostAt = url.find("//") + 2;
    if (!scheme || url.size() <= hostAt || url[hostAt] == '/')
        return makeError("invalid_argument", "must start with http:// or https:// and a host",
                         field);
    if (url.size() > 200) return makeError("invalid_argument", "must be at most 200 bytes", field);
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '?' || c == '#')
            return makeError("invalid_argument",
                             "must not contain spaces, control characters, quotes, <, >, ? or #",
                             field);
    return {};
}

Result<bool> invitationRequired(sqlite::Database& db, const std::string& campaign,
                                const std::string& org) {
    return orgHasInvitations(db, campaign, org);
}

Status checkInvitation(sqlite::Database& db, const std::string& campaign, const std::string& org,
                       const std::string& typed) {
    auto hash = usableHash(db, campaign, org, typed);
    if (!hash) return hash.error();
    return {};
}

Status spendInvitation(sqlite::Database& db, const std::string& campaign, const std::string& org,
                       const std::string& typed) {
    auto hash = usableHash(db, campaign, org, typed);
    if (!hash) return hash.error();
    auto marked = markInvitationUsed(db, *hash, campaign, org);
    if (!marked) return marked.error();
    if (!*marked) return invitationError("invitation_used", "the code was already used");
    return {};
}

Result<std::vector<InvitationCount>> invitationCounts(sqlite::Database& db,
                                                      const std::string& campaign,
                                                      const std::optional<std::string>& org) {
    auto info = findWebCampaign(db, campaign);
    if (!info) return info.error();
    if (!*info) return makeError("unknown_campaign", "no campaign with this id", "campaign");
    if (org) {
        const auto& orgs = (*info)->organizations;
        if (std::none_of(orgs.begin(), orgs.end(), [&](const WebOrg& o) { return o.id == *org; }))
            return makeError("unknown_org", "the campaign has no organisation with this id", "org");
    }
    return countInvitations(db, campaign, org);
}

} // namespace nok::server
