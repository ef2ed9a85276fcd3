// What `nok-server check` and `serve` say about a database file before anyone relies on it:
// whether its pages are sound (SQLite's integrity_check), whether its schema is the one this
// nok-server writes (older: the next command upgrades it; newer: this binary must not touch it),
// and whether the file or its -wal/-shm can be read by anyone but its owner (the database holds
// the server's signing and sealing secret keys). It never changes the schema.
#pragma once

#include <string>
#include <vector>

namespace nok::server {

struct DatabaseCheck {
    int schemaVersion = 0;             // 0 when it could not be read
    int expectedVersion = 0;           // the newest this nok-server knows
    std::vector<std::string> problems; // plain sentences; empty: all is well
};

[[nodiscard]] DatabaseCheck checkDatabase(const std::string& path);
// One sentence per file of the database (file, -wal, -shm) that group or others can read.
[[nodiscard]] std::vector<std::string> databaseExposure(const std::string& path);

} // namespace nok::server
