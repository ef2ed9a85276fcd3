// `user add|list|rotate|revoke` (API tokens: printed once, never listed) and `backup` (online
// copy of the database).
#include "cli/commands.h"
#include "service/user_service.h"
#include "storage/server_database.h"

#include "nok/survey/response_payload.h"

#include <ctime>
#include <filesystem>
#include <ostream>

namespace nok::server::cli {

namespace {

std::int64_t userCommandTime() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

int userAdd(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto token =
        addUser(**db, *args.get("name"), *args.get("role"), userCommandTime(), args.get("expires"));
    if (!token) return reportError(io, token.error());
    io.out << "user '" << *args.get("name") << "' (" << *args.get("role") << ") created"
           << (args.get("expires") ? "; the token works until " + *args.get("expires") + " UTC"
                                   : std::string())
           << "; the token is shown only now, keep it secret:\n"
           << *token << "\n";
    return kExitOk;
}

int userList(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto users = listApiUsers(**db);
    if (!users) return reportError(io, users.error());
    if (users->empty()) io.out << "no users\n";
    const std::string today = survey::todayUtc();
    for (const auto& u : *users) {
        io.out << u.user.name << "  role=" << u.user.role << "  " << tokenState(u, today)
               << (u.revokedDay ? " " + *u.revokedDay : std::string())
               << "  created=" << u.createdDay << "  last_used=" << u.lastUsedDay.value_or("never")
               << "  expires=" << u.expiresDay.value_or("never");
        if (u.rotatedDay) io.out << "  rotated=" << *u.rotatedDay;
        io.out << "\n";
    }
    return kExitOk;
}

int userRotate(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto token = rotateUserToken(**db, *args.get("name"), userCommandTime());
    if (!token) return reportError(io, token.error());
    io.out << "user '" << *args.get("name")
           << "' has a new token; the old one no longer works. It is shown only now:\n"
           << *token << "\n";
    return kExitOk;
}

int userRevoke(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    if (auto s = revokeUserToken(**db, *args.get("name"), userCommandTime()); !s)
        return reportError(io, s.error());
    io.out << "revoked user '" << *args.get("name") << "': its token no longer works\n";
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
    c.synopsis = "--db FILE --name N --role admin|council|operator [--expires YYYY-MM-DD]";
    c.summary = "create an API user; prints its bearer token once (last line of stdout)";
    c.options = {dbOption(),
                 {"name", true, false, true, "N", "user name"},
                 {"role", true, false, true, "ROLE", "admin, council or operator"},
                 {"expires", true, false, false, "DAY", "last UTC day the token works"}};
    c.run = userAdd;
    return c;
}

Command userListCommand() {
    Command c;
    c.name = "user list";
    c.synopsis = "--db FILE";
    c.summary = "list API users: role, state, created, last used, expiry (never the token)";
    c.options = {dbOption()};
    c.run = userList;
    return c;
}

Command userRotateCommand() {
    Command c;
    c.name = "user rotate";
    c.synopsis = "--db FILE --name N";
    c.summary = "give a user a new token (last line of stdout); the old one stops at once";
    c.options = {dbOption(), {"name", true, false, true, "N", "user name"}};
    c.run = userRotate;
    return c;
}

Command userRevokeCommand() {
    Command c;
    c.name = "user revoke";
    c.synopsis = "--db FILE --name N";
    c.summary = "stop a user's token at once (the next request answers 401)";
    c.options = {dbOption(), {"name", true, false, true, "N", "user name"}};
    c.run = userRevoke;
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
