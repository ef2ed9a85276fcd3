#include "http/request_helpers.h"

#include "http/json_depth.h"
#include "service/user_service.h"

#include <algorithm>
#include <cctype>
#include <ctime>

namespace nok::server::http {

namespace {

bool isJsonContentType(std::string value) {
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    const auto semicolon = value.find(';');
    std::string media = value.substr(0, semicolon);
    while (!media.empty() && media.back() == ' ')
        media.pop_back();
    return media == "application/json";
}

} // namespace

Status requireJsonContentType(const httplib::Request& req) {
    if (!isJsonContentType(req.get_header_value("Content-Type")))
        return makeError("unsupported_media_type", "the body must be sent as application/json",
                         "Content-Type");
    return {};
}

Result<nlohmann::json> parseJsonBody(const httplib::Request& req) {
    if (auto s = requireJsonContentType(req); !s) return s.error();
    if (!jsonDepthWithin(req.body))
        return makeError("json_too_deep", "the JSON is nested deeper than " +
                                              std::to_string(kMaxJsonDepth) + " levels");
    try {
        auto doc = nlohmann::json::parse(req.body);
        if (!doc.is_object()) return makeError("malformed_json", "the body must be a JSON object");
        return doc;
    } catch (const nlohmann::json::parse_error& e) {
        return makeError("malformed_json",
                         "the body is not valid JSON (byte " + std::to_string(e.byte) + ")");
    }
}

Result<std::string> requireString(const nlohmann::json& object, const std::string& field) {
    auto it = object.find(field);
    if (it == object.end()) return makeError("invalid_request", "is required", field);
    if (!it->is_string()) return makeError("invalid_request", "must be a string", field);
    return it->get<std::string>();
}

Result<UserRecord> requireUser(sqlite::Database& db, const httplib::Request& req,
                               std::initializer_list<std::string_view> roles) {
    // Not get_header_value(): it returns a C string, so a value httplib percent-decoded to
    // "TOKEN\0junk" would reach us as just "TOKEN". The whole value, or refuse a repeated header.
    if (req.get_header_value_count("Authorization") > 1)
        return makeError("unauthorized", "send one Authorization header", "Authorization");
    const auto header = req.headers.find("Authorization");
    auto user = authenticateBearer(
        db, header == req.headers.end() ? std::string_view() : std::string_view(header->second));
    if (!user) return user.error();
    if (auto s = requireRole(*user, roles); !s) return s.error();
    return user;
}

std::int64_t unixNow() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

} // namespace nok::server::http
