#include "http/results_documents.h"

#include "report/results_html.h"
#include "service/report_source.h"
#include "service/results_service.h"

namespace nok::server::http {

std::string campaignResultsCsv(const nlohmann::json& results, report::CsvDialect dialect) {
    return report::renderResultsCsv(results, dialect);
}

Result<web::DocumentWriter> campaignResultsHtml(ServerContext& ctx, sqlite::Database& db,
                                                std::shared_ptr<const CachedResults> results,
                                                bool inlineEvidence) {
    const ResultsRequest request{.campaign = results->scored().campaign.id};
    auto context = reportLabelsAndProposals(db, request);
    if (!context) return context.error();
    context->evidence = inlineEvidence ? EvidenceMode::Inline : EvidenceMode::Links;
    context->evidenceUrlPrefix = "/api/v1/evidence/";
    // Shares the cache entry: the scored campaign stays while the report is sent, even if the
    // cache moves on to newer results meanwhile.
    return web::DocumentWriter([&ctx, results = std::move(results),
                                context = std::move(*context)](const web::DocumentSink& sink) {
        auto lease = ctx.pool.acquire();
        if (!lease) return Status(lease.error());
        auto source = ScoredReportSource::create(lease->db(), results->scored(), context);
        if (!source) return Status(source.error());
        return report::writeResultsHtml(*source, sink);
    });
}

} // namespace nok::server::http
