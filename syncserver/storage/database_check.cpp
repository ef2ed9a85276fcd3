#include "storage/database_check.h"

#include "nok/sqlite/private_files.h"
#include "storage/server_database.h"

#include <filesystem>

namespace nok::server {

namespace {

constexpr int kIntegrityLinesShown = 10;

// SQLite's own list of what is broken; "ok" alone when nothing is.
void checkIntegrity(sqlite::Database& db, DatabaseCheck& out) {
    auto st = db.prepare("PRAGMA integrity_check(" + std::to_string(kIntegrityLinesShown) + ")");
    if (!st) {
        out.problems.push_back("integrity check could not run: " + st.error().message);
        return;
    }
    for (;;) {
        auto row = st->step();
        if (!row) {
            out.problems.push_back("integrity check failed: " + row.error().message);
            return;
        }
        if (!*row) return;
        const std::string line = st->columnText(0);
        if (line != "ok") out.problems.push_back("integrity: " + line);
    }
}

void checkSchema(sqlite::Database& db, DatabaseCheck& out) {
    out.schemaVersion = db.userVersion();
    if (out.schemaVersion > out.expectedVersion)
        out.problems.push_back("schema version " + std::to_string(out.schemaVersion) +
                               " was written by a newer nok-server (this one knows up to " +
                               std::to_string(out.expectedVersion) +
                               "): use that version, do not run this one on it");
    else if (out.schemaVersion < out.expectedVersion)
        out.problems.push_back("schema version " + std::to_string(out.schemaVersion) +
                               " is older than " + std::to_string(out.expectedVersion) +
                               ": `nok-server init --db` upgrades it (take a backup first)");
}

} // namespace

std::vector<std::string> databaseExposure(const std::string& path) {
    std::vector<std::string> out;
    for (const std::string& file : {path, path + "-wal", path + "-shm"}) {
        if (auto mode = sqlite::openToOthers(file))
            out.push_back(file + " can be read by group or others (mode " + *mode +
                          "); it holds the server's secret keys: chmod 600 " + file);
    }
    return out;
}

DatabaseCheck checkDatabase(const std::string& path) {
    DatabaseCheck out;
    out.expectedVersion = static_cast<int>(serverMigrations().size());
    if (!std::filesystem::exists(path)) {
        out.problems.push_back("no database at " + path);
        return out;
    }
    out.problems = databaseExposure(path);
    auto db = sqlite::Database::open(path, {.create = false});
    if (!db) {
        out.problems.push_back("cannot open: " + db.error().message);
        return out;
    }
    checkIntegrity(**db, out);
    checkSchema(**db, out);
    return out;
}

} // namespace nok::server
