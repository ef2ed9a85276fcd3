#include "http/connection_pool.h"

namespace nok::server::http {

ConnectionPool::Lease::~Lease() {
    if (m_db) m_pool->release(std::move(m_db));
}

Result<ConnectionPool::Lease> ConnectionPool::acquire() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            auto db = std::move(m_free.back());
            m_free.pop_back();
            return Lease(*this, std::move(db));
        }
    }
    auto db = open();
    if (!db) return db.error();
    return Lease(*this, std::move(*db));
}

Result<std::unique_ptr<sqlite::Database>> ConnectionPool::open() {
    // The schema was migrated when the server started; a worker's connection only opens the file.
    auto db = sqlite::Database::open(m_path, {.create = false, .durability = sqlite::Durability::Full});
    if (!db) return db.error();
    (*db)->setWalCommitHook([&checkpointer = m_checkpointer](int frames) {
        checkpointer.commitReported(frames);
    });
    return db;
}

void ConnectionPool::release(std::unique_ptr<sqlite::Database> db) {
    std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(db));
}

void ConnectionPool::closeAll() {
    std::lock_guard lock(m_mutex);
    m_free.clear();
}

} // namespace nok::server::http
