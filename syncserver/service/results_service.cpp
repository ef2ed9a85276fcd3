#include "service/results_service.h"

#include "nok/scoring/scoring_engine.h"
#include "nok/survey/questionnaire.h"
#include "service/scoring_inputs.h"
#include "storage/campaign_store.h"
#include "storage/tally_reader.h"

namespace nok::server {

using nlohmann::json;

namespace {

Result<CampaignRecord> requireCampaign(sqlite::Database& db, const std::string& id) {
    auto c = findCampaign(db, id);
    if (!c) return c.error();
    if (!*c)
        return makeError("unknown_campaign", "no campaign '" + id + "' in the database",
                         "--campaign");
    return **c;
}

std::string ru(const scoring::Texts& texts) {
    if (auto it = texts.find("ru"); it != texts.end()) return it->second;
    return texts.empty() ? std::string() : texts.begin()->second;
}

} // namespace

Result<ScoredCampaign> scoreStoredCampaign(sqlite::Database& db, const ResultsRequest& request) {
    auto campaign = requireCampaign(db, request.campaign);
    if (!campaign) return campaign.error();
    auto methodology = methodologyFor(*campaign, request.methodology);
    if (!methodology) return methodology.error();
    auto inputs = loadScoringInputs(db, *campaign);
    if (!inputs) return inputs.error();
    auto results = scoring::scoreCampaign(*methodology, *inputs);
    if (!results) return results.error();
    return ScoredCampaign{std::move(*campaign), std::move(*results)};
}

json campaignBlock(const CampaignRecord& campaign) {
    return {{"id", campaign.id},
            {"title", campaign.title},
            {"year", campaign.year},
            {"region", campaign.region}};
}

json resultsJson(const ScoredCampaign& scored) {
    json out = scoring::toJson(scored.results);
    out["campaign"] = campaignBlock(scored.campaign);
    return out;
}

Result<json> campaignResults(sqlite::Database& db, const ResultsRequest& request) {
    auto scored = scoreStoredCampaign(db, request);
    if (!scored) return scored.error();
    return resultsJson(*scored);
}

Result<report::ReportContext> reportContext(sqlite::Database& db, const ResultsRequest& request) {
    auto campaign = requireCampaign(db, request.campaign);
    if (!campaign) return campaign.error();
    auto methodology = methodologyFor(*campaign, request.methodology);
    if (!methodology) return methodology.error();
    report::ReportContext context;
    auto& labels = context.labels;
    for (const auto& c : methodology->criteria)
        labels.criteria[c.id] = ru(c.title);
    for (const auto& i : methodology->indicators)
        labels.indicators[i.id] = ru(i.title);
    for (const auto& l : methodology->itemLists)
        labels.sets[l.id] = ru(l.name);
    for (const auto& s : methodology->expertSets) {
        labels.sets[s.id] = ru(s.name);
        for (const auto& item : s.items)
            labels.items[s.id + "/" + item.id] = ru(item.name);
    }
    if (auto q = survey::builtinQuestionnaire(campaign->questionnaire))
        for (const auto& question : q->questions)
            labels.questions[question.id] = question.textIn("ru");
    auto suggestions = readSuggestions(db, campaign->id);
    if (!suggestions) return suggestions.error();
    context.suggestions = std::move(*suggestions);
    return context;
}

} // namespace nok::server
