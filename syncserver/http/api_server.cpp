#include "http/api_server.h"

#include "http/access_log.h"
#include "http/guarded_server.h"
#include "http/http_errors.h"
#include "http/routes.h"
#include "http/web_wiring.h"
#include "http/worker_pool.h"
#include "storage/server_database.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace nok::server::http {

namespace {
thread_local std::chrono::steady_clock::time_point t_requestStart;
}

Result<std::unique_ptr<ApiServer>> ApiServer::create(const ServerOptions& options) {
    if (options.tlsCert.empty() != options.tlsKey.empty())
        return makeError("invalid_argument", "give both --tls-cert and --tls-key, or neither",
                         "--tls-cert");
    auto db = openServerDatabase(options.dbPath, false);
    if (!db) return db.error();
    auto keys = loadServerKeys(**db);
    if (!keys) return keys.error();
    db->reset(); // workers open their own connections
    std::unique_ptr<ApiServer> server(new ApiServer(options, std::move(*keys)));
    auto writer = server->m_ctx->pool.open();
    if (!writer) return writer.error();
    // Every sync batch inserts into the random-UUID id index: with SQLite's default 2 MiB cache
    // its pages kept being read again once a campaign passed a few tens of thousands of
    // responses. 16 MiB on this one connection (the server stays under 40 MB resident) took
    // 3-7 us of CPU off each stored response in bench_ingest.
    if (auto s = (*writer)->exec("PRAGMA cache_size = -16384"); !s) return s.error();
    server->m_ctx->ingestWriter = std::move(*writer);
    if (!server->m_server->is_valid())
        return makeError("tls_invalid", "cannot load the TLS certificate or key", "--tls-cert");
    return server;
}

ApiServer::ApiServer(const ServerOptions& options, ServerKeys keys)
    : m_ctx(std::make_unique<ServerContext>(options, std::move(keys))) {
    setLoggingEnabled(options.log);
    if (!options.tlsCert.empty()) {
        m_server =
            std::make_unique<httplib::SSLServer>(options.tlsCert.c_str(), options.tlsKey.c_str());
    } else {
        ConnectionPolicy policy;
        policy.limits.maxHeaderBytes = options.maxHeaderBytes;
        policy.limits.maxBodyBytes = options.maxBodyBytes;
        policy.limits.requestTimeout = options.requestTimeout;
        policy.idleTimeout = options.idleTimeout;
        policy.maxConnectionsPerAddress = options.maxConnectionsPerAddress;
        policy.trustedProxies = options.trustedProxies;
        m_server = std::make_unique<GuardedServer>(std::move(policy));
    }
    configure();
}

ApiServer::~ApiServer() {
    stop();
    m_server.reset();
    m_ctx->pool.closeAll();
    m_ctx->ingestWriter.reset();
}

void ApiServer::configure() {
    auto& s = *m_server;
    const int threads =
        m_ctx->options.threads > 0 ? m_ctx->options.threads : ServerOptions::kDefaultThreads;
    s.new_task_queue = [threads] { return new WorkerPool(static_cast<std::size_t>(threads)); };
    s.set_payload_max_length(m_ctx->options.maxBodyBytes);
    // Without TCP_NODELAY a response's header and body segments wait for the peer's delayed ACK
    // (40 ms on Linux) about every other request: a sync batch then spent longer waiting than
    // being checked. A device sends its outbox as a run of batches on one connection, so the
    // connection also stays open for more than httplib's default five requests.
    s.set_tcp_nodelay(true);
    s.set_keep_alive_max_count(100);
    s.set_error_handler(httplib::Server::HandlerWithResponse(handleHttpError));
    s.set_exception_handler(handleException);
    s.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        t_requestStart = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    s.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        const double ms = std::chrono::duration<double, std::milli>(
                              std::chrono::steady_clock::now() - t_requestStart)
                              .count();
        // Method, path, status, size and time only: no client address, no body, no query values.
        logEvent(res.status >= 500 ? "error" : "info", "request",
                 {{"method", req.method},
                  {"path", req.path},
                  {"status", res.status},
                  {"bytes_in", req.body.size()},
                  {"ms", std::round(ms * 10) / 10}});
    });
    s.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
        sendJson(res, 200, {{"status", "ok"}});
    });
    registerDeviceRoutes(s, *m_ctx);
    registerExpertRoutes(s, *m_ctx);
    registerAdminRoutes(s, *m_ctx);
    registerCouncilRoutes(s, *m_ctx);
    registerInvitationRoutes(s, *m_ctx);
    registerPlanRoutes(s, *m_ctx);
    // The questionnaire and council pages (/survey, /council, /assets). They always fill their
    // own body (HTML), so the error handler above, which only fills empty bodies, keeps the JSON
    // error shape for the API without touching the pages.
    registerWebPages(s, *m_ctx);
}

Result<int> ApiServer::bind() {
    const auto& o = m_ctx->options;
    if (o.port == 0) {
        m_port = m_server->bind_to_any_port(o.host);
        if (m_port <= 0) return makeError("bind_failed", "cannot listen on " + o.host, "--listen");
    } else {
        if (!m_server->bind_to_port(o.host, o.port))
            return makeError("bind_failed",
                             "cannot listen on " + o.host + ":" + std::to_string(o.port) +
                                 " (in use?)",
                             "--listen");
        m_port = o.port;
    }
    return m_port;
}

bool ApiServer::run() {
    logEvent("info", "listening",
             {{"host", m_ctx->options.host},
              {"port", m_port},
              {"tls", !m_ctx->options.tlsCert.empty()}});
    return m_server->listen_after_bind();
}

void ApiServer::stop() {
    if (m_server) m_server->stop();
}

bool ApiServer::isRunning() const {
    return m_server && m_server->is_running();
}

} // namespace nok::server::http
