#include "http/results_documents.h"

#include "report/results_html.h"
#include "service/expert_history.h"
#include "service/results_service.h"

namespace nok::server::http {

Result<nlohmann::json> campaignResultsJson(sqlite::Database& db, const std::string& campaign) {
    return campaignResults(db, ResultsRequest{.campaign = campaign});
}

std::string campaignResultsCsv(const nlohmann::json& results, report::CsvDialect dialect) {
    return report::renderResultsCsv(results, dialect);
}

Result<std::string> campaignResultsHtml(sqlite::Database& db, const std::string& campaign,
                                        const nlohmann::json& results, bool inlineEvidence) {
    auto context = reportContext(db, ResultsRequest{.campaign = campaign});
    if (!context) return context.error();
    const auto mode = inlineEvidence ? EvidenceMode::Inline : EvidenceMode::Links;
    if (auto s = addExpertChecks(db, campaign, *context, mode, "/api/v1/evidence/"); !s)
        return s.error();
    return report::renderResultsHtml(results, *context);
}

} // namespace nok::server::http
