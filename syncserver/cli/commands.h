// The factory of every nok-server subcommand; commands.cpp lists them in help order.
#pragma once

#include "cli/command.h"

namespace nok::server::cli {

Command initCommand();
Command serveCommand();
Command deviceCodeCommand();
Command deviceListCommand();
Command deviceRevokeCommand();
Command userAddCommand();
Command userListCommand();
Command userRotateCommand();
Command userRevokeCommand();
Command backupCommand();
Command checkCommand();
Command importCommand();
Command resultsCommand();
Command inviteCreateCommand();
Command inviteListCommand();
Command checklistImportCommand();
Command checklistShowCommand();

} // namespace nok::server::cli
