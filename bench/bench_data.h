// Bulk generation of a large campaign for the benchmarks: organisations, expert records and
// complete responses that follow the questionnaire's skip logic, either written in one
// transaction through the server's own storage functions (insertResponse, so the tallies are
// kept exactly as in production) or as a nok-dataset/1 file for the import benchmark.
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

// The same campaign as a nok-dataset/1 file (for `nok-server import`), written as it is
// generated, so a file of a million responses never sits in memory.
[[nodiscard]] Status writeDatasetFile(const std::string& path, const BenchShape& shape);

} // namespace nok::bench
