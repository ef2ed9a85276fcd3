// bench_scoring: the scoring benchmark of issue 3. Builds (or reuses) a database with 5,000
// organisations × 200 complete responses (1,000,000), then times
//   (a) the full results JSON through the results service (tallies + engine + JSON), and
//   (b) the naive baseline: one plain SELECT ... GROUP BY org over the stored answers, with
//       count and yes-sum of each of the 15 yes/no questions,
// and prints both times, the ratio and the peak RSS (getrusage). Each timing is the best of 3.
// Also, for an honest reading of the ratio: the scoring alone (tallies + engine, no JSON), and
// a plainer baseline that reads no answer at all (`count(*) ... GROUP BY org`: the cost of
// visiting every response row, a floor no tally of the answers can beat by rescanning).
//
// Usage: bench_scoring [--db FILE] [--orgs N] [--per-org N]
//   --db FILE  keep the generated database there and reuse it on the next run
#include "bench_data.h"

#include "service/results_cache.h"
#include "service/results_json_writer.h"
#include "service/results_service.h"
#include "storage/server_database.h"

#include "nok/crypto/crypto.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char* kQuestions[] = {"stand_used",
                                      "stand_satisfied",
                                      "site_used",
                                      "site_satisfied",
                                      "timely",
                                      "comfort_satisfied",
                                      "disability",
                                      "accessibility_satisfied",
                                      "staff_first_contact",
                                      "staff_service",
                                      "remote_used",
                                      "remote_polite",
                                      "recommend",
                                      "organisational_satisfied",
                                      "overall_satisfied"};

// Built once from the question list; the text is constant, so it stays a prepared statement.
std::string baselineSql() {
    std::string sql = "SELECT org, count(*)";
    for (const char* q : kQuestions) {
        const std::string path = std::string("json_extract(answers, '$.") + q + "')";
        sql += ", count(" + path + "), sum(" + path + " = 'yes')";
    }
    return sql + " FROM responses WHERE campaign = ? GROUP BY org";
}

constexpr char kPlainBaselineSql[] =
    "SELECT org, count(*) FROM responses WHERE campaign = ? GROUP BY org";

double seconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

// CPU time of this process: the machine is shared, so wall time alone mixes in other load.
double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // KiB on Linux
}

int fail(const nok::Error& e) {
    std::fprintf(stderr, "bench_scoring: error: %s\n", e.describe().c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    nok::bench::BenchShape shape;
    std::string path;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--db")
            path = argv[i + 1];
        else if (a == "--orgs")
            shape.organizations = std::atoi(argv[i + 1]);
        else if (a == "--per-org")
            shape.responsesPerOrganization = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: bench_scoring [--db FILE] [--orgs N] [--per-org N]\n");
            return 2;
        }
    }
    if (!nok::crypto::init()) return 1;
    const bool keep = !path.empty();
    if (!keep)
        path = (std::filesystem::temp_directory_path() /
                ("nok-bench-" + std::to_string(getpid()) + ".db"))
                   .string();
    const bool reuse = keep && std::filesystem::exists(path);
    auto db = nok::server::openServerDatabase(path, true);
    if (!db) return fail(db.error());
    auto& d = **db;

    if (!reuse) {
        const auto t0 = std::chrono::steady_clock::now();
        // A rollback journal while bulk loading a new file (WAL would hold a second copy of every
        // page until the checkpoint); the server's normal WAL mode is restored afterwards.
        if (auto st = d.exec("PRAGMA journal_mode = DELETE; PRAGMA cache_size = -65536"); !st)
            return fail(st.error());
        if (auto st = nok::bench::generateCampaign(d, shape); !st) return fail(st.error());
        if (auto st = d.exec("PRAGMA journal_mode = WAL; PRAGMA cache_size = -2000"); !st)
            return fail(st.error());
        std::printf("generated %d organisations x %d responses = %lld responses in %.1f s (%s)\n",
                    shape.organizations, shape.responsesPerOrganization,
                    static_cast<long long>(shape.organizations) * shape.responsesPerOrganization,
                    seconds(std::chrono::steady_clock::now() - t0), path.c_str());
    } else {
        std::printf("reusing %s\n", path.c_str());
    }

    double best = 1e9, bestBaseline = 1e9, bestCpu = 1e9, bestBaselineCpu = 1e9;
    double bestScoring = 1e9, bestScoringCpu = 1e9, bestPlain = 1e9, bestPlainCpu = 1e9;
    std::size_t jsonBytes = 0;
    long long baselineRows = 0;
    for (int round = 0; round < 3; ++round) {
        const auto t0 = std::chrono::steady_clock::now();
        const double c0 = cpuSeconds();
        // Exactly what `results --format json` does: score from the tallies, then stream the
        // JSON text; here it is kept in memory in the pieces the writer hands out (as a chunked
        // HTTP response body would hold it), so all of it exists at the end.
        auto scored = nok::server::scoreStoredCampaign(d, {shape.campaign, std::nullopt});
        if (!scored) return fail(scored.error());
        std::vector<std::string> pieces;
        auto st = nok::server::writeResultsJson(std::move(*scored), 1, [&](std::string_view piece) {
            pieces.emplace_back(piece);
            return nok::Status{};
        });
        if (!st) return fail(st.error());
        best = std::min(best, seconds(std::chrono::steady_clock::now() - t0));
        bestCpu = std::min(bestCpu, cpuSeconds() - c0);
        jsonBytes = 0;
        for (const auto& p : pieces)
            jsonBytes += p.size();

        const auto t1 = std::chrono::steady_clock::now();
        const double c1 = cpuSeconds();
        auto baseline = d.prepare(baselineSql());
        if (!baseline) return fail(baseline.error());
        baseline->bind(1, shape.campaign);
        long long rows = 0, answered = 0;
        while (true) {
            auto row = baseline->step();
            if (!row) return fail(row.error());
            if (!*row) break;
            ++rows;
            answered += baseline->columnInt(1);
        }
        bestBaseline = std::min(bestBaseline, seconds(std::chrono::steady_clock::now() - t1));
        bestBaselineCpu = std::min(bestBaselineCpu, cpuSeconds() - c1);
        baselineRows = rows;
        (void)answered;

        // The scoring alone: what `results` does before it writes a byte.
        const auto t2 = std::chrono::steady_clock::now();
        const double c2 = cpuSeconds();
        auto alone =
            nok::server::scoreStoredCampaign(d, {shape.campaign, std::nullopt, std::nullopt});
        if (!alone) return fail(alone.error());
        bestScoring = std::min(bestScoring, seconds(std::chrono::steady_clock::now() - t2));
        bestScoringCpu = std::min(bestScoringCpu, cpuSeconds() - c2);

        const auto t3 = std::chrono::steady_clock::now();
        const double c3 = cpuSeconds();
        auto plain = d.prepare(kPlainBaselineSql);
        if (!plain) return fail(plain.error());
        plain->bind(1, shape.campaign);
        long long counted = 0;
        while (true) {
            auto row = plain->step();
            if (!row) return fail(row.error());
            if (!*row) break;
            counted += plain->columnInt(1);
        }
        bestPlain = std::min(bestPlain, seconds(std::chrono::steady_clock::now() - t3));
        bestPlainCpu = std::min(bestPlainCpu, cpuSeconds() - c3);
        (void)counted;
    }
    std::printf("full results JSON (results service): %.3f s wall, %.3f s CPU  (%zu bytes, %d "
                "organisations)\n",
                best, bestCpu, jsonBytes, shape.organizations);
    {
        // `results --brief` and the server's cache of scored campaigns (results_cache.h).
        auto scored = nok::server::scoreStoredCampaign(d, {shape.campaign, std::nullopt});
        if (!scored) return fail(scored.error());
        nok::server::ResultsJsonOptions brief;
        brief.form = nok::server::OrgForm::Brief;
        brief.summary = false;
        std::size_t briefBytes = 0;
        auto st = nok::server::writeResultsJson(*scored, 1, [&](std::string_view piece) {
            briefBytes += piece.size();
            return nok::Status{};
        }, brief);
        if (!st) return fail(st.error());
        std::printf("brief results JSON (--brief): %zu bytes\n", briefBytes);
        nok::server::ResultsCache cache;
        const auto t0 = std::chrono::steady_clock::now();
        auto first = cache.get(d, shape.campaign);
        if (!first) return fail(first.error());
        const auto t1 = std::chrono::steady_clock::now();
        auto again = cache.get(d, shape.campaign);
        if (!again) return fail(again.error());
        const auto t2 = std::chrono::steady_clock::now();
        const std::size_t full = (*again)->fullJson().size();
        const auto t3 = std::chrono::steady_clock::now();
        auto org = (*again)->organization("org-00042");
        const auto t4 = std::chrono::steady_clock::now();
        std::printf("results cache: compute %.3f s, reuse %.6f s, compact full JSON %.3f s (%zu "
                    "bytes), one organisation %.6f s%s\n",
                    seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), full, seconds(t4 - t3),
                    org ? "" : " (not found)");
    }
    std::printf("naive baseline GROUP BY over answers: %.3f s wall, %.3f s CPU  (%lld rows)\n",
                bestBaseline, bestBaselineCpu, baselineRows);
    std::printf("ratio baseline / results: %.1fx wall, %.1fx CPU (target >= 4x)\n",
                bestBaseline / best, bestBaselineCpu / bestCpu);
    std::printf("scoring alone (tallies + engine, no JSON): %.3f s wall, %.3f s CPU\n", bestScoring,
                bestScoringCpu);
    std::printf("plain baseline count(*) GROUP BY org: %.3f s wall, %.3f s CPU\n", bestPlain,
                bestPlainCpu);
    std::printf("ratio plain baseline / results: %.1fx wall, %.1fx CPU; plain baseline / "
                "scoring alone: %.1fx wall, %.1fx CPU\n",
                bestPlain / best, bestPlainCpu / bestCpu, bestPlain / bestScoring,
                bestPlainCpu / bestScoringCpu);
    std::printf("peak RSS: %ld MB (target <= 300 MB)\n", peakRssMb());
    db->reset();
    if (!keep) {
        std::filesystem::remove(path);
        std::filesystem::remove(path + "-wal");
        std::filesystem::remove(path + "-shm");
    }
    return 0;
}
