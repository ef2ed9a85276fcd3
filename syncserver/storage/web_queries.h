// Read-only lookups the web pages need on the tables of sql/0001: campaigns with their
// organisations, the questionnaire of a campaign, the free-text suggestions of an organisation
// (shown to the council, never scored), the newest expert record, and the next sequence number
// of the server's own web responses.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

struct WebOrg {
    std::string id, name, category;
};

struct WebCampaign {
    std::string id, title, region, questionnaire;
    int year = 0;
    std::vector<WebOrg> organizations; // by name, then id
};

// Newest first (created_seq descending).
[[nodiscard]] Result<std::vector<WebCampaign>> listWebCampaigns(sqlite::Database& db);
[[nodiscard]] Result<std::optional<WebCampaign>> findWebCampaign(sqlite::Database& db,
                                                                 const std::string& id);
// Non-empty suggestions of an organisation's responses, sorted by text (never in answer order).
[[nodiscard]] Result<std::vector<std::string>>
suggestionsOf(sqlite::Database& db, const std::string& campaign, const std::string& org);
// The newest expert record (JSON text), nullopt when none.
[[nodiscard]] Result<std::optional<std::string>>
newestExpertRecord(sqlite::Database& db, const std::string& campaign, const std::string& org);
// 1 + the highest seq of responses with source 'web'.
[[nodiscard]] Result<std::int64_t> nextWebSeq(sqlite::Database& db);

} // namespace nok::server
