// What every route handler shares: the server keys (loaded once at start), the connection pool,
// the rate limiters, the options and the cache of scored campaigns. Per-address limits count
// req.remote_addr, which the connection layer (guarded_server.h) sets to the client resolved
// through trusted proxies. Owned by ApiServer; handlers hold a reference.
#pragma once

#include "http/client_address.h"
#include "http/connection_pool.h"
#include "http/rate_limiter.h"
#include "http/wal_checkpointer.h"
#include "nok/survey/response_payload.h"
#include "service/results_cache.h"
#include "storage/server_keys.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>

namespace nok::server::http {

struct ServerOptions {
    std::string dbPath;
    std::string host = "127.0.0.1";
    int port = 8080;             // 0: any free port (tests)
    int threads = 0;             // connections served at once; 0: kDefaultThreads
    std::string tlsCert, tlsKey; // both set: HTTPS
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    std::size_t maxHeaderBytes = 16 * 1024;
    std::chrono::milliseconds requestTimeout{10000}; // header and body, plus 1 s per 16 KiB
    std::chrono::milliseconds idleTimeout{5000};     // for a request to begin
    std::size_t maxConnectionsPerAddress = 16;
    TrustedProxies trustedProxies; // only their X-Forwarded-For is believed
    RateLimit deviceRate{60, 10};     // sync batches per authenticated device
    RateLimit noiseRate{30, 1};       // unauthenticated device requests per source address
    RateLimit enrolFailures{10, 0.2}; // failed enrolments per source address
    RateLimit enrolCodeRate{10, 0.1}; // enrolment attempts per code
    bool log = true;
    // The server's UTC day, YYYY-MM-DD (tests set a fixed one); empty: the system clock.
    std::function<std::string()> today;

    // Sized for clients that wait (slow links, slow or silent attackers), not for cores.
    static constexpr int kDefaultThreads = 256;
};

struct ServerContext {
    ServerContext(const ServerOptions& o, ServerKeys k)
        : options(o), keys(std::move(k)), checkpointer(o.dbPath), pool(o.dbPath, checkpointer),
          deviceLimiter(o.deviceRate), noiseLimiter(o.noiseRate), enrolLimiter(o.enrolFailures),
          enrolCodeLimiter(o.enrolCodeRate) {}
    ServerOptions options;
    ServerKeys keys;
    WalCheckpointer checkpointer; // before the pool: its connections report to it
    ConnectionPool pool;
    RateLimiter deviceLimiter;    // keyed by device id, taken only by authenticated batches
    RateLimiter noiseLimiter;     // keyed by addressKey(client), taken by unauthenticated ones
    RateLimiter enrolLimiter;     // keyed by addressKey(client), taken by failed enrolments
    RateLimiter enrolCodeLimiter; // keyed by the code, taken by every attempt
    std::mutex writeLock; // one writer at a time, queued here rather than in SQLite's busy handler
    std::unique_ptr<sqlite::Database> ingestWriter; // sync batches are written here, under writeLock
    ResultsCache results; // scored campaigns for the API and the dashboard, until their data changes

    [[nodiscard]] std::string today() const {
        return options.today ? options.today() : survey::todayUtc();
    }
};

} // namespace nok::server::http
