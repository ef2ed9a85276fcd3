// A blocking HTTP(S) client for one server URL (cpp-httplib), used only off the GUI thread by the
// sync worker and by the blocking enrolment. Every failure is a Result: "invalid_server_url",
// "network_error" (refused, timed out, dropped mid-response). abort() may be called from another
// thread to cut a request short when the kiosk shuts down.
#pragma once

#include "nok/result.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace httplib {
class Client;
}

namespace nok::kiosk {

struct HttpReply {
    int status = 0;
    std::string body;
    std::multimap<std::string, std::string> headers; // names in lower case
    [[nodiscard]] std::string header(const std::string& lowerName) const;
};

struct HttpTimeouts {
    int connectSeconds = 5;
    int readSeconds = 20;
};

// Checks a server URL: http:// or https://, a host, an optional port, no path.
[[nodiscard]] Status checkServerUrl(const std::string& url);

class HttpEndpoint {
  public:
    explicit HttpEndpoint(std::string baseUrl, HttpTimeouts timeouts = {});
    ~HttpEndpoint();

    using Headers = std::multimap<std::string, std::string>;
    [[nodiscard]] Result<HttpReply> post(const std::string& path, const std::string& jsonBody,
                                         const Headers& headers = {});
    [[nodiscard]] Result<HttpReply> get(const std::string& path, const Headers& headers = {});
    // A raw body (evidence upload) with its content type.
    [[nodiscard]] Result<HttpReply> put(const std::string& path, const std::string& body,
                                        const std::string& contentType, const Headers& headers = {});
    void abort();
    [[nodiscard]] bool aborted();

  private:
    enum class Method { Get, Post, Put };
    [[nodiscard]] Result<HttpReply> send(Method method, const std::string& path, const std::string& body,
                                         const std::string& contentType, const Headers& headers);
    std::string m_baseUrl;
    HttpTimeouts m_timeouts;
    std::mutex m_mutex;
    httplib::Client* m_current = nullptr; // the request in flight, for abort()
    bool m_aborted = false;
};

// The error message of a JSON error body ({"error": {"code", "message"}}), or the status code.
[[nodiscard]] std::string describeHttpError(const HttpReply& reply);

} // namespace nok::kiosk
