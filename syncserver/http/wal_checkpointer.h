// WalCheckpointer: the server's one checkpointer. The request connections report the size of the
// WAL after each commit (sqlite::Database::setWalCommitHook); when it passes a threshold, this
// thread copies the WAL into the database on its own connection, with a passive checkpoint that
// lets writers go on. A sync batch's commit then only appends to the WAL and fsyncs it, instead of
// sometimes also checkpointing (copying megabytes and fsyncing the database) while it holds the
// write lock that the next batch waits for. stop() runs a last checkpoint and joins the thread.
#pragma once

#include "nok/result.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace nok::server::http {

class WalCheckpointer {
public:
    // SQLite's own default for automatic checkpoints: about 4 MB of WAL.
    static constexpr int kThresholdFrames = 1000;

    explicit WalCheckpointer(std::string dbPath);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Called by a connection's commit hook, on the committing thread: must stay cheap.
    void commitReported(int walFrames);
    // Checkpoints once more and ends the thread; also done by the destructor.
    void stop();

private:
    void run();

    std::string m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace nok::server::http
