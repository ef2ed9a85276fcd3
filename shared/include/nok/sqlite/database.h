// Thin RAII layer over the SQLite C API, used by the server store and the kiosk outbox.
// Database opens a file in WAL mode with a busy timeout and foreign keys on, caches prepared
// statements by SQL text, and reports every failure as a Result. Transaction rolls back unless
// commit() is called. Migrations apply numbered SQL scripts, each in its own transaction that also
// sets PRAGMA user_version, and refuse a database whose version is newer than the code knows.
#pragma once

#include "nok/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace nok::sqlite {

enum class Durability {
    Normal, // synchronous=NORMAL: with WAL a power cut may lose the last commits; tools and reads
    Full    // synchronous=FULL: every commit is on disk before it returns. The kiosk outbox (a
            // "thank you" promises the answer is saved) and the server (a signed receipt tells the
            // device to delete its copy) both need it
};

struct OpenOptions {
    bool create = true;
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    Durability durability = Durability::Normal;
};

// A prepared statement. Bind indexes are 1-based (as in SQLite); column indexes 0-based.
// step() returns true while a row is available, false when done, or the error (code and SQLite's
// message) as its Result.
class Statement {
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* stmt, sqlite3* db, bool owned);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, const void* data, std::size_t size);
    Statement& bindNull(int index);
    Statement& bind(int index, std::nullopt_t) { return bindNull(index); }
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // One step. Ok(true): a row; Ok(false): done.
    [[nodiscard]] Result<bool> step();
    // Runs to completion (for INSERT/UPDATE/DELETE); error if it fails.
    [[nodiscard]] Status run();
    void reset(); // resets and clears bindings so a cached statement can be reused

    [[nodiscard]] bool isNull(int col) const;
    [[nodiscard]] std::int64_t columnInt(int col) const;
    [[nodiscard]] double columnDouble(int col) const;
    [[nodiscard]] std::string columnText(int col) const;
    [[nodiscard]] std::string columnBlob(int col) const; // bytes as std::string
    [[nodiscard]] std::optional<std::int64_t> columnOptionalInt(int col) const;
    [[nodiscard]] std::optional<double> columnOptionalDouble(int col) const;
    [[nodiscard]] std::optional<std::string> columnOptionalText(int col) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    bool m_owned = true;
};

// The one loop over a query's rows: steps `statement` to its end, calling `onRow(statement)` for
// each row, and resets it however the loop ends. A cached statement left mid-result after a
// failed step keeps its read snapshot (blocking WAL checkpoints) and its bindings; the loops
// written by hand forgot the reset on that path more than once. `onRow` may return a Status:
// its first error stops the loop and is returned.
// Resets a statement when it goes out of scope, however the code using it returns.
class ResetOnExit {
public:
    explicit ResetOnExit(Statement& statement) : m_statement(statement) {}
    ~ResetOnExit() { m_statement.reset(); }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

private:
    Statement& m_statement;
};

template <typename OnRow> [[nodiscard]] Status forEachRow(Statement& statement, OnRow&& onRow) {
    ResetOnExit resetOnExit{statement};
    for (;;) {
        auto row = statement.step();
        if (!row) return row.error();
        if (!*row) return {};
        const Statement& current = statement;
        if constexpr (std::is_same_v<decltype(onRow(current)), Status>) {
            if (auto s = onRow(current); !s) return s;
        } else {
            onRow(current);
        }
    }
}

// Every row of `statement`, each read by `read(statement)` into a T.
template <typename T, typename Read>
[[nodiscard]] Result<std::vector<T>> collectRows(Statement& statement, Read&& read) {
    std::vector<T> out;
    if (auto s = forEachRow(statement, [&](const Statement& row) { out.push_back(read(row)); }); !s)
        return s.error();
    return out;
}

// The first row of `statement` read by `read(statement)`, or nullopt when the query returns none;
// the statement is reset however it ends, like forEachRow (the single-row lookups written by hand
// each repeated the step / reset-on-error dance, and one forgot the reset).
template <typename Read>
[[nodiscard]] auto firstRow(Statement& statement, Read&& read)
    -> Result<std::optional<std::invoke_result_t<Read&, const Statement&>>> {
    using Row = std::invoke_result_t<Read&, const Statement&>;
    ResetOnExit resetOnExit{statement};
    auto row = statement.step();
    if (!row) return row.error();
    if (!*row) return std::optional<Row>();
    const Statement& current = statement;
    return std::optional<Row>(read(current));
}

// Whether `statement` returns any row (an EXISTS-style lookup); reset afterwards.
[[nodiscard]] Result<bool> hasRow(Statement& statement);

// The first column of the first row as an integer (a count, a MAX, a stored number), or
// `whenNone` when the query returns no row; reset afterwards.
[[nodiscard]] Result<std::int64_t> firstInt(Statement& statement, std::int64_t whenNone = 0);

class Database {
public:
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const std::string& path,
                                                                const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Executes one or more statements without parameters (schema scripts, pragmas).
    [[nodiscard]] Status exec(std::string_view sql);
    // A fresh statement owned by the caller.
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    // A statement cached by its SQL text, reset and with bindings cleared; valid until the
    // Database is destroyed. Not for concurrent use: one Database per thread.
    [[nodiscard]] Result<Statement*> cached(std::string_view sql);

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] int userVersion();
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    // Online backup of the whole database into another file (sqlite3_backup).
    [[nodiscard]] Status backupTo(const std::string& destinationPath);

    // Calls `hook` after every commit with the number of frames in the WAL file. Installing it
    // turns this connection's automatic checkpoint off: the commit that crosses the threshold
    // would otherwise copy the WAL into the database, with fsyncs, before it returns, while the
    // caller still holds its write lock. Whoever receives the count checkpoints instead.
    void setWalCommitHook(std::function<void(int frames)> hook);
    // A passive checkpoint: copies what it can of the WAL into the database without waiting for
    // readers or writers (they go on meanwhile).
    [[nodiscard]] Status checkpoint();

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::function<void(int)> m_walCommitHook;
};

// BEGIN IMMEDIATE on construction (a writer takes the lock up front, so two writers never
// deadlock on upgrade); ROLLBACK in the destructor unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status begun() const { return m_beginStatus; }
    [[nodiscard]] Status commit();

private:
    Database& m_db;
    Status m_beginStatus;
    bool m_active = false;
};

struct Migration {
    int version;         // 1, 2, 3 ... in order, no gaps
    std::string name;    // e.g. "0001_init"
    std::string sql;
};

// Applies the migrations above the database's user_version, each in one transaction.
// Error "database_too_new" if user_version is above the last migration's version;
// "migration_failed" naming the migration if one fails (that one is rolled back).
[[nodiscard]] Status migrate(Database& db, const std::vector<Migration>& migrations);

} // namespace nok::sqlite
