#include "storage/checklist_store.h"

namespace nok::server {

namespace {
constexpr char kChecklistStoreCurrentSql[] =
    "SELECT version, checklist_id, json, imported_day FROM checklists ORDER BY version DESC LIMIT 1";
constexpr char kChecklistStoreInsertSql[] =
    "INSERT INTO checklists (version, checklist_id, json, imported_day) "
    "VALUES ((SELECT coalesce(max(version), 0) + 1 FROM checklists), ?, ?, ?)";
} // namespace

Result<std::optional<StoredChecklist>> currentStoredChecklist(sqlite::Database& db) {
    auto st = db.cached(kChecklistStoreCurrentSql);
    if (!st) return st.error();
    return sqlite::firstRow(**st, [](const sqlite::Statement& row) {
        return StoredChecklist{row.columnInt(0), row.columnText(1), row.columnText(2),
                               row.columnText(3)};
    });
}

Result<std::int64_t> insertChecklist(sqlite::Database& db, const std::string& checklistId,
                                     const std::string& json, const std::string& importedDay) {
    auto st = db.cached(kChecklistStoreInsertSql);
    if (!st) return st.error();
    (*st)->bind(1, checklistId).bind(2, json).bind(3, importedDay);
    if (auto s = (*st)->run(); !s) return s.error();
    return db.lastInsertRowId();
}

} // namespace nok::server
