// bench_import: the import benchmark of issue 15. Writes a nok-dataset/1 file of N responses
// (default 1,000,000: 5,000 organisations × 200), then runs `nok-server init` and
// `nok-server import` on a fresh database as child processes and prints the import's wall time,
// responses per second, CPU time and the child's peak RSS (wait4). A second import of the same
// file (everything already stored: reads only) is timed too.
//
// Usage: bench_import [--orgs N] [--per-org N] [--server PATH] [--dir DIR]
//   --server PATH  the nok-server to measure (default: this build's), e.g. an older build
//   --dir DIR      keep the dataset there and reuse it on the next run
#include "bench_data.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct ChildRun {
    int status = -1;
    double wall = 0, cpu = 0;
    long peakRssMb = 0;
};

ChildRun runChild(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    ChildRun out;
    rusage usage{};
    if (wait4(pid, &out.status, 0, &usage) != pid) return out;
    out.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    out.cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
              static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    out.peakRssMb = usage.ru_maxrss / 1024; // KiB on Linux
    return out;
}

int fail(const std::string& what) {
    std::fprintf(stderr, "bench_import: error: %s\n", what.c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    nok::bench::BenchShape shape;
    std::string server = NOK_SERVER_BINARY, dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--orgs") shape.organizations = std::atoi(argv[i + 1]);
        else if (a == "--per-org") shape.responsesPerOrganization = std::atoi(argv[i + 1]);
        else if (a == "--server") server = argv[i + 1];
        else if (a == "--dir") dir = argv[i + 1];
        else {
            std::fprintf(stderr, "usage: bench_import [--orgs N] [--per-org N] [--server PATH] "
                                 "[--dir DIR]\n");
            return 2;
        }
    }
    const bool keep = !dir.empty();
    if (!keep)
        dir = (std::filesystem::temp_directory_path() / ("nok-bench-import-" + std::to_string(getpid())))
                  .string();
    std::filesystem::create_directories(dir);
    const long long responses =
        static_cast<long long>(shape.organizations) * shape.responsesPerOrganization;
    const std::string dataset = dir + "/dataset-" + std::to_string(shape.organizations) + "x" +
                                std::to_string(shape.responsesPerOrganization) + ".json";
    if (!std::filesystem::exists(dataset)) {
        const auto t0 = std::chrono::steady_clock::now();
        if (auto st = nok::bench::writeDatasetFile(dataset, shape); !st)
            return fail(st.error().describe());
        std::printf("wrote %lld responses (%.0f MB) in %.1f s: %s\n", responses,
                    static_cast<double>(std::filesystem::file_size(dataset)) / 1e6,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                    dataset.c_str());
    }
    const std::string db = dir + "/import.db";
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db + suffix);
    if (runChild({server, "init", "--db", db}).status != 0) return fail("nok-server init failed");

    const ChildRun first = runChild({server, "import", "--db", db, dataset});
    if (!WIFEXITED(first.status) || WEXITSTATUS(first.status) != 0)
        return fail("the import failed (status " + std::to_string(first.status) + ")");
    std::printf("import of %lld responses: %.1f s wall, %.1f s CPU, %.0f responses/s, peak RSS "
                "%ld MB (target <= 300 MB)\n",
                responses, first.wall, first.cpu, static_cast<double>(responses) / first.wall,
                first.peakRssMb);
    const ChildRun again = runChild({server, "import", "--db", db, dataset});
    std::printf("re-import (all already stored): %.1f s wall, %.1f s CPU, peak RSS %ld MB\n",
                again.wall, again.cpu, again.peakRssMb);
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db + suffix);
    if (!keep) std::filesystem::remove_all(dir);
    return 0;
}
