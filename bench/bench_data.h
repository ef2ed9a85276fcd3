// Bulk generation of a large campaign for the scoring benchmark: organisations, expert records
// and complete responses that follow the questionnaire's skip logic, written in one transaction
// through the server's own storage functions (insertResponse, so the tallies are kept exactly
// as in production).
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <cstdint>
#include <string>

namespace nok::bench {

struct BenchShape {
    int organizations = 5000;
    int responsesPerOrganization = 200;
    std::string campaign = "bench-2026";
};

[[nodiscard]] Status generateCampaign(sqlite::Database& db, const BenchShape& shape);

} // namespace nok::bench
