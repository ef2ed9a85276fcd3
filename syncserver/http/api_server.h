// The HTTP(S) server: cpp-httplib with a fixed worker pool, the body limit, the one error handler
// and exception handler, the structured request log, and every route. bind() then run() (which
// blocks until stop()); stop() may be called from any thread (a signal watcher, a test): the
// listening socket closes, in-flight requests finish, then run() returns.
#pragma once

#include "http/server_context.h"
#include "nok/result.h"

#include <memory>

namespace httplib {
class Server;
}

namespace nok::server::http {

class ApiServer {
  public:
    // Opens the database (migrating it), loads the server keys, loads TLS files if given.
    [[nodiscard]] static Result<std::unique_ptr<ApiServer>> create(const ServerOptions& options);
    ~ApiServer();

    // Binds options.host:options.port (port 0: any free port); returns the bound port.
    [[nodiscard]] Result<int> bind();
    // Serves until stop(); false if listening failed.
    bool run();
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] int port() const { return m_port; }

  private:
    ApiServer(const ServerOptions& options, ServerKeys keys);
    void configure();

    std::unique_ptr<ServerContext> m_ctx;
    std::unique_ptr<httplib::Server> m_server;
    int m_port = 0;
};

} // namespace nok::server::http
