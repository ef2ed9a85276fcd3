// A campaign's results in the forms people download besides the JSON: the CSV table and the
// printable HTML report. The council API (/api/v1/campaigns/{id}/results) and the web dashboard
// (/council/c/{id}/...) both serve these, so both call these functions and the two can never
// disagree: scoring is the results service's, rendering is report/'s.
#pragma once

#include "http/server_context.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "report/results_csv.h"
#include "service/results_cache.h"
#include "web/streamed_document.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace nok::server::http {

// The CSV table of already computed results.
[[nodiscard]] std::string campaignResultsCsv(const nlohmann::json& results,
                                             report::CsvDialect dialect);

// The printable HTML report of cached results, to be sent with web::sendStreamed: the labels
// and proposals are read now from `db` (so a failure is still an error response); the
// organisations' suggestions and expert checks are read while the report is written, one
// organisation at a time, through a connection of ctx's pool. Expert photos are linked to
// GET /api/v1/evidence/{sha256} (the API's bearer-token report) or, with `inlineEvidence`,
// embedded (the web dashboard's download, opened from a file).
[[nodiscard]] Result<web::DocumentWriter>
campaignResultsHtml(ServerContext& ctx, sqlite::Database& db,
                    std::shared_ptr<const CachedResults> results, bool inlineEvidence = false);

} // namespace nok::server::http
