// Runs nok-server commands in-process through the real CLI entry point (cli::run), capturing the
// exit code, stdout and stderr, so tests check what a script calling the program would see.
#pragma once

#include "cli/command.h"

#include <sstream>
#include <string>
#include <vector>

namespace nok::test {

struct CliRun {
    int code = -1;
    std::string out, err;
    // The last non-empty line of stdout: where commands print a code or token for scripts.
    [[nodiscard]] std::string lastLine() const {
        std::string s = out;
        while (!s.empty() && s.back() == '\n')
            s.pop_back();
        return s.substr(s.rfind('\n') == std::string::npos ? 0 : s.rfind('\n') + 1);
    }
};

inline CliRun runCli(std::vector<std::string> args) {
    args.insert(args.begin(), "nok-server");
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    std::ostringstream out, err;
    server::cli::Io io{out, err};
    CliRun r;
    r.code = server::cli::run(static_cast<int>(argv.size()), argv.data(), io);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace nok::test
