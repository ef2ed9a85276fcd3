// The parsed, validated content of one import file (a nok-dataset/1 JSON file or a CSV of paper
// questionnaires), before it touches the database. Every entry remembers where it came from
// (SourcePlace), so errors found later (an unknown organisation, a conflicting id) still name
// the JSON path or the CSV line and column.
#pragma once

#include "storage/campaign_store.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::server {

// "responses[3]" (JSON) or "line 5" (CSV); field() and answer() build the full location.
struct SourcePlace {
    std::string base;
    bool csv = false;
    std::size_t number = 0; // the index in "responses" (JSON) or the line (CSV): base rebuilt

    [[nodiscard]] static std::string baseOf(bool csv, std::size_t number);
    [[nodiscard]] std::string field(std::string_view key) const;
    [[nodiscard]] std::string answer(std::string_view questionId) const;
};

struct ExpertEntry {
    std::string org;
    std::string recordJson; // canonical: fixed key order, item sets sorted
    SourcePlace place;
};

struct ResponseEntry {
    std::string id;
    std::string org;
    std::string channel;
    std::optional<std::string> day;
    std::string answersJson; // the answers object, compact
    std::string payload;     // canonical compact JSON of the whole response object
    SourcePlace place;
};

struct OrganizationEntry {
    OrganizationRecord record;
    SourcePlace place;
};

struct Dataset {
    std::string campaignId;
    std::string questionnaire;              // key the answers were validated against
    std::optional<CampaignRecord> campaign; // the JSON campaign block; CSV has none
    std::vector<OrganizationEntry> organizations;
    std::vector<ExpertEntry> expert;
    std::vector<ResponseEntry> responses;
};

// Collects every problem of a file (up to a limit) instead of stopping at the first.
class Problems {
  public:
    static constexpr std::size_t kLimit = 100;
    void add(std::string code, std::string message, std::string field);
    void add(Error error);
    [[nodiscard]] bool empty() const { return m_errors.empty(); }
    [[nodiscard]] bool full() const { return m_errors.size() >= kLimit; }
    [[nodiscard]] const std::vector<Error>& errors() const { return m_errors; }
    [[nodiscard]] std::vector<Error> take() { return std::move(m_errors); }

  private:
    std::vector<Error> m_errors;
};

} // namespace nok::server
