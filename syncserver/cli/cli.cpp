#include "cli/command.h"

#include "nok/crypto/crypto.h"

#include <algorithm>
#include <exception>
#include <ostream>

namespace nok::server::cli {

namespace {

void printUsage(std::ostream& os, const std::vector<Command>& commands) {
    os << "Usage: nok-server COMMAND [OPTIONS]\n\n"
          "The НОК sync server: enrols kiosks and tablets, ingests signed responses, scores\n"
          "campaigns with the official method and serves results to the public council.\n\nCommands:\n";
    for (const auto& c : commands) {
        std::string head = "  " + c.name;
        if (head.size() < 20) head.resize(20, ' ');
        os << head << c.summary << "\n";
    }
    os << "\nRun `nok-server COMMAND --help` for a command's options. Exit codes: 0 success,\n"
          "1 failure, 2 bad arguments.\n";
}

void printCommandHelp(std::ostream& os, const Command& c) {
    os << "Usage: nok-server " << c.name << " " << c.synopsis << "\n\n" << c.summary << "\n\nOptions:\n";
    for (const auto& o : c.options) {
        std::string head = "  --" + o.name + (o.takesValue ? " " + o.valueName : "");
        if (head.size() < 28) head.resize(28, ' ');
        os << head << o.help << (o.required ? " (required)" : "") << (o.repeatable ? " (repeatable)" : "") << "\n";
    }
    os << "  --help                    this text\n";
}

} // namespace

int reportError(Io& io, const Error& error) {
    io.err << "nok-server: error: " << error.describe() << "\n";
    return error.code == "invalid_argument" ? kExitUsage : kExitFailure;
}

OptionSpec dbOption() { return {"db", true, false, true, "FILE", "the SQLite database file"}; }

int run(int argc, char** argv, Io& io) {
    try {
        std::vector<std::string> args(argv + 1, argv + argc);
        const auto commands = allCommands();
        if (args.empty()) {
            printUsage(io.err, commands);
            return kExitUsage;
        }
        if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            printUsage(io.out, commands);
            return kExitOk;
        }
        // The longest command name matching the leading words ("device code" before "device").
        const Command* chosen = nullptr;
        std::size_t words = 0;
        for (const auto& c : commands) {
            std::size_t n = 1 + static_cast<std::size_t>(std::count(c.name.begin(), c.name.end(), ' '));
            if (n > args.size() || n <= words) continue;
            std::string joined = args[0];
            for (std::size_t i = 1; i < n; ++i) joined += " " + args[i];
            if (joined == c.name) {
                chosen = &c;
                words = n;
            }
        }
        if (!chosen) {
            io.err << "nok-server: error: unknown command '" << args[0] << "' (see nok-server --help)\n";
            return kExitUsage;
        }
        std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(words), args.end());
        for (const auto& a : rest)
            if (a == "--help" || a == "-h") {
                printCommandHelp(io.out, *chosen);
                return kExitOk;
            }
        auto parsed = parseArguments(rest, chosen->options, chosen->minPositional, chosen->maxPositional);
        if (!parsed) return reportError(io, parsed.error());
        if (!crypto::init()) return reportError(io, makeError("crypto_unavailable", "libsodium could not be initialised"));
        return chosen->run(*parsed, io);
    } catch (const std::exception& e) {
        io.err << "nok-server: error: internal error: " << e.what() << "\n";
        return kExitFailure;
    } catch (...) {
        io.err << "nok-server: error: internal error\n";
        return kExitFailure;
    }
}

} // namespace nok::server::cli
