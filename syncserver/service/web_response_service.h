// The server's own web form as a response source: the answers a respondent sent from the online
// questionnaire go through the same validator as every other response, become a signed payload
// (device "web", channel "web", day only, seq from a server counter) signed with the server's
// Ed25519 key, and are stored with source "web" in one transaction. The respondent's address,
// language and time of day are never part of what is stored. When the organisation has issued
// invitation codes, the same transaction spends the respondent's code (service/
// invitation_service): the response is stored only with a usable code, and nothing stored
// names the code next to the response or the response next to the code.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <nlohmann/json.hpp>

#include <string>

namespace nok::server {

struct WebResponseRequest {
    std::string campaign;
    std::string org;
    nlohmann::json answers;
    std::string invitation; // the code as typed; "" when the organisation needs none
};

struct StoredWebResponse {
    std::string id;
    std::string payload; // exact signed bytes
};

// Errors: "unknown_campaign" (field campaign), "unknown_org" (field org), the validator's codes
// with field "answers.<question>", "unknown_questionnaire", "server_keys_missing", the
// invitation errors of checkInvitation (field "invitation"), storage errors. On any error
// nothing is stored and no code is spent.
[[nodiscard]] Result<StoredWebResponse> storeWebResponse(sqlite::Database& db,
                                                         const WebResponseRequest& request);

} // namespace nok::server
