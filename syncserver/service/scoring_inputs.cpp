#include "service/scoring_inputs.h"

#include "nok/survey/questionnaire.h"
#include "storage/expert_store.h"
#include "storage/tally_reader.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

namespace nok::server {

using nlohmann::json;

Result<scoring::Methodology> methodologyFor(const CampaignRecord& campaign,
                                            const std::optional<std::string>& override) {
    if (!override) {
        auto m = scoring::builtinMethodology(campaign.methodology);
        if (!m) return m.error().under("campaign " + campaign.id);
        return m;
    }
    auto builtin = scoring::builtinMethodology(*override);
    if (builtin) return builtin;
    if (std::filesystem::is_regular_file(*override)) {
        auto file = scoring::loadMethodologyFile(*override);
        if (!file) return file.error().under("--methodology " + *override);
        return file;
    }
    std::string known;
    for (const auto& id : scoring::builtinMethodologyIds())
        known += (known.empty() ? "" : ", ") + id;
    return makeError("unknown_methodology",
                     "'" + *override + "' is neither a built-in methodology (" + known +
                         ") nor a methodology file",
                     "--methodology");
}

Result<scoring::ExpertRecord> decodeExpertRecord(const std::string& recordJson) {
    const json j = json::parse(recordJson, nullptr, false);
    if (!j.is_object()) return makeError("database_corrupt", "a stored expert record is not JSON");
    try {
        scoring::ExpertRecord r;
        r.org = j.at("org").get<std::string>();
        r.stand = {j.at("stand_items").at("required").get<int>(),
                   j.at("stand_items").at("present").get<int>()};
        r.site = {j.at("site_items").at("required").get<int>(),
                  j.at("site_items").at("present").get<int>()};
        r.distanceMethods = j.at("distance_methods").get<std::set<std::string>>();
        r.comfortConditions = j.at("comfort_conditions").get<std::set<std::string>>();
        r.premisesAccessibility = j.at("premises_accessibility").get<std::set<std::string>>();
        r.serviceAccessibility = j.at("service_accessibility").get<std::set<std::string>>();
        if (auto w = j.find("waiting_time_points"); w != j.end() && w->is_number())
            r.waitingTimePoints = w->get<double>();
        return r;
    } catch (const json::exception& e) {
        return makeError("database_corrupt",
                         std::string("a stored expert record is incomplete: ") + e.what());
    }
}

Result<std::vector<scoring::OrgInput>> loadScoringInputs(sqlite::Database& db,
                                                         const CampaignRecord& record) {
    auto questionnaire = survey::builtinQuestionnaire(record.questionnaire);
    if (!questionnaire) return questionnaire.error().under("campaign " + record.id);
    std::set<std::string> yesNo;
    for (const auto& q : questionnaire->questions)
        if (q.type == survey::QuestionType::YesNo) yesNo.insert(q.id);
    const std::string& campaign = record.id;
    auto orgs = listOrganizations(db, campaign);
    if (!orgs) return orgs.error();
    auto experts = latestExpertRecords(db, campaign);
    if (!experts) return experts.error();
    auto tallies = readTallies(db, campaign);
    if (!tallies) return tallies.error();
    std::map<std::string, const StoredExpertRecord*> expertByOrg;
    for (const auto& e : *experts)
        expertByOrg[e.org] = &e;

    std::vector<scoring::OrgInput> inputs;
    inputs.reserve(orgs->size());
    for (const auto& o : *orgs) {
        scoring::OrgInput in;
        in.organization = {o.id, o.name, o.category, o.recipients};
        if (auto it = expertByOrg.find(o.id); it != expertByOrg.end()) {
            auto record = decodeExpertRecord(it->second->recordJson);
            if (!record) return record.error().under("expert record of " + o.id);
            in.expert = std::move(*record);
        }
        if (auto it = tallies->find(o.id); it != tallies->end()) {
            in.survey.complete = it->second.complete;
            for (const auto& [question, t] : it->second.questions)
                if (yesNo.count(question)) in.survey.questions[question] = {t.yes, t.yes + t.no};
        }
        inputs.push_back(std::move(in));
    }
    return inputs;
}

} // namespace nok::server
