#include "http/web_wiring.h"

#include "http/results_documents.h"
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
    web.resultsJson = [access](const std::string& campaign) {
        return web::runWithDatabase<nlohmann::json>(
            access, false, [&](sqlite::Database& db) { return campaignResultsJson(db, campaign); });
    };
    web.resultsCsv = [access](const std::string& campaign, bool excelRu) {
        return web::runWithDatabase<std::string>(
            access, false, [&](sqlite::Database& db) -> Result<std::string> {
                auto results = campaignResultsJson(db, campaign);
                if (!results) return results.error();
                return campaignResultsCsv(*results, excelRu ? report::CsvDialect::ExcelRu
                                                            : report::CsvDialect::Standard);
            });
    };
    web.resultsHtml = [access](const std::string& campaign) {
        return web::runWithDatabase<std::string>(
            access, false, [&](sqlite::Database& db) -> Result<std::string> {
                auto results = campaignResultsJson(db, campaign);
                if (!results) return results.error();
                // A download opened from disk: the expert photos are embedded, not linked.
                return campaignResultsHtml(db, campaign, *results, /*inlineEvidence=*/true);
            });
    };
    return web;
}

void registerWebPages(httplib::Server& server, ServerContext& ctx) {
    web::registerWebRoutes(server, makeWebContext(ctx));
}

} // namespace nok::server::http
