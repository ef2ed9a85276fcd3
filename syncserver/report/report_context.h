// What the HTML report shows beyond the results JSON: Russian names for criteria, indicators,
// expert items and questions (taken from the methodology and questionnaire by the results
// service, so the renderer knows no engine types), and the respondents' suggestions per
// organisation. Missing names fall back to the ids.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace nok::server::report {

struct ReportLabels {
    std::map<std::string, std::string> criteria; // "K1" → "Открытость и доступность ..."
    std::map<std::string, std::string> indicators; // "1.1" → title
    std::map<std::string, std::string> sets;       // "distance_methods" / "stand_items" → name
    std::map<std::string, std::string> items;      // "distance_methods/phone" → name
    std::map<std::string, std::string> questions;  // "stand_used" → question text

    [[nodiscard]] std::string criterion(const std::string& id) const;
    [[nodiscard]] std::string indicator(const std::string& id) const;
    [[nodiscard]] std::string set(const std::string& id) const;
    [[nodiscard]] std::string item(const std::string& set, const std::string& id) const;
    [[nodiscard]] std::string question(const std::string& id) const;
};

struct ReportContext {
    ReportLabels labels;
    std::map<std::string, std::vector<std::string>> suggestions; // org id → texts
};

} // namespace nok::server::report
