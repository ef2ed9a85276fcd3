#include "nok/sqlite/database.h"

namespace nok::sqlite {

Status migrate(Database& db, const std::vector<Migration>& migrations) {
    for (std::size_t i = 0; i < migrations.size(); ++i)
        if (migrations[i].version != static_cast<int>(i) + 1)
            return makeError("migration_failed", "migrations must be numbered 1, 2, 3 ... without gaps", migrations[i].name);
    const int current = db.userVersion();
    if (current < 0) return makeError("database_corrupt", "cannot read the schema version", db.path());
    const int latest = static_cast<int>(migrations.size());
    if (current > latest)
        return makeError("database_too_new",
                         "the database has schema version " + std::to_string(current) + " but this program knows only up to " +
                             std::to_string(latest) + "; use a newer program",
                         db.path());
    for (const auto& m : migrations) {
        if (m.version <= current) continue;
        Transaction tx(db);
        if (auto st = tx.begun(); !st) return makeError("migration_failed", st.error().message, m.name);
        if (auto st = db.exec(m.sql); !st)
            return makeError("migration_failed", "migration " + m.name + " failed: " + st.error().message, m.name);
        if (auto st = db.exec("PRAGMA user_version = " + std::to_string(m.version)); !st)
            return makeError("migration_failed", st.error().message, m.name);
        if (auto st = tx.commit(); !st) return makeError("migration_failed", st.error().message, m.name);
    }
    return {};
}

} // namespace nok::sqlite
