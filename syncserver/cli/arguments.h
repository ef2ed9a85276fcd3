// Command-line parsing for nok-server: `--name value`, `--name=value`, repeatable options and
// flags, checked against each command's declared options so a typo is an error (exit 2) that
// names the option, never silently ignored.
#pragma once

#include "nok/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nok::server::cli {

struct OptionSpec {
    std::string name;        // without dashes: "db"
    bool takesValue = true;  // false: a flag
    bool repeatable = false; // --org A --org B
    bool required = false;
    std::string valueName;   // for help: FILE, ID, N
    std::string help;
};

struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;

    [[nodiscard]] bool has(const std::string& name) const { return values.count(name) > 0; }
    [[nodiscard]] std::optional<std::string> get(const std::string& name) const;
    [[nodiscard]] std::vector<std::string> all(const std::string& name) const;
    // An integer option within [min, max]; error "invalid_argument" naming --name otherwise.
    [[nodiscard]] Result<std::optional<long long>> getInt(const std::string& name, long long min, long long max) const;
};

// Error code "invalid_argument" with the option in `field`.
[[nodiscard]] Result<Arguments> parseArguments(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec,
                                               std::size_t minPositional, std::size_t maxPositional);

} // namespace nok::server::cli
