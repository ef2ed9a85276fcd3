// Browser-side helpers for the server's HTML pages: the CSRF token a form carries, a cookie the
// server set, and a signed-in council dashboard session obtained through the real sign-in form.
#pragma once

#include <httplib.h>

#include <string>

namespace nok::test {

// The value of the form's hidden `csrf` field, or empty.
inline std::string csrfFrom(const std::string& html) {
    const std::string marker = "name=\"csrf\" value=\"";
    const auto at = html.find(marker);
    if (at == std::string::npos) return {};
    return html.substr(at + marker.size(), html.find('"', at + marker.size()) - at - marker.size());
}

// "name=value" of the Set-Cookie header for `name`, or empty.
inline std::string cookieFrom(const httplib::Result& r, const std::string& name) {
    for (const auto& [k, v] : r->headers)
        if (k == "Set-Cookie" && v.rfind(name + "=", 0) == 0) return v.substr(0, v.find(';'));
    return {};
}

// Signs in to the dashboard with `token`; the Cookie header value to send, empty on failure.
inline std::string councilSession(httplib::Client& c, const std::string& token) {
    auto open = c.Get("/council");
    if (!open || open->status != 200) return {};
    const std::string csrfCookie = cookieFrom(open, "nok_csrf");
    auto login = c.Post("/council/login", {{"Cookie", csrfCookie}},
                        httplib::Params{{"csrf", csrfFrom(open->body)}, {"token", token}});
    if (!login || login->status != 303) return {};
    return csrfCookie + "; " + cookieFrom(login, "nok_session");
}

} // namespace nok::test
