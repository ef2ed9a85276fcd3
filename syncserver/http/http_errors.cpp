#include "http/http_errors.h"

#include "http/access_log.h"

#include <nlohmann/json.hpp>

#include <map>

namespace nok::server::http {

namespace {

const std::map<std::string, int>& statusTable() {
    static const std::map<std::string, int> table = {
        {"bad_request", 400},
        {"malformed_json", 400},
        {"json_too_deep", 400},
        {"invalid_request", 400},
        {"batch_mismatch", 400},
        {"invalid_public_key", 400},
        {"invalid_label", 400},
        {"invalid_format", 400},
        {"unauthorized", 401},
        {"unknown_device", 401},
        {"bad_auth", 401},
        {"forbidden", 403},
        {"device_revoked", 403},
        {"enrol_code_invalid", 403},
        {"not_found", 404},
        {"unknown_campaign", 404},
        {"unknown_org", 404},
        {"invalid_plan", 400},
        {"method_not_allowed", 405},
        {"key_already_enrolled", 409},
        {"payload_too_large", 413},
        {"too_many_items", 413},
        {"unsupported_media_type", 415},
        {"rate_limited", 429},
        {"too_many_connections", 429},
        {"internal_error", 500},
        // expert checks and evidence
        {"invalid_expert_check", 400},
        {"invalid_checklist", 400},
        {"device_mismatch", 400},
        {"org_not_in_campaign", 400},
        {"hash_mismatch", 400},
        {"bad_signature", 401},
        {"org_not_allowed", 403},
        {"conflict", 409},
        {"campaign_approved", 409},
        {"not_an_image", 415},
    };
    return table;
}

Error defaultErrorFor(int status) {
    switch (status) {
    case 400:
        return makeError("bad_request", "the request could not be read");
    case 404:
        return makeError("not_found", "no such endpoint");
    case 405:
        return makeError("method_not_allowed", "this endpoint does not take this method");
    case 413:
        return makeError("payload_too_large", "the request body is larger than 8 MiB");
    case 414:
        return makeError("uri_too_long", "the request URI is too long");
    case 415:
        return makeError("unsupported_media_type", "the body must be application/json");
    case 408:
        return makeError("request_timeout", "the request did not arrive in time; send it again");
    case 431:
        return makeError("headers_too_large", "the request line and headers are larger than 16 KiB");
    case 416:
        return makeError("range_not_satisfiable", "the requested range is not available");
    default:
        break;
    }
    return makeError(status >= 500 ? "internal_error" : "http_" + std::to_string(status),
                     status >= 500 ? "the server failed to handle the request"
                                   : "the request was refused");
}

} // namespace

int statusForCode(const std::string& code) {
    auto it = statusTable().find(code);
    return it == statusTable().end() ? 500 : it->second;
}

void sendJson(httplib::Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    "application/json");
}

void sendError(httplib::Response& res, int status, const Error& error) {
    nlohmann::json e = {{"code", error.code}, {"message", error.message}};
    e["field"] = error.field.empty() ? nlohmann::json(nullptr) : nlohmann::json(error.field);
    sendJson(res, status, {{"error", e}});
}

void sendError(httplib::Response& res, const Error& error) {
    const int status = statusForCode(error.code);
    if (status >= 500) {
        // Storage and other internal failures: logged for the operator, a generic text for the
        // client.
        logEvent("error", "internal_error", {{"code", error.code}, {"detail", error.describe()}});
        sendError(res, status,
                  makeError("internal_error", "the server failed to handle the request"));
        return;
    }
    sendError(res, status, error);
}

httplib::Server::HandlerResponse handleHttpError(const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled; // already our shape
    sendError(res, res.status, defaultErrorFor(res.status));
    return httplib::Server::HandlerResponse::Handled;
}

void handleException(const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
        if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
        what = e.what();
    } catch (...) {
    }
    logEvent("error", "exception", {{"detail", what}});
    sendError(res, 500, makeError("internal_error", "the server failed to handle the request"));
}

} // namespace nok::server::http
