#include "http/wal_checkpointer.h"

#include "http/access_log.h"
#include "nok/sqlite/database.h"

namespace nok::server::http {

WalCheckpointer::WalCheckpointer(std::string dbPath) : m_path(std::move(dbPath)) {
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer() {
    stop();
}

void WalCheckpointer::commitReported(int walFrames) {
    if (walFrames < kThresholdFrames) return;
    {
        std::lock_guard lock(m_mutex);
        m_due = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::stop() {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) return;
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable()) m_thread.join();
}

void WalCheckpointer::run() {
    auto db = sqlite::Database::open(m_path, {.create = false, .durability = sqlite::Durability::Full});
    if (!db) {
        // Without this thread the WAL only grows until the next start; say so, keep serving.
        logEvent("error", "checkpointer_unavailable", {{"reason", db.error().describe()}});
        return;
    }
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_due || m_stopping; });
            m_due = false;
            stopping = m_stopping;
        }
        if (auto done = (*db)->checkpoint(); !done)
            logEvent("error", "checkpoint_failed", {{"reason", done.error().describe()}});
        if (stopping) return;
    }
}

} // namespace nok::server::http
