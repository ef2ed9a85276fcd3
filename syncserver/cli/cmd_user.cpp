// `user add` (API tokens, printed once) and `backup` (online copy of the database).
#include "cli/commands.h"
#include "service/user_service.h"
#include "storage/server_database.h"

#include <ctime>
#include <filesystem>
#include <ostream>

namespace nok::server::cli {

namespace {

int userAdd(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto token = addUser(**db, *args.get("name"), *args.get("role"),
                         static_cast<std::int64_t>(std::time(nullptr)));
    if (!token) return reportError(io, token.error());
    io.out << "user '" << *args.get("name") << "' (" << *args.get("role")
           << ") created; the token is shown only now, keep it secret:\n"
           << *token << "\n";
    return kExitOk;
}

int backup(const Arguments& args, Io& io) {
    const auto out = *args.get("out");
    if (std::filesystem::exists(out))
        return reportError(
            io, makeError("invalid_argument", "refusing to overwrite an existing file", "--out"));
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    if (auto s = (*db)->backupTo(out); !s) return reportError(io, s.error());
    io.out << "backup written: " << out << "\n";
    return kExitOk;
}

} // namespace

Command userAddCommand() {
    Command c;
    c.name = "user add";
    c.synopsis = "--db FILE --name N --role admin|council|operator";
    c.summary = "create an API user; prints its bearer token once (last line of stdout)";
    c.options = {dbOption(),
                 {"name", true, false, true, "N", "user name"},
                 {"role", true, false, true, "ROLE", "admin, council or operator"}};
    c.run = userAdd;
    return c;
}

Command backupCommand() {
    Command c;
    c.name = "backup";
    c.synopsis = "--db FILE --out FILE";
    c.summary = "online backup of the database (safe while `serve` runs)";
    c.options = {dbOption(), {"out", true, false, true, "FILE", "the backup file to create"}};
    c.run = backup;
    return c;
}

} // namespace nok::server::cli
