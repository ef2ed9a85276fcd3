#include "nok/sqlite/database.h"
#include "nok/sqlite/private_files.h"

#include <sqlite3.h>

namespace nok::sqlite {

namespace {

Error sqlError(sqlite3* db, const std::string& what) {
    const char* msg = db ? sqlite3_errmsg(db) : "out of memory";
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
    std::string errorCode = "sqlite_error";
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) errorCode = "database_busy";
    else if ((code & 0xff) == SQLITE_CONSTRAINT) errorCode = "constraint_violation";
    else if ((code & 0xff) == SQLITE_FULL) errorCode = "disk_full";
    else if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT) errorCode = "database_corrupt";
    else if ((code & 0xff) == SQLITE_READONLY) errorCode = "read_only";
    else if ((code & 0xff) == SQLITE_IOERR) errorCode = "io_error";
    else if ((code & 0xff) == SQLITE_CANTOPEN) errorCode = "cannot_open";
    return makeError(errorCode, what + ": " + msg);
}

} // namespace

// --- Statement ------------------------------------------------------------------------------

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db, bool owned) : m_stmt(stmt), m_db(db), m_owned(owned) {}

Statement::~Statement() {
    if (m_stmt && m_owned) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_owned(other.m_owned) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt && m_owned) sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_owned = other.m_owned;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}
Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, std::size_t size) {
    // A zero-length blob must stay a blob, not NULL: pass a non-null pointer.
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, index, size ? data : &empty, size, SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return sqlError(m_db, "statement failed");
}

Status Statement::run() {
    while (true) {
        auto r = step();
        if (!r) {
            sqlite3_reset(m_stmt);
            return r.error();
        }
        if (!*r) break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Result<bool> hasRow(Statement& statement) {
    auto row = firstRow(statement, [](const Statement&) { return true; });
    if (!row) return row.error();
    return row->has_value();
}

Result<std::int64_t> firstInt(Statement& statement, std::int64_t whenNone) {
    auto row = firstRow(statement, [](const Statement& s) { return s.columnInt(0); });
    if (!row) return row.error();
    return row->value_or(whenNone);
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::int64_t Statement::columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::columnDouble(int col) const { return sqlite3_column_double(m_stmt, col); }
std::string Statement::columnText(int col) const {
    const auto* p = sqlite3_column_text(m_stmt, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)))
             : std::string();
}
std::string Statement::columnBlob(int col) const {
    const auto* p = sqlite3_column_blob(m_stmt, col);
    return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)))
             : std::string();
}
std::optional<std::int64_t> Statement::columnOptionalInt(int col) const {
    if (isNull(col)) return std::nullopt;
    return columnInt(col);
}
std::optional<double> Statement::columnOptionalDouble(int col) const {
    if (isNull(col)) return std::nullopt;
    return columnDouble(col);
}
std::optional<std::string> Statement::columnOptionalText(int col) const {
    if (isNull(col)) return std::nullopt;
    return columnText(col);
}

// --- Database -------------------------------------------------------------------------------

Result<std::unique_ptr<Database>> Database::open(const std::string& path, const OpenOptions& options) {
    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly) {
        flags |= SQLITE_OPEN_CREATE;
        // SQLite would create it 0644 under the usual umask, and its -wal/-shm copy that mode.
        if (path != ":memory:" && !path.empty() && path.rfind("file:", 0) != 0) {
            if (auto made = createPrivateFile(path); !made) return made.error();
        }
    }
    // Each connection is used by one thread at a time; the library still serialises internally.
    flags |= SQLITE_OPEN_FULLMUTEX;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqlError(raw, "cannot open database");
        e.field = path;
        sqlite3_close(raw);
        return e;
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    std::string pragmas = "PRAGMA foreign_keys = ON;";
    if (!options.readOnly) {
        pragmas += "PRAGMA journal_mode = WAL;";
        pragmas += options.durability == Durability::Full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;";
    }
    if (auto st = db->exec(pragmas); !st) {
        Error e = st.error();
        e.field = path;
        return e;
    }
    return db;
}

Database::~Database() {
    m_cache.clear(); // finalize cached statements before closing
    if (m_db) sqlite3_close(m_db);
}

Status Database::exec(std::string_view sql) {
    char* msg = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
        Error e = sqlError(m_db, "SQL failed");
        sqlite3_free(msg);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), 0, &stmt, nullptr) != SQLITE_OK)
        return sqlError(m_db, "cannot prepare statement");
    return Statement(stmt, m_db, true);
}

Result<Statement*> Database::cached(std::string_view sql) {
    const std::string key(sql);
    if (auto it = m_cache.find(key); it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return sqlError(m_db, "cannot prepare statement");
    auto owned = std::make_unique<Statement>(stmt, m_db, true);
    auto* ptr = owned.get();
    m_cache.emplace(key, std::move(owned));
    return ptr;
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion() {
    auto st = prepare("PRAGMA user_version");
    if (!st) return -1;
    auto row = st->step();
    return row && *row ? static_cast<int>(st->columnInt(0)) : -1;
}

void Database::setWalCommitHook(std::function<void(int frames)> hook) {
    m_walCommitHook = std::move(hook);
    sqlite3_wal_hook(
        m_db,
        [](void* self, sqlite3*, const char*, int frames) {
            static_cast<Database*>(self)->m_walCommitHook(frames);
            return SQLITE_OK;
        },
        this);
}

Status Database::checkpoint() {
    // SQLITE_BUSY: another checkpoint is running; this one is not needed.
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY) return sqlError(m_db, "checkpoint failed");
    return {};
}

Status Database::backupTo(const std::string& destinationPath) {
    // A backup holds the same secrets as the database: owner-only, whatever the umask.
    if (auto made = createPrivateFile(destinationPath); !made) return made;
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(destinationPath.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        Error e = sqlError(dest, "cannot open backup file");
        e.field = destinationPath;
        sqlite3_close(dest);
        return e;
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", m_db, "main");
    if (!backup) {
        Error e = sqlError(dest, "cannot start backup");
        sqlite3_close(dest);
        return e;
    }
    int rc;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    Status result;
    if (rc != SQLITE_DONE) {
        result = sqlError(dest, "backup failed");
    }
    sqlite3_close(dest);
    return result;
}

// --- Transaction ----------------------------------------------------------------------------

Transaction::Transaction(Database& db) : m_db(db) {
    m_beginStatus = m_db.exec("BEGIN IMMEDIATE");
    m_active = m_beginStatus.ok();
}

Transaction::~Transaction() {
    if (m_active) (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit() {
    if (!m_active) return makeError("no_transaction", "the transaction was not started or already ended");
    auto st = m_db.exec("COMMIT");
    if (st) m_active = false;
    return st;
}

} // namespace nok::sqlite
