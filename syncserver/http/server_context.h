// What every route handler shares: the server keys (loaded once at start), the connection pool,
// the rate limiters, the options and the cache of scored campaigns. Owned by ApiServer; handlers
// hold a reference.
#pragma once

#include "http/connection_pool.h"
#include "http/rate_limiter.h"
#include "http/wal_checkpointer.h"
#include "service/results_cache.h"
#include "storage/server_keys.h"

#include <cstddef>
#include <mutex>
#include <string>

namespace nok::server::http {

struct ServerOptions {
    std::string dbPath;
    std::string host = "127.0.0.1";
    int port = 8080;             // 0: any free port (tests)
    int threads = 0;             // 0: the number of cores, at least 2
    std::string tlsCert, tlsKey; // both set: HTTPS
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    RateLimit deviceRate{60, 10};     // sync batches per device
    RateLimit enrolFailures{10, 0.2}; // failed enrolments, for the whole process
    bool log = true;
};

struct ServerContext {
    ServerContext(const ServerOptions& o, ServerKeys k)
        : options(o), keys(std::move(k)), checkpointer(o.dbPath), pool(o.dbPath, checkpointer),
          deviceLimiter(o.deviceRate),
          enrolLimiter(o.enrolFailures) {}
    ServerOptions options;
    ServerKeys keys;
    WalCheckpointer checkpointer; // before the pool: its connections report to it
    ConnectionPool pool;
    RateLimiter deviceLimiter;
    RateLimiter enrolLimiter;
    std::mutex writeLock; // one writer at a time, queued here rather than in SQLite's busy handler
    std::unique_ptr<sqlite::Database> ingestWriter; // sync batches are written here, under writeLock
    ResultsCache results; // scored campaigns for the API and the dashboard, until their data changes
};

} // namespace nok::server::http
