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
        userListCommand(),
        userRotateCommand(),
        userRevokeCommand(),
        backupCommand(),
        checkCommand(),
        importCommand(),
        resultsCommand(),
        inviteCreateCommand(),
        inviteListCommand(),
        checklistImportCommand(),
        checklistShowCommand(),
    };
}

} // namespace nok::server::cli
