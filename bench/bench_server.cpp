#include "bench_server.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace nok::bench {

namespace {

long statusField(pid_t pid, const std::string& field) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    while (status >> key) {
        if (key == field) {
            long kb = 0;
            status >> kb;
            return kb;
        }
    }
    return -1;
}

} // namespace

ServerProcess::ServerProcess(const std::string& binary, const std::string& dbPath, int threads) {
    int fds[2];
    if (pipe(fds) != 0) {
        std::fprintf(stderr, "bench: pipe failed\n");
        std::exit(1);
    }
    const std::string threadCount = std::to_string(threads);
    m_pid = fork();
    if (m_pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl(binary.c_str(), "nok-server", "serve", "--db", dbPath.c_str(), "--listen",
              "127.0.0.1:0", "--threads", threadCount.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    m_log = fds[0];
    std::string line;
    char c;
    while (m_port == 0 && read(m_log, &c, 1) == 1) {
        if (c != '\n') {
            line.push_back(c);
            continue;
        }
        auto doc = nlohmann::json::parse(line, nullptr, false);
        if (doc.is_object() && doc.value("event", "") == "listening")
            m_port = doc["port"].get<int>();
        line.clear();
    }
    if (m_port == 0) {
        std::fprintf(stderr, "bench: the server did not start (%s)\n", binary.c_str());
        std::exit(1);
    }
    m_drain = std::thread([fd = m_log] { // the request log must not fill the pipe
        char buf[4096];
        while (read(fd, buf, sizeof buf) > 0) {
        }
    });
}

int ServerProcess::stop() {
    if (m_pid < 0) return 0;
    kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    m_drain.join();
    close(m_log);
    return status;
}

ServerProcess::~ServerProcess() {
    stop();
}

long peakRssKb(pid_t pid) {
    return statusField(pid, "VmHWM:");
}

long currentRssKb(pid_t pid) {
    return statusField(pid, "VmRSS:");
}

} // namespace nok::bench
