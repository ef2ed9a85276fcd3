#include "service/approval_service.h"

#include "storage/access_store.h"
#include "storage/campaign_store.h"

namespace nok::server {

namespace {

constexpr std::size_t kMaxProtocol = 200;
constexpr std::size_t kMaxProposals = 20000;

Status requireCampaign(sqlite::Database& db, const std::string& campaign) {
    auto c = findCampaign(db, campaign);
    if (!c) return c.error();
    if (!*c)
        return makeError("unknown_campaign", "no campaign '" + campaign + "' in the database",
                         "--campaign");
    return {};
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

std::string approvedMessage(const Approval& a) {
    return "the results of campaign '" + a.campaign + "' were approved by the council (" +
           a.protocol + ", recorded " + a.approvedOn +
           "); its data can no longer change. To change it, withdraw the approval first: "
           "nok-server campaign reopen --campaign " + a.campaign + " --reason TEXT";
}

Result<Approval> approveCampaign(sqlite::Database& db, const std::string& campaign,
                                 const std::string& protocol, const Actor& actor) {
    if (blank(protocol))
        return makeError("invalid_argument", "must name the council's protocol, e.g. "
                                             "\"№ 12 от 28.09.2026\"", "--protocol");
    if (protocol.size() > kMaxProtocol)
        return makeError("invalid_argument", "at most 200 bytes", "--protocol");
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    if (auto s = requireCampaign(db, campaign); !s) return s.error();
    auto existing = findApproval(db, campaign);
    if (!existing) return existing.error();
    if (*existing)
        return makeError("already_approved",
                         "campaign '" + campaign + "' is already approved (" +
                             (*existing)->protocol + ", " + (*existing)->approvedOn +
                             "); reopen it first to record another protocol",
                         "--campaign");
    Approval a{campaign, protocol, actor.day, actor.name};
    if (auto s = insertApproval(db, a); !s) return s.error();
    if (auto s = appendApprovalHistory(db, campaign, "approve", protocol, std::nullopt, actor.day,
                                       actor.name);
        !s)
        return s.error();
    if (auto s = appendAudit(db, actor.at, actor.name, "campaign.approve", campaign); !s)
        return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return a;
}

Status reopenCampaign(sqlite::Database& db, const std::string& campaign, const std::string& reason,
                      const Actor& actor) {
    if (blank(reason))
        return makeError("invalid_argument", "must say why the approval is withdrawn", "--reason");
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    if (auto s = requireCampaign(db, campaign); !s) return s;
    auto existing = findApproval(db, campaign);
    if (!existing) return existing.error();
    if (!*existing)
        return makeError("not_approved", "campaign '" + campaign + "' is not approved",
                         "--campaign");
    if (auto s = deleteApproval(db, campaign); !s) return s;
    if (auto s = appendApprovalHistory(db, campaign, "reopen", (*existing)->protocol, reason,
                                       actor.day, actor.name);
        !s)
        return s;
    if (auto s = appendAudit(db, actor.at, actor.name, "campaign.reopen", campaign); !s) return s;
    return tx.commit();
}

Status refuseIfApproved(sqlite::Database& db, const std::string& campaign) {
    auto a = findApproval(db, campaign);
    if (!a) return a.error();
    if (*a) return makeError("campaign_approved", approvedMessage(**a), "campaign");
    return {};
}

nlohmann::json approvalJson(const std::optional<Approval>& a) {
    if (!a) return nullptr;
    return {{"approved_by", a->approvedBy}, {"approved_on", a->approvedOn},
            {"protocol", a->protocol}};
}

Status setProposals(sqlite::Database& db, const std::string& campaign, const std::string& text,
                    const Actor& actor) {
    if (text.size() > kMaxProposals)
        return makeError("invalid_argument", "at most 20,000 characters", "text");
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    if (auto s = requireCampaign(db, campaign); !s) return s;
    if (auto s = saveProposals(db, {campaign, text, actor.day, actor.name}); !s) return s;
    if (auto s = appendAudit(db, actor.at, actor.name, "campaign.proposals", campaign); !s)
        return s;
    return tx.commit();
}

} // namespace nok::server
