// Opens the server's SQLite file and brings its schema up to date with the numbered migrations
// in storage/sql (embedded in the binary). Refuses a database written by a newer nok-server.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <memory>
#include <string>
#include <vector>

namespace nok::server {

[[nodiscard]] const std::vector<sqlite::Migration>& serverMigrations();

// create=false: the file must exist already (every command but `init` uses this, so a typo in
// --db does not silently start an empty database).
[[nodiscard]] Result<std::unique_ptr<sqlite::Database>> openServerDatabase(const std::string& path, bool create);

} // namespace nok::server
