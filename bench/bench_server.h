// `nok-server serve` as a child process for the benchmarks that measure the real server: its
// own process, so its peak RSS (VmHWM) is its own. Started on a free loopback port (read from
// its "listening" log line); its log is drained so it never blocks on a full pipe.
#pragma once

#include <string>
#include <sys/types.h>
#include <thread>

namespace nok::bench {

class ServerProcess {
  public:
    // Exits the program with a message when the server does not start.
    ServerProcess(const std::string& binary, const std::string& dbPath, int threads = 2);
    ~ServerProcess(); // stop(), unless already stopped
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    [[nodiscard]] pid_t pid() const { return m_pid; }
    [[nodiscard]] int port() const { return m_port; }
    // SIGTERM, then waits for it; its wait status (WIFEXITED, WEXITSTATUS).
    int stop();

  private:
    pid_t m_pid = -1;
    int m_port = 0;
    int m_log = -1;
    std::thread m_drain;
};

// A process's peak resident set (VmHWM of /proc/PID/status) in KiB; -1 when unknown.
[[nodiscard]] long peakRssKb(pid_t pid);
// Its current resident set (VmRSS) in KiB; -1 when unknown.
[[nodiscard]] long currentRssKb(pid_t pid);

} // namespace nok::bench
