// Parsing and checks every route shares: a JSON body (415 for another Content-Type, 400 naming
// the position for malformed JSON), typed fields that name themselves when missing, and the
// bearer-token role check for council and admin endpoints.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/user_service.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace nok::server::http {

[[nodiscard]] Status requireJsonContentType(const httplib::Request& req);
[[nodiscard]] Result<nlohmann::json> parseJsonBody(const httplib::Request& req);
[[nodiscard]] Result<std::string> requireString(const nlohmann::json& object,
                                                const std::string& field);
[[nodiscard]] Result<UserRecord> requireUser(sqlite::Database& db, const httplib::Request& req,
                                             std::initializer_list<std::string_view> roles);
[[nodiscard]] std::int64_t unixNow();

} // namespace nok::server::http
