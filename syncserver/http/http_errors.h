// The one place that writes HTTP errors: every failure, from a handler, from cpp-httplib itself
// (404, 413, 400) or from an exception, leaves as
// {"error": {"code": "snake_case", "message": "...", "field": "path" | null}} with the status
// that belongs to the code. Handlers return nok::Error values; nothing else formats errors.
#pragma once

#include "nok/result.h"

#include <httplib.h>
#include <nlohmann/json_fwd.hpp>

#include <exception>

namespace nok::server::http {

// The HTTP status for an error code (500 for codes it does not know: a bug or storage failure).
[[nodiscard]] int statusForCode(const std::string& code);

void sendJson(httplib::Response& res, int status, const nlohmann::json& body);
void sendError(httplib::Response& res, const Error& error);
void sendError(httplib::Response& res, int status, const Error& error);

// Installed with set_error_handler: fills a body for statuses cpp-httplib set on its own.
httplib::Server::HandlerResponse handleHttpError(const httplib::Request& req,
                                                 httplib::Response& res);
// Installed with set_exception_handler: a 500 with the same shape; the process carries on.
void handleException(const httplib::Request& req, httplib::Response& res, std::exception_ptr ep);

} // namespace nok::server::http
