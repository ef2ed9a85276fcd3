#include "http/web_wiring.h"

#include "http/results_documents.h"
#include "service/results_cache.h"
#include "service/results_json_writer.h"
#include "service/user_service.h"
#include "web/web_routes.h"
#include "web/web_storage_wiring.h"

#include <httplib.h>

#include <mutex>

namespace nok::server::http {

web::WebContext makeWebContext(ServerContext& ctx) {
    // Each call leases its own pool connection (sqlite::Database is per thread); the web
    // response is the only write and queues on the same lock as device syncs.
    web::DatabaseAccess access = [&ctx](bool write, const web::DatabaseWork& work) -> Status {
        auto lease = ctx.pool.acquire();
        if (!lease) return lease.error();
        std::unique_lock lock(ctx.writeLock, std::defer_lock);
        if (write) lock.lock();
        return work(lease->db());
    };

    web::WebContext web;
    web.options.tls = !ctx.options.tlsCert.empty();
    web = web::wireWebStorage(std::move(web), access);

    // The API's bearer tokens; the dashboard itself admits only the council and admin roles.
    web.authenticateCouncilToken = [access](const std::string& token) {
        return web::runWithDatabase<web::CouncilUser>(
            access, false, [&](sqlite::Database& db) -> Result<web::CouncilUser> {
                auto user = authenticateBearer(db, "Bearer " + token);
                if (!user) return user.error();
                return web::CouncilUser{user->name, user->role};
            });
    };
    // Scored once per change of the campaign's data (ctx.results), whichever page asks.
    const auto scored = [&ctx, access](const std::string& campaign) {
        return web::runWithDatabase<std::shared_ptr<const CachedResults>>(
            access, false, [&](sqlite::Database& db) { return ctx.results.get(db, campaign); });
    };
    web.resultsJson = [scored](const std::string& campaign) -> Result<nlohmann::json> {
        auto cached = scored(campaign);
        if (!cached) return cached.error();
        return resultsJson((*cached)->scored());
    };
    // The same document as the API's and the CLI's JSON (one writer), streamed from the cached
    // results; the entry stays alive while it is sent.
    web.resultsJsonDocument = [scored](const std::string& campaign) -> Result<web::DocumentWriter> {
        auto cached = scored(campaign);
        if (!cached) return cached.error();
        return web::DocumentWriter(
            [results = std::move(*cached)](const web::DocumentSink& sink) {
                return writeResultsJson(results->scored(), 2, sink, {});
            });
    };
    web.rankingJson = [scored](const std::string& campaign)
        -> Result<std::shared_ptr<const nlohmann::json>> {
        auto cached = scored(campaign);
        if (!cached) return cached.error();
        // Shares the entry's lifetime: the view stays valid while a page renders from it.
        return std::shared_ptr<const nlohmann::json>(*cached, &(*cached)->ranking());
    };
    web.organizationResult = [scored](const std::string& campaign, const std::string& org)
        -> Result<std::optional<nlohmann::json>> {
        auto cached = scored(campaign);
        if (!cached) return cached.error();
        return (*cached)->organization(org);
    };
    web.resultsCsv = [scored](const std::string& campaign, bool excelRu) -> Result<std::string> {
        auto cached = scored(campaign);
        if (!cached) return cached.error();
        return campaignResultsCsv((*cached)->reportTree(),
                                  excelRu ? report::CsvDialect::ExcelRu : report::CsvDialect::Standard);
    };
    web.resultsHtml = [&ctx, scored, access](const std::string& campaign) {
        auto cached = scored(campaign);
        if (!cached) return Result<web::DocumentWriter>(cached.error());
        return web::runWithDatabase<web::DocumentWriter>(access, false, [&](sqlite::Database& db) {
            // A download opened from disk: the expert photos are embedded, not linked.
            return campaignResultsHtml(ctx, db, *cached, /*inlineEvidence=*/true);
        });
    };
    return web;
}

void registerWebPages(httplib::Server& server, ServerContext& ctx) {
    web::registerWebRoutes(server, makeWebContext(ctx));
}

} // namespace nok::server::http
