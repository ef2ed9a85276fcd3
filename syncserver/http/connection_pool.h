// SQLite connections for the HTTP worker threads. sqlite::Database is not for concurrent use, so
// each request leases a connection of its own and gives it back when done; the pool grows to at
// most one connection per worker thread and closes them all when destroyed (server shutdown).
#pragma once

#include "http/wal_checkpointer.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace nok::server::http {

class ConnectionPool {
  public:
    ConnectionPool(std::string path, WalCheckpointer& checkpointer)
        : m_path(std::move(path)), m_checkpointer(checkpointer) {}

    class Lease {
      public:
        Lease(ConnectionPool& pool, std::unique_ptr<sqlite::Database> db)
            : m_pool(&pool), m_db(std::move(db)) {}
        ~Lease();
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        [[nodiscard]] sqlite::Database& db() { return *m_db; }

      private:
        ConnectionPool* m_pool;
        std::unique_ptr<sqlite::Database> m_db;
    };

    [[nodiscard]] Result<Lease> acquire();
    // A connection of the caller's own, outside the pool (ingest keeps one for all its writes).
    [[nodiscard]] Result<std::unique_ptr<sqlite::Database>> open();
    void closeAll();

  private:
    void release(std::unique_ptr<sqlite::Database> db);

    std::string m_path;
    WalCheckpointer& m_checkpointer;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<sqlite::Database>> m_free;
};

} // namespace nok::server::http
