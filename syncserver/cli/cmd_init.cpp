#include "cli/commands.h"

#include "storage/server_database.h"
#include "storage/server_keys.h"

#include <ostream>

namespace nok::server::cli {

Command initCommand() {
    Command c;
    c.name = "init";
    c.synopsis = "--db FILE";
    c.summary = "create or migrate the database and create the server's signing and sealing keys";
    c.options = {dbOption()};
    c.run = [](const Arguments& args, Io& io) {
        const auto path = *args.get("db");
        auto db = openServerDatabase(path, true);
        if (!db) return reportError(io, db.error());
        auto keys = ensureServerKeys(**db);
        if (!keys) return reportError(io, keys.error());
        io.out << "database ready: " << path << " (schema version " << (*db)->userVersion() << ")\n"
               << "server signing key: " << crypto::toBase64(keys->sign.publicKey) << "\n"
               << "server sealing key: " << crypto::toBase64(keys->seal.publicKey) << "\n";
        return kExitOk;
    };
    return c;
}

} // namespace nok::server::cli
