#include "web/web_routes.h"

#include "web/web_routes_internal.h"

#include <chrono>

namespace nok::embedded {
std::optional<std::string_view> webAsset(std::string_view key);
}

namespace nok::web {

namespace detail {

std::int64_t WebState::now() const {
    if (ctx.options.now) return ctx.options.now();
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::optional<std::string> cookieValue(const httplib::Request& req, const std::string& name) {
    // The whole value (get_header_value() would stop at a NUL httplib percent-decoded).
    const auto found = req.headers.find("Cookie");
    const std::string header = found == req.headers.end() ? std::string() : found->second;
    std::size_t pos = 0;
    while (pos < header.size()) {
        auto end = header.find(';', pos);
        if (end == std::string::npos) end = header.size();
        std::string part = header.substr(pos, end - pos);
        const auto b = part.find_first_not_of(' ');
        if (b != std::string::npos) part = part.substr(b);
        const auto eq = part.find('=');
        if (eq != std::string::npos && part.substr(0, eq) == name) return part.substr(eq + 1);
        pos = end + 1;
    }
    return std::nullopt;
}

std::string cookie(const WebState& s, const std::string& name, const std::string& value,
                   const std::string& path, std::optional<std::int64_t> maxAge) {
    std::string c = name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict";
    if (s.ctx.options.tls) c += "; Secure";
    if (maxAge) c += "; Max-Age=" + std::to_string(*maxAge);
    return c;
}

std::string param(const httplib::Request& req, const std::string& name) {
    return req.has_param(name.c_str()) ? req.get_param_value(name.c_str()) : std::string();
}

Display displayOf(const httplib::Request& req) {
    Display d;
    d.lang = param(req, "lang") == "en" ? "en" : "ru";
    d.highContrast = param(req, "contrast") == "high";
    d.largeText = param(req, "size") == "large";
    return d;
}

void setSecurityHeaders(httplib::Response& res) {
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Cross-Origin-Opener-Policy", "same-origin");
}

void sendHtml(httplib::Response& res, int status, const std::string& html) {
    setSecurityHeaders(res);
    // Pages carry CSRF tokens, answers being corrected or council data: never cached.
    res.set_header("Cache-Control", "no-store");
    res.status = status;
    res.set_content(html, "text/html; charset=utf-8");
}

void redirect(httplib::Response& res, const std::string& location) {
    setSecurityHeaders(res);
    res.set_header("Cache-Control", "no-store");
    res.status = 303;
    res.set_header("Location", location);
}

std::string csrfTokenFor(WebState& s, const httplib::Request& req, httplib::Response& res) {
    if (auto existing = cookieValue(req, kCsrfCookie);
        existing && s.csrf.check(*existing, *existing))
        return *existing;
    std::string token = s.csrf.issue();
    res.set_header("Set-Cookie", cookie(s, kCsrfCookie, token, "/"));
    return token;
}

bool csrfValid(const WebState& s, const httplib::Request& req) {
    auto c = cookieValue(req, kCsrfCookie);
    return c && s.csrf.check(*c, param(req, "csrf"));
}

} // namespace detail

void registerWebRoutes(httplib::Server& server, const WebContext& context) {
    auto state = std::make_shared<detail::WebState>(context);
    server.Get(R"(/assets/(web\.css|web\.js))",
               [](const httplib::Request& req, httplib::Response& res) {
                   const std::string name = req.matches[1];
                   auto data = nok::embedded::webAsset(name);
                   detail::setSecurityHeaders(res);
                   if (!data) {
                       res.status = 404;
                       return;
                   }
                   res.set_header("Cache-Control", "public, max-age=3600");
                   res.set_content(std::string(*data), name.ends_with(".css")
                                                           ? "text/css; charset=utf-8"
                                                           : "text/javascript; charset=utf-8");
               });
    detail::registerSurveyRoutes(server, state);
    detail::registerCouncilRoutes(server, state);
}

} // namespace nok::web
