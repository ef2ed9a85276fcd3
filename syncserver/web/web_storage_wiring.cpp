#include "web/web_storage_wiring.h"

#include "service/web_response_service.h"
#include "storage/web_queries.h"

namespace nok::web {

namespace {

CampaignInfo toInfo(const server::WebCampaign& c) {
    CampaignInfo info{c.id, c.title, c.region, c.year, c.questionnaire, {}};
    for (const auto& o : c.organizations)
        info.organizations.push_back({o.id, o.name, o.category});
    return info;
}

} // namespace

WebContext wireWebStorage(WebContext base, std::shared_ptr<SharedDatabase> database) {
    base.listCampaigns = [database]() -> Result<std::vector<CampaignInfo>> {
        std::lock_guard lock(database->mutex);
        auto list = server::listWebCampaigns(*database->db);
        if (!list) return list.error();
        std::vector<CampaignInfo> out;
        for (const auto& c : *list)
            out.push_back(toInfo(c));
        return out;
    };
    base.campaignInfo = [database](const std::string& id) -> Result<std::optional<CampaignInfo>> {
        std::lock_guard lock(database->mutex);
        auto c = server::findWebCampaign(*database->db, id);
        if (!c) return c.error();
        if (!*c) return std::optional<CampaignInfo>();
        return std::optional<CampaignInfo>(toInfo(**c));
    };
    base.submitWebResponse = [database](const WebAnswers& a) -> Result<std::string> {
        std::lock_guard lock(database->mutex);
        auto stored = server::storeWebResponse(*database->db, {a.campaign, a.org, a.answers});
        if (!stored) return stored.error();
        return stored->id;
    };
    base.organizationExtras = [database](const std::string& campaign,
                                         const std::string& org) -> Result<nlohmann::json> {
        std::lock_guard lock(database->mutex);
        auto suggestions = server::suggestionsOf(*database->db, campaign, org);
        if (!suggestions) return suggestions.error();
        auto expert = server::newestExpertRecord(*database->db, campaign, org);
        if (!expert) return expert.error();
        nlohmann::json out = {{"suggestions", *suggestions}, {"expert", nullptr}};
        if (*expert) out["expert"] = nlohmann::json::parse(**expert, nullptr, false);
        if (out["expert"].is_discarded()) out["expert"] = nullptr;
        return out;
    };
    return base;
}

} // namespace nok::web
