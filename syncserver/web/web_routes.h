// Registers the web pages on nok-server's HTTP server: the online questionnaire
// (/survey/{campaign}/{org}), the council dashboard (/council...), and the embedded assets
// (/assets/web.css, /assets/web.js). Everything the pages need from the rest of the server comes
// through WebContext; the in-memory state (CSRF key, rate limits, sessions) lives as long as the
// registered handlers.
#pragma once

#include "web/web_context.h"

namespace httplib {
class Server;
}

namespace nok::web {

void registerWebRoutes(httplib::Server& server, const WebContext& context);

// The headers every web response carries (also used by the tests to check them):
// Content-Security-Policy without 'unsafe-inline', nosniff, no-referrer, DENY framing.
inline constexpr char kContentSecurityPolicy[] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

} // namespace nok::web
