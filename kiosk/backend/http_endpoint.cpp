#include "http_endpoint.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <regex>

namespace nok::kiosk {

std::string HttpReply::header(const std::string& lowerName) const {
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

Status checkServerUrl(const std::string& url) {
    static const std::regex full(
        R"(^https?://([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?/?$)");
    if (url.empty()) return makeError("invalid_server_url", "no server URL given", "--server");
    if (!std::regex_match(url, full))
        return makeError("invalid_server_url",
                         "must look like http://host:port or https://host (got \"" + url + "\")",
                         "--server");
    return {};
}

HttpEndpoint::HttpEndpoint(std::string baseUrl, HttpTimeouts timeouts)
    : m_baseUrl(std::move(baseUrl)), m_timeouts(timeouts) {
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
}

HttpEndpoint::~HttpEndpoint() = default;

void HttpEndpoint::abort() {
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    if (m_current) m_current->stop();
}

bool HttpEndpoint::aborted() {
    std::lock_guard lock(m_mutex);
    return m_aborted;
}

Result<HttpReply> HttpEndpoint::post(const std::string& path, const std::string& jsonBody,
                                     const Headers& headers) {
    return send(Method::Post, path, jsonBody, "application/json", headers);
}

Result<HttpReply> HttpEndpoint::put(const std::string& path, const std::string& body,
                                    const std::string& contentType, const Headers& headers) {
    return send(Method::Put, path, body, contentType, headers);
}

Result<HttpReply> HttpEndpoint::get(const std::string& path, const Headers& headers) {
    return send(Method::Get, path, {}, {}, headers);
}

Result<HttpReply> HttpEndpoint::send(Method method, const std::string& path, const std::string& body,
                                     const std::string& contentType, const Headers& headers) {
    if (auto st = checkServerUrl(m_baseUrl); !st) return st.error();
    httplib::Client client(m_baseUrl);
    client.set_connection_timeout(m_timeouts.connectSeconds, 0);
    client.set_read_timeout(m_timeouts.readSeconds, 0);
    client.set_write_timeout(m_timeouts.readSeconds, 0);
    client.set_keep_alive(false);
    // httplib writes the headers and the body separately: with Nagle's algorithm the body waits
    // for the server's delayed ACK of the headers (40 ms on Linux) on every batch.
    client.set_tcp_nodelay(true);
    {
        std::lock_guard lock(m_mutex);
        if (m_aborted) return makeError("network_error", "the kiosk is shutting down");
        m_current = &client;
    }
    httplib::Headers h(headers.begin(), headers.end());
    auto res = method == Method::Post  ? client.Post(path, h, body, contentType.c_str())
               : method == Method::Put ? client.Put(path, h, body, contentType.c_str())
                                       : client.Get(path, h);
    {
        std::lock_guard lock(m_mutex);
        m_current = nullptr;
    }
    if (!res)
        return makeError("network_error", "cannot reach " + m_baseUrl + path + ": " +
                                              httplib::to_string(res.error()));
    HttpReply reply;
    reply.status = res->status;
    reply.body = res->body;
    for (const auto& [name, value] : res->headers) {
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        reply.headers.emplace(std::move(lower), value);
    }
    return reply;
}

std::string describeHttpError(const HttpReply& reply) {
    const auto doc = nlohmann::json::parse(reply.body, nullptr, false);
    std::string text = "HTTP " + std::to_string(reply.status);
    if (doc.is_object() && doc.contains("error") && doc["error"].is_object()) {
        const auto& e = doc["error"];
        if (e.contains("message") && e["message"].is_string())
            text += ": " + e["message"].get<std::string>();
        else if (e.contains("code") && e["code"].is_string())
            text += ": " + e["code"].get<std::string>();
    }
    return text;
}

} // namespace nok::kiosk
