#include "storage/server_database.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace nok::embedded {
std::optional<std::string_view> migrationFile(std::string_view key);
}

namespace nok::server {

namespace {
// Append new migrations here, never edit a released one.
constexpr std::string_view kMigrationFiles[] = {
    "0001_init.sql",
    "0002_devices_users.sql",
    "0003_expert_evidence.sql",
    "0004_invitations.sql",
    "0005_batch_tallies.sql",
    "0006_responses_checks.sql",
    "0007_results_revisions.sql",
    "0008_daily_limits.sql",
    "0009_user_tokens.sql",
    "0010_plans.sql",
    "0011_approval.sql",
    "0012_plan_revisions.sql",
};
} // namespace

const std::vector<sqlite::Migration>& serverMigrations() {
    static const std::vector<sqlite::Migration> migrations = [] {
        std::vector<sqlite::Migration> list;
        int version = 1;
        for (auto file : kMigrationFiles) {
            auto sql = embedded::migrationFile(file);
            list.push_back({version++, std::string(file.substr(0, file.size() - 4)), std::string(sql.value_or(""))});
        }
        return list;
    }();
    return migrations;
}

Result<std::unique_ptr<sqlite::Database>> openServerDatabase(const std::string& path, bool create) {
    if (!create && !std::filesystem::exists(path))
        return makeError("database_missing", "no database at this path; create it with `nok-server init --db " + path + "`", path);
    auto db = sqlite::Database::open(path, {.create = create, .durability = sqlite::Durability::Full});
    if (!db) return db.error();
    if (auto st = sqlite::migrate(**db, serverMigrations()); !st) return st.error();
    return db;
}

} // namespace nok::server
