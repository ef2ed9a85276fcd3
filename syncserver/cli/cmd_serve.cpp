// `nok-server serve`: runs the HTTP API until SIGTERM or SIGINT. The signals are blocked in every
// thread and taken by one watcher thread with sigwait(), which stops the server: the listening
// socket closes, in-flight requests finish, the connections close, and the command exits 0.
#include "cli/commands.h"
#include "storage/database_check.h"
#include "http/access_log.h"
#include "http/api_server.h"
#include "http/client_address.h"

#include <charconv>
#include <csignal>
#include <pthread.h>
#include <thread>
#include <vector>

namespace nok::server::cli {

namespace {

Status parseListen(const std::string& text, http::ServerOptions& o) {
    const auto colon = text.rfind(':');
    Error bad = makeError("invalid_argument", "must be HOST:PORT, e.g. 127.0.0.1:8080", "--listen");
    if (colon == std::string::npos || colon == 0) return bad;
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    int port = -1;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data() + colon + 1, end, port);
    if (ec != std::errc() || ptr != end || port < 0 || port > 65535) return bad;
    o.host = host;
    o.port = port;
    return {};
}

int serve(const Arguments& args, Io& io) {
    http::ServerOptions o;
    o.dbPath = *args.get("db");
    if (auto listen = args.get("listen"))
        if (auto s = parseListen(*listen, o); !s) return reportError(io, s.error());
    auto threads = args.getInt("threads", 1, 4096);
    if (!threads) return reportError(io, threads.error());
    if (*threads) o.threads = static_cast<int>(**threads);
    std::vector<http::AddressRange> proxies;
    for (const auto& text : args.all("trusted-proxy")) {
        auto range = http::AddressRange::parse(text);
        if (!range) return reportError(io, range.error());
        proxies.push_back(*range);
    }
    o.trustedProxies = http::TrustedProxies(std::move(proxies));
    o.tlsCert = args.get("tls-cert").value_or("");
    o.tlsKey = args.get("tls-key").value_or("");

    // Block before any thread starts so every worker inherits the mask and only sigwait sees them.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);

    auto server = http::ApiServer::create(o);
    if (!server) return reportError(io, server.error());
    // Loud, on every start, until fixed: anyone who can read the file can sign receipts and
    // open sealed responses.
    for (const auto& exposed : databaseExposure(o.dbPath)) {
        io.err << "nok-server: WARNING: " << exposed << "\n";
        http::logEvent("warning", "database_exposed", {{"detail", exposed}});
    }
    auto port = (*server)->bind();
    if (!port) return reportError(io, port.error());

    std::atomic<bool> finished{false};
    std::thread watcher([&] {
        int sig = 0;
        sigwait(&set, &sig);
        if (finished) return;
        http::logEvent("info", "stopping", {{"signal", sig == SIGTERM ? "SIGTERM" : "SIGINT"}});
        (*server)->stop();
    });
    const bool ok = (*server)->run();
    finished = true;
    pthread_kill(watcher.native_handle(), SIGTERM); // wakes the watcher if no signal came
    watcher.join();
    server->reset(); // closes every database connection
    http::logEvent("info", "stopped");
    if (!ok)
        return reportError(io,
                           makeError("serve_failed", "the server stopped listening unexpectedly"));
    return kExitOk;
}

} // namespace

Command serveCommand() {
    Command c;
    c.name = "serve";
    c.synopsis = "--db FILE [--listen HOST:PORT] [--threads N] [--trusted-proxy CIDR]... "
                 "[--tls-cert FILE --tls-key FILE]";
    c.summary = "serve the HTTP API until SIGTERM or SIGINT (in-flight requests finish)";
    c.options = {dbOption(),
                 {"listen", true, false, false, "HOST:PORT",
                  "address to listen on (default 127.0.0.1:8080; port 0: any)"},
                 {"threads", true, false, false, "N",
                  "connections served at once, slow ones included (default 256)"},
                 {"trusted-proxy", true, true, false, "CIDR",
                  "a reverse proxy whose X-Forwarded-For is believed (repeatable)"},
                 {"tls-cert", true, false, false, "FILE", "PEM certificate: serve HTTPS"},
                 {"tls-key", true, false, false, "FILE", "PEM private key for --tls-cert"}};
    c.run = serve;
    return c;
}

} // namespace nok::server::cli
