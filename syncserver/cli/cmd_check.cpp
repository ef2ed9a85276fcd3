// `check`: is this database sound, of this version, and private? Exit 0 when it is, 1 with one
// line per problem when not. It reads only (no migration runs).
#include "cli/commands.h"
#include "storage/database_check.h"

#include <ostream>

namespace nok::server::cli {

Command checkCommand() {
    Command c;
    c.name = "check";
    c.synopsis = "--db FILE";
    c.summary =
        "check a database: SQLite integrity, schema version, file modes (exit 1 on a problem)";
    c.options = {dbOption()};
    c.run = [](const Arguments& args, Io& io) {
        const auto path = *args.get("db");
        const DatabaseCheck check = checkDatabase(path);
        if (check.problems.empty()) {
            io.out << "ok: " << path << ": integrity ok, schema version " << check.schemaVersion
                   << " of " << check.expectedVersion << ", readable by its owner only\n";
            return kExitOk;
        }
        for (const auto& p : check.problems)
            io.err << "nok-server: check: " << path << ": " << p << "\n";
        return kExitFailure;
    };
    return c;
}

} // namespace nok::server::cli
