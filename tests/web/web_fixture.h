// Test support for the web tests: loads a nok-dataset/1 file into a fresh server database
// (campaign, organisations, expert records, responses with source "import"), and a stand-in
// for the results service computed from the stored tallies, so the route tests exercise the
// pages without the server's results service (nok-server itself never uses it; the real wiring
// is tested in tests/server_api/tst_web_wiring and by the browser tests).
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <nlohmann/json.hpp>

#include <string>

namespace nok::webtest {

[[nodiscard]] Status seedDataset(sqlite::Database& db, const nlohmann::json& dataset);
[[nodiscard]] Result<nlohmann::json> scoredResults(sqlite::Database& db,
                                                   const std::string& campaign);

} // namespace nok::webtest
