// The task queue behind the HTTP server: a thread per connection being served, started when a
// connection arrives and no thread is free, up to a maximum. A waiting client (a kiosk on a
// weak link, or an attacker's slow socket) holds its thread until its request deadline, so the
// pool is sized for waiting clients, not for cores: with a fixed pool of one thread per core two
// slow sockets stopped the whole server. Threads stay for the life of the server once started.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nok::server::http {

class WorkerPool : public httplib::TaskQueue {
  public:
    explicit WorkerPool(std::size_t maxThreads) : m_max(maxThreads == 0 ? 1 : maxThreads) {}
    ~WorkerPool() override { shutdown(); }

    void enqueue(std::function<void()> fn) override;
    // Runs every queued task, then joins the threads.
    void shutdown() override;

  private:
    void work();

    const std::size_t m_max;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads;
    std::size_t m_idle = 0;
    bool m_stopping = false;
};

} // namespace nok::server::http
