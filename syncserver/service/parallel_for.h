// parallelFor: runs f(i) for every i in [0, n) on up to `workers` threads (the caller's thread is
// one of them) and returns when all are done. Ingest uses it so that one batch's seal-opening and
// signature checks use every core even while the other connection's batch waits for its commit
// (fsync) or for the write lock. f must not touch shared state without its own synchronisation;
// an exception thrown by f is rethrown on the caller's thread after every worker has joined.
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace nok::server {

// Below this many items per thread, starting a thread costs more than it saves.
constexpr std::size_t kMinItemsPerWorker = 16;

template <typename F> void parallelFor(std::size_t n, std::size_t workers, F&& f) {
    workers = std::clamp<std::size_t>(std::min(workers, n / kMinItemsPerWorker), 1, 64);
    if (workers == 1) {
        for (std::size_t i = 0; i < n; ++i)
            f(i);
        return;
    }
    std::exception_ptr failure;
    std::mutex failureLock;
    // Interleaved indices rather than contiguous chunks: items of one batch cost about the same,
    // but a run of rejected (cheap) items must not leave one thread idle.
    auto run = [&](std::size_t first) {
        try {
            for (std::size_t i = first; i < n; i += workers)
                f(i);
        } catch (...) {
            std::lock_guard lock(failureLock);
            if (!failure) failure = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(run, w);
    run(0);
    for (auto& t : threads)
        t.join();
    if (failure) std::rethrow_exception(failure);
}

// The number of threads worth using for CPU-bound work on this machine.
inline std::size_t hardwareWorkers() {
    return std::max(1u, std::thread::hardware_concurrency());
}

} // namespace nok::server
