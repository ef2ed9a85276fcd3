// One nok-server subcommand: its words ("device code"), usage, options and the function that runs
// it. Commands return an exit code per CONTRACTS.md: 0 success, 1 failure, 2 bad arguments; they
// print results on `out` and one-line errors through reportError().
#pragma once

#include "cli/arguments.h"
#include "nok/result.h"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace nok::server::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

struct Io {
    std::ostream& out;
    std::ostream& err;
};

struct Command {
    std::string name;     // "init", "device code"
    std::string synopsis; // "--db FILE DATASET.json"
    std::string summary;
    std::vector<OptionSpec> options;
    std::size_t minPositional = 0;
    std::size_t maxPositional = 0;
    std::function<int(const Arguments&, Io&)> run;
};

// "nok-server: error: FIELD: MESSAGE" on one line; returns the exit code for the error
// (2 for invalid_argument, 1 otherwise).
int reportError(Io& io, const Error& error);

// The --db option every command takes.
OptionSpec dbOption();

// The registry: every subcommand, in help order.
[[nodiscard]] std::vector<Command> allCommands();

// Entry point used by main(): parses argv, dispatches, catches everything at the edge.
int run(int argc, char** argv, Io& io);

} // namespace nok::server::cli
