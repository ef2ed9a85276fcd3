#include "service/results_service.h"

#include "nok/scoring/scoring_engine.h"
#include "nok/survey/questionnaire.h"
#include "service/approval_service.h"
#include "service/scoring_inputs.h"
#include "storage/campaign_store.h"
#include "storage/plan_store.h"
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
    auto approval = findApproval(db, campaign->id);
    if (!approval) return approval.error();
    auto compared = comparedCampaign(db, campaign->id, request.compare, campaign->previous);
    if (!compared) return compared.error();
    std::shared_ptr<const Comparison> comparison;
    if (*compared) {
        auto previous = scoreStoredCampaign(db, {**compared, std::nullopt, std::string()});
        if (!previous) return previous.error();
        Comparison built = buildComparison(**compared, previous->results);
        auto plans = listPlans(db, **compared);
        if (!plans) return plans.error();
        attachPlans(built, *plans);
        comparison = std::make_shared<const Comparison>(std::move(built));
    }
    return ScoredCampaign{std::move(*campaign), std::move(*results), std::move(*approval),
                          std::move(comparison)};
}

json campaignBlock(const CampaignRecord& campaign) {
    json block = {{"id", campaign.id},
                  {"title", campaign.title},
                  {"year", campaign.year},
                  {"region", campaign.region}};
    if (campaign.previous) block["previous"] = *campaign.previous;
    return block;
}

json resultsJson(const ScoredCampaign& scored) {
    // Built from the engine's toJson, independently of the streamed writer, so that
    // tst_results_stream's byte comparison of the two still checks something.
    json out = scoring::toJson(scored.results);
    out["campaign"] = campaignBlock(scored.campaign);
    out["approval"] = approvalJson(scored.approval);
    if (const auto* comparison = scored.comparison.get()) {
        out["compared_with"] = comparison->campaign;
        for (auto& org : out["organizations"]) {
            auto it = comparison->byOrg.find(org["id"].get<std::string>());
            if (it == comparison->byOrg.end()) continue;
            json previous = {{"campaign", comparison->campaign},
                             {"total", it->second.total ? json(*it->second.total) : json(nullptr)},
                             {"criteria", json::object()}};
            json change = {{"total", nullptr}, {"criteria", json::object()}};
            if (!org["total"].is_null() && it->second.total)
                change["total"] = org["total"].get<double>() - *it->second.total;
            for (auto& [id, value] : org["criteria"].items()) {
                auto before = it->second.criteria.find(id);
                const bool known = before != it->second.criteria.end() && before->second;
                previous["criteria"][id] = known ? json(*before->second) : json(nullptr);
                change["criteria"][id] =
                    known && !value.is_null() ? json(value.get<double>() - *before->second)
                                              : json(nullptr);
            }
            org["previous"] = std::move(previous);
            org["change"] = std::move(change);
        }
    }
    return out;
}

Result<json> campaignResults(sqlite::Database& db, const ResultsRequest& request) {
    auto scored = scoreStoredCampaign(db, request);
    if (!scored) return scored.error();
    return resultsJson(*scored);
}

Result<ReportContext> reportLabelsAndProposals(sqlite::Database& db,
                                               const ResultsRequest& request) {
    auto campaign = requireCampaign(db, request.campaign);
    if (!campaign) return campaign.error();
    auto methodology = methodologyFor(*campaign, request.methodology);
    if (!methodology) return methodology.error();
    ReportContext context;
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
    auto proposals = findProposals(db, campaign->id);
    if (!proposals) return proposals.error();
    if (*proposals) context.proposals = (*proposals)->text;
    return context;
}

Result<ReportContext> reportContext(sqlite::Database& db, const ResultsRequest& request) {
    auto context = reportLabelsAndProposals(db, request);
    if (!context) return context.error();
    auto suggestions = readSuggestions(db, request.campaign);
    if (!suggestions) return suggestions.error();
    context->suggestions = std::move(*suggestions);
    return context;
}

} // namespace nok::server
