// bench_council_pages: what the council waits for, and what it costs the server, at national
// scale (issue 15). On a database built by `bench_scoring --db FILE` (5,000 organisations ×
// 200 responses by default) it
//   (a) runs `nok-server results --format html|json|csv` as child processes (output to
//       /dev/null) and prints each one's wall time and peak RSS, then
//   (b) starts `nok-server serve` as a child, signs in to the council dashboard, scores the
//       campaign once (the first campaign page) and times each page and download over N warm
//       rounds: an organisation's page, the campaign page, the API's JSON results, the
//       dashboard's report.html and the API's HTML report (and, with --results-json, the
//       dashboard's results.json), printing the server's peak RSS (VmHWM) after each.
// Targets: report ≤ 300 MB peak RSS (server and CLI); organisation page ≤ 0.1 s, campaign
// page ≤ 1 s, API JSON ≤ 1.5 s.
//
// Usage: bench_council_pages --db FILE [--campaign ID] [--org ID] [--rounds N]
//                            [--server PATH] [--skip-cli] [--results-json]
// The database gets a council user (bench-council-PID) on each run; `nok-server init` must have
// been run on it once (the server needs its keys).
#include "bench_server.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_council_pages: %s\n", what.c_str());
    std::exit(1);
}

struct Options {
    std::string db, campaign = "bench-2026", org = "org-00042";
    std::string server = NOK_SERVER_BINARY;
    int rounds = 3;
    bool cli = true;
    bool resultsJson = false;
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) fail("missing value after " + a);
            return argv[++i];
        };
        if (a == "--db")
            o.db = value();
        else if (a == "--campaign")
            o.campaign = value();
        else if (a == "--org")
            o.org = value();
        else if (a == "--rounds")
            o.rounds = std::atoi(value().c_str());
        else if (a == "--server")
            o.server = value();
        else if (a == "--skip-cli")
            o.cli = false;
        else if (a == "--results-json")
            o.resultsJson = true;
        else
            fail("usage: bench_council_pages --db FILE [--campaign ID] [--org ID] [--rounds N] "
                 "[--server PATH] [--skip-cli] [--results-json]");
    }
    if (o.db.empty()) fail("--db FILE is required (build it with bench_scoring --db FILE)");
    if (o.rounds < 1) o.rounds = 1;
    return o;
}

// Runs the command with stdout to `out` (a file, or /dev/null); wall seconds and peak RSS (KiB).
struct ChildRun {
    double seconds = 0;
    long peakKb = 0;
    int status = -1;
};

ChildRun runChild(const std::vector<std::string>& args, const std::string& out) {
    const auto t0 = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) dup2(fd, STDOUT_FILENO);
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    ChildRun run;
    rusage usage{};
    wait4(pid, &run.status, 0, &usage);
    run.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    run.peakKb = usage.ru_maxrss; // KiB on Linux
    return run;
}

std::string councilToken(const Options& o) {
    char path[] = "/tmp/nok-bench-token-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) fail("mkstemp failed");
    close(fd);
    auto run = runChild({o.server, "user", "add", "--db", o.db, "--name",
                         "bench-council-" + std::to_string(getpid()), "--role", "council"},
                        path);
    std::FILE* f = std::fopen(path, "r");
    std::string token, line;
    char buf[512];
    while (f && std::fgets(buf, sizeof buf, f)) {
        line = buf;
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.pop_back();
        if (!line.empty()) token = line; // the token is the last line
    }
    if (f) std::fclose(f);
    unlink(path);
    if (run.status != 0 || token.empty()) fail("`nok-server user add` failed (run init first?)");
    return token;
}

std::string cookieFrom(const httplib::Result& res, const std::string& name) {
    for (const auto& [key, value] : res->headers)
        if (key == "Set-Cookie" && value.rfind(name + "=", 0) == 0)
            return value.substr(0, value.find(';'));
    return {};
}

// Signs in to the dashboard; the Cookie header for its pages.
std::string signIn(httplib::Client& client, const std::string& token) {
    auto page = client.Get("/council");
    if (!page || page->status != 200) fail("GET /council failed");
    const std::string csrfCookie = cookieFrom(page, "nok_csrf");
    const std::string marker = "name=\"csrf\" value=\"";
    const auto at = page->body.find(marker);
    if (csrfCookie.empty() || at == std::string::npos) fail("no CSRF token on the sign-in page");
    const auto from = at + marker.size();
    const std::string csrf = page->body.substr(from, page->body.find('"', from) - from);
    auto login = client.Post("/council/login", {{"Cookie", csrfCookie}},
                             httplib::Params{{"csrf", csrf}, {"token", token}});
    if (!login) fail("POST /council/login failed");
    const std::string session = cookieFrom(login, "nok_session");
    if (session.empty()) fail("sign-in refused (status " + std::to_string(login->status) + ")");
    return csrfCookie + "; " + session;
}

struct Fetched {
    double seconds = 0;
    std::size_t bytes = 0;
    int status = 0;
};

// The body is counted, not kept: the client's memory is not what is measured.
Fetched fetch(httplib::Client& client, const std::string& path, const httplib::Headers& headers) {
    Fetched f;
    const auto t0 = Clock::now();
    auto res = client.Get(path, headers, [&](const char*, std::size_t n) {
        f.bytes += n;
        return true;
    });
    f.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    f.status = res ? res->status : -1;
    return f;
}

} // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    const std::string token = councilToken(o);
    std::printf("database %s, campaign %s, server %s\n", o.db.c_str(), o.campaign.c_str(),
                o.server.c_str());

    if (o.cli) {
        for (const char* format : {"html", "json", "csv"}) {
            auto run = runChild(
                {o.server, "results", "--db", o.db, "--campaign", o.campaign, "--format", format},
                "/dev/null");
            std::printf("CLI results --format %-4s: %6.2f s, peak RSS %4ld MB%s\n", format,
                        run.seconds, run.peakKb / 1024, run.status == 0 ? "" : " (FAILED)");
        }
    }

    nok::bench::ServerProcess server(o.server, o.db);
    httplib::Client client("127.0.0.1", server.port());
    client.set_keep_alive(true);
    client.set_read_timeout(300, 0);
    const httplib::Headers dashboard{{"Cookie", signIn(client, token)}};
    const httplib::Headers api{{"Authorization", "Bearer " + token}};
    auto memory = [&](const char* after) {
        std::printf("  server after %-24s peak RSS %4ld MB (now %4ld MB)\n", after,
                    nok::bench::peakRssKb(server.pid()) / 1024,
                    nok::bench::currentRssKb(server.pid()) / 1024);
    };
    memory("start:");

    const std::string campaign = "/council/c/" + o.campaign;
    const auto first = fetch(client, campaign, dashboard);
    std::printf("first campaign page (scores the campaign): %.3f s, status %d\n", first.seconds,
                first.status);
    memory("scoring:");

    struct Page {
        const char* name;
        std::string path;
        const httplib::Headers* headers;
        double target; // seconds; 0: none
    };
    std::vector<Page> pages = {
        {"organisation page", campaign + "/org/" + o.org, &dashboard, 0.1},
        {"campaign page", campaign, &dashboard, 1.0},
        {"API results JSON", "/api/v1/campaigns/" + o.campaign + "/results", &api, 1.5},
        {"dashboard report.html", campaign + "/report.html", &dashboard, 0},
        {"API results HTML", "/api/v1/campaigns/" + o.campaign + "/results?format=html", &api, 0},
    };
    if (o.resultsJson)
        pages.push_back({"dashboard results.json", campaign + "/results.json", &dashboard, 0});
    for (const auto& page : pages) {
        std::string times;
        double best = 1e9;
        Fetched last;
        for (int r = 0; r < o.rounds; ++r) {
            last = fetch(client, page.path, *page.headers);
            if (last.status != 200)
                fail(std::string(page.name) + ": status " + std::to_string(last.status));
            best = std::min(best, last.seconds);
            times += (r ? " " : "") + std::to_string(last.seconds).substr(0, 5);
        }
        std::printf("%-24s %s s (best %.3f s%s), %zu bytes\n", page.name, times.c_str(), best,
                    page.target > 0 ? (best <= page.target ? ", target met" : ", OVER TARGET") : "",
                    last.bytes);
        memory((std::string(page.name) + ":").c_str());
    }
    std::printf("server peak RSS: %ld MB (target for the report: <= 300 MB)\n",
                nok::bench::peakRssKb(server.pid()) / 1024);
    return 0;
}
