#include "web/web_storage_wiring.h"

#include "nok/survey/response_payload.h"
#include "service/approval_service.h"
#include "service/campaign_catalog.h"
#include "service/evidence_service.h"
#include "service/expert_history.h"
#include "service/invitation_service.h"
#include "service/plan_document.h"
#include "service/plan_service.h"
#include "service/web_response_service.h"

#include <ctime>

namespace nok::web {

namespace {

CampaignInfo toInfo(const server::WebCampaign& c) {
    CampaignInfo info{c.id, c.title, c.region, c.year, c.questionnaire, {}};
    for (const auto& o : c.organizations)
        info.organizations.push_back({o.id, o.name, o.category});
    return info;
}

nlohmann::json checkJson(const server::ExpertCheckView& c) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : c.items)
        items.push_back({{"id", i.id},
                         {"name", i.name},
                         {"present", i.present},
                         {"note", i.note},
                         {"operator", i.operatorName},
                         {"checked_at", i.checkedAt},
                         {"evidence", i.evidence}});
    return {{"id", c.id},
            {"operator", c.operatorName},
            {"recorded_at", c.recordedAt},
            {"version", c.version},
            {"newest_version", c.newestVersion},
            {"items", std::move(items)}};
}

} // namespace

DatabaseAccess sharedDatabaseAccess(std::shared_ptr<SharedDatabase> database) {
    return [database](bool, const DatabaseWork& work) -> Status {
        std::lock_guard lock(database->mutex);
        return work(*database->db);
    };
}

WebContext wireWebStorage(WebContext base, DatabaseAccess access) {
    base.listCampaigns = [access]() {
        return runWithDatabase<std::vector<CampaignInfo>>(
            access, false, [](sqlite::Database& db) -> Result<std::vector<CampaignInfo>> {
                auto list = server::campaignsWithOrganizations(db);
                if (!list) return list.error();
                std::vector<CampaignInfo> out;
                for (const auto& c : *list)
                    out.push_back(toInfo(c));
                return out;
            });
    };
    base.campaignInfo = [access](const std::string& id) {
        return runWithDatabase<std::optional<CampaignInfo>>(
            access, false, [&](sqlite::Database& db) -> Result<std::optional<CampaignInfo>> {
                auto c = server::campaignWithOrganizations(db, id);
                if (!c) return c.error();
                if (!*c) return std::optional<CampaignInfo>();
                return std::optional<CampaignInfo>(toInfo(**c));
            });
    };
    base.submitWebResponse = [access](const WebAnswers& a) {
        return runWithDatabase<std::string>(
            access, true, [&](sqlite::Database& db) -> Result<std::string> {
                auto stored = server::storeWebResponse(db, {a.campaign, a.org, a.answers, a.invitation});
                if (!stored) return stored.error();
                return stored->id;
            });
    };
    base.proposals = [access](const std::string& campaign) {
        return runWithDatabase<std::string>(
            access, false, [&](sqlite::Database& db) -> Result<std::string> {
                auto p = server::findProposals(db, campaign);
                if (!p) return p.error();
                return *p ? (*p)->text : std::string();
            });
    };
    base.saveProposals = [access](const std::string& campaign, const std::string& text,
                                  const std::string& user) {
        return access(true, [&](sqlite::Database& db) -> Status {
            return server::setProposals(
                db, campaign, text,
                {user, survey::todayUtc(), static_cast<std::int64_t>(std::time(nullptr))});
        });
    };
    base.requiresInvitation = [access](const std::string& campaign, const std::string& org) {
        return runWithDatabase<bool>(access, false, [&](sqlite::Database& db) {
            return server::invitationRequired(db, campaign, org);
        });
    };
    base.checkInvitation = [access](const std::string& campaign, const std::string& org,
                                    const std::string& code) {
        return access(false, [&](sqlite::Database& db) {
            return server::checkInvitation(db, campaign, org, code);
        });
    };
    base.organizationExtras = [access](const std::string& campaign, const std::string& org) {
        return runWithDatabase<nlohmann::json>(
            access, false, [&](sqlite::Database& db) -> Result<nlohmann::json> {
                auto suggestions = server::organizationSuggestions(db, campaign, org);
                if (!suggestions) return suggestions.error();
                auto expert = server::newestExpertRecordJson(db, campaign, org);
                if (!expert) return expert.error();
                auto plan = server::planOf(db, campaign, org);
                if (!plan) return plan.error();
                nlohmann::json planView = nlohmann::json::parse(server::planJson(*plan).dump());
                const std::string today = survey::todayUtc();
                for (std::size_t i = 0; i < plan->items.size(); ++i)
                    planView["items"][i]["overdue"] = server::isOverdue(plan->items[i], today);
                nlohmann::json out = {{"suggestions", *suggestions},
                                      {"expert", std::move(*expert)},
                                      {"check", nullptr},
                                      {"plan", planView}};
                // The same view of the newest device check as the printed report's.
                auto check = server::organizationCheckView(db, campaign, org);
                if (!check) return check.error();
                if (*check) out["check"] = checkJson(**check);
                return out;
            });
    };
    base.planProgress = [access](const std::string& campaign) {
        return runWithDatabase<nlohmann::json>(
            access, false, [&](sqlite::Database& db) -> Result<nlohmann::json> {
                auto plans = server::plansOf(db, campaign);
                if (!plans) return plans.error();
                const std::string today = survey::todayUtc();
                nlohmann::json out = nlohmann::json::object();
                for (const auto& plan : *plans) {
                    const auto p = server::planProgress(plan, today);
                    out[plan.org] = {{"items", p.items}, {"done", p.done}, {"overdue", p.overdue}};
                }
                return out;
            });
    };
    base.evidenceImage = [access](const std::string& sha256) {
        return runWithDatabase<std::optional<EvidenceImage>>(
            access, false,
            [&](sqlite::Database& db) -> Result<std::optional<EvidenceImage>> {
                auto file = server::findEvidenceFile(db, sha256);
                if (!file) return file.error();
                if (!*file) return std::optional<EvidenceImage>();
                return std::optional<EvidenceImage>(
                    EvidenceImage{(*file)->mediaType, std::move((*file)->bytes)});
            });
    };
    return base;
}

} // namespace nok::web
