// Opens the kiosk's SQLite store (kiosk.db in the data dir) with synchronous=FULL, so a commit
// that returned is on disk, and brings its schema up to date with the numbered migrations in
// sql/ (embedded in the binary). Every thread of the kiosk opens its own connection.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <memory>
#include <string>
#include <vector>

namespace nok::kiosk {

[[nodiscard]] const std::vector<sqlite::Migration>& kioskMigrations();

// Creates the file on first use; refuses a database written by a newer kiosk.
[[nodiscard]] Result<std::unique_ptr<sqlite::Database>> openKioskDatabase(const std::string& path);

} // namespace nok::kiosk
