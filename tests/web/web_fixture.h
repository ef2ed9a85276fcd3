// Test support for the web tests: loads a nok-dataset/1 file into a fresh server database
// (campaign, organisations, expert records, responses with source "import"), and a stand-in
// for the results service, computed from the stored tallies, until the real scoring service is
// wired. The stand-in is deliberately simple (indicator = share of "yes"; criterion = mean of
// its indicators; total = mean of criteria) and is never used by nok-server itself.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <nlohmann/json.hpp>

#include <string>

namespace nok::webtest {

[[nodiscard]] Status seedDataset(sqlite::Database& db, const nlohmann::json& dataset);
[[nodiscard]] Result<nlohmann::json> scoredResults(sqlite::Database& db, const std::string& campaign);
[[nodiscard]] std::string resultsCsv(const nlohmann::json& results);

} // namespace nok::webtest
