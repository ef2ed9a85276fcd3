#include "service/org_results_view.h"

namespace nok::server {

using nlohmann::json;

namespace {

// The number of answers behind a survey indicator, or -1 for an expert figure.
long long answeredOf(const json& details, const std::string& indicator) {
    auto it = details.find(indicator);
    if (it == details.end() || !it->is_object()) return -1;
    if (it->value("kind", "") != "survey") return -1;
    const json& answered = (*it)["answered"];
    return answered.is_number_integer() ? answered.get<long long>() : 0;
}

json expertFindingsOnly(const json& shortcomings) {
    json out = json::array();
    if (shortcomings.is_array())
        for (const auto& s : shortcomings)
            if (s.value("kind", "") == "missing_item") out.push_back(s);
    return out;
}

} // namespace

json organizationView(const json& full, const std::vector<std::string>& suggestions,
                      bool forOrganizationRole) {
    if (!forOrganizationRole) {
        json out = full;
        out["suggestions"] = suggestions;
        return out;
    }
    const long long respondents = full.value("respondents", 0LL);
    json out = {{"id", full["id"]},
                {"name", full["name"]},
                {"category", full["category"]},
                {"respondents", respondents}};
    if (respondents < kMinRespondentsShown) {
        out["hidden"] = "fewer_than_5_respondents";
        out["shortcomings"] = expertFindingsOnly(full["shortcomings"]);
        out["suggestions"] = json::array();
        return out;
    }
    const json& details = full["indicator_details"];
    json indicators = json::object();
    for (const auto& [id, value] : full["indicators"].items()) {
        const long long answered = answeredOf(details, id);
        indicators[id] = answered >= 0 && answered < kMinRespondentsShown ? json(nullptr) : value;
    }
    json shortcomings = json::array();
    for (const auto& s : full["shortcomings"]) {
        const long long answered = answeredOf(details, s.value("indicator", ""));
        if (answered < 0 || answered >= kMinRespondentsShown) shortcomings.push_back(s);
    }
    json questions = json::object();
    for (const auto& [id, q] : full["questions"].items()) {
        const bool enough = q["denominator"].is_number_integer() &&
                            q["denominator"].get<long long>() >= kMinRespondentsShown;
        questions[id] = {{"share", enough ? q["share"] : json(nullptr)}};
    }
    for (const char* key : {"criteria", "total", "rank", "rank_in_category", "not_measurable",
                            "warnings", "reason", "expert_record"})
        if (full.contains(key)) out[key] = full[key];
    out["indicators"] = indicators;
    out["questions"] = questions;
    out["shortcomings"] = shortcomings;
    out["suggestions"] = suggestions;
    return out;
}

} // namespace nok::server
