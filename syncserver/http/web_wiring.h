// Connects the web pages (syncserver/web: the online questionnaire and the council dashboard) to
// the running server: their storage through the connection pool (writers queued on the context's
// write lock), council sign-in through the same bearer tokens as the API, and results through
// the same service and renderers as the council API. Called by ApiServer::configure after the
// API routes.
#pragma once

#include "http/server_context.h"
#include "web/web_context.h"

namespace httplib {
class Server;
}

namespace nok::server::http {

// The web context for `ctx` (which must outlive every handler using it).
[[nodiscard]] web::WebContext makeWebContext(ServerContext& ctx);

// makeWebContext + web::registerWebRoutes.
void registerWebPages(httplib::Server& server, ServerContext& ctx);

} // namespace nok::server::http
