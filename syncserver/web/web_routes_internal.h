// Shared by the route files of the web layer (not a public header): the state the handlers keep
// and small request/response helpers.
#pragma once

#include "http/rate_limiter.h"
#include "web/html.h"
#include "web/web_context.h"
#include "web/web_security.h"

#include <httplib.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

namespace nok::web::detail {

struct WebState {
    WebContext ctx;
    CsrfGuard csrf;
    RateLimiter surveyLimiter;
    RateLimiter loginLimiter;
    // Wrong invitation codes per address (only failures take a token), so codes cannot be
    // guessed by trying; the shared token bucket of the API (http/rate_limiter).
    server::http::RateLimiter invitationLimiter;
    SessionStore sessions;

    explicit WebState(const WebContext& c)
        : ctx(c), surveyLimiter(c.options.rateLimitCount, c.options.rateLimitWindowSeconds),
          loginLimiter(c.options.rateLimitCount, c.options.rateLimitWindowSeconds),
          invitationLimiter(server::http::RateLimit{
              static_cast<double>(c.options.invitationFailures),
              static_cast<double>(c.options.invitationFailures) /
                  static_cast<double>(std::max<std::int64_t>(1, c.options.invitationWindowSeconds))}),
          sessions(c.options.sessionTtlSeconds) {}
    [[nodiscard]] std::int64_t now() const;
};

[[nodiscard]] std::optional<std::string> cookieValue(const httplib::Request& req,
                                                     const std::string& name);
// "name=value; Path=...; HttpOnly; SameSite=Strict[; Secure][; Max-Age=N]"
[[nodiscard]] std::string cookie(const WebState& s, const std::string& name,
                                 const std::string& value, const std::string& path,
                                 std::optional<std::int64_t> maxAge = std::nullopt);
[[nodiscard]] std::string param(const httplib::Request& req, const std::string& name);
[[nodiscard]] Display displayOf(const httplib::Request& req);

void setSecurityHeaders(httplib::Response& res);
void sendHtml(httplib::Response& res, int status, const std::string& html);
void redirect(httplib::Response& res, const std::string& location);
// The CSRF token of this browser: the cookie's if it is still valid, a new one otherwise (and
// then the cookie is set on `res`).
[[nodiscard]] std::string csrfTokenFor(WebState& s, const httplib::Request& req,
                                       httplib::Response& res);
[[nodiscard]] bool csrfValid(const WebState& s, const httplib::Request& req);

void registerSurveyRoutes(httplib::Server& server, const std::shared_ptr<WebState>& state);
void registerCouncilRoutes(httplib::Server& server, const std::shared_ptr<WebState>& state);

inline constexpr char kCsrfCookie[] = "nok_csrf";
inline constexpr char kSessionCookie[] = "nok_session";

} // namespace nok::web::detail
