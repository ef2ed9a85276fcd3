// The parts of the HTML report (see results_html.h), each appending escaped HTML to `out`.
// Internal to report/.
#pragma once

#include "service/report_context.h"

#include <nlohmann/json.hpp>

#include <string>

namespace nok::server::report::html {

void summaryPage(std::string& out, const nlohmann::json& results, const ReportLabels& labels);
void rankingTables(std::string& out, const nlohmann::json& results);
void criteriaTable(std::string& out, const nlohmann::json& results, const ReportLabels& labels);
void indicatorTable(std::string& out, const nlohmann::json& results, const ReportLabels& labels);
void regionalSummary(std::string& out, const nlohmann::json& results, const ReportLabels& labels);
void organizationPages(std::string& out, const nlohmann::json& results,
                       const ReportContext& context);

// The newest device expert check of one organisation: items and evidence (html_expert.cpp).
void expertCheckSection(std::string& out, const std::string& orgId, const ReportContext& context);

// Helpers shared by the sections.
const nlohmann::json& at(const nlohmann::json& node, const char* key);
std::vector<std::string> criterionIds(const nlohmann::json& results);
std::vector<std::string> indicatorIds(const nlohmann::json& results);

} // namespace nok::server::report::html
