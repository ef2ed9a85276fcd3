#include "kiosk_database.h"

#include <optional>
#include <string_view>

namespace nok::embedded {
std::optional<std::string_view> kioskMigrationFile(std::string_view key);
}

namespace nok::kiosk {

const std::vector<sqlite::Migration>& kioskMigrations() {
    static const std::vector<sqlite::Migration> migrations = [] {
        std::vector<sqlite::Migration> list;
        const char* names[] = {"0001_init", "0002_operator", "0003_sync_error_code"};
        int version = 1;
        for (const char* name : names) {
            const auto sql = embedded::kioskMigrationFile(std::string(name) + ".sql");
            list.push_back({version++, name, sql ? std::string(*sql) : std::string()});
        }
        return list;
    }();
    return migrations;
}

Result<std::unique_ptr<sqlite::Database>> openKioskDatabase(const std::string& path) {
    sqlite::OpenOptions options;
    options.durability = sqlite::Durability::Full;
    auto db = sqlite::Database::open(path, options);
    if (!db) return db.error();
    if (auto st = sqlite::migrate(**db, kioskMigrations()); !st) return st.error();
    return std::move(*db);
}

} // namespace nok::kiosk
