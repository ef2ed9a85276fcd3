#include "cli/commands.h"

namespace nok::server::cli {

std::vector<Command> allCommands() {
    return {
        initCommand(),
        serveCommand(),
        deviceCodeCommand(),
        deviceListCommand(),
        deviceRevokeCommand(),
        userAddCommand(),
        backupCommand(),
        importCommand(),
        resultsCommand(),
        checklistImportCommand(),
        checklistShowCommand(),
    };
}

} // namespace nok::server::cli
