#include "cli/commands.h"

namespace nok::server::cli {

std::vector<Command> allCommands() {
    return {
        initCommand(),
        importCommand(),
        resultsCommand(),
    };
}

} // namespace nok::server::cli
