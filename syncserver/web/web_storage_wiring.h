// Wires the WebContext callbacks that only need the server database: campaigns and their
// organisations, storing a web response (service/web_response_service), and an organisation's
// suggestions and expert record. Results, council sign-in and invitations come from other
// services and are left as they are in `base`. How a connection is obtained is the caller's
// choice (DatabaseAccess): `serve` leases one from its pool and serialises writers; tests and
// the browser-test server share one connection under a mutex (sharedDatabaseAccess).
#pragma once

#include "nok/sqlite/database.h"
#include "web/web_context.h"

#include <functional>
#include <memory>
#include <mutex>

namespace nok::web {

// Runs `work` on a connection. `write` is true for the one write (storing a web response), so the
// caller can queue writers; the result of `work` is passed back.
using DatabaseWork = std::function<Status(sqlite::Database&)>;
using DatabaseAccess = std::function<Status(bool write, const DatabaseWork& work)>;

struct SharedDatabase {
    std::mutex mutex;
    std::unique_ptr<sqlite::Database> db;
};

// One connection for every thread, one request at a time (sqlite::Database is not thread-safe).
[[nodiscard]] DatabaseAccess sharedDatabaseAccess(std::shared_ptr<SharedDatabase> database);

[[nodiscard]] WebContext wireWebStorage(WebContext base, DatabaseAccess access);
[[nodiscard]] inline WebContext wireWebStorage(WebContext base,
                                               std::shared_ptr<SharedDatabase> database) {
    return wireWebStorage(std::move(base), sharedDatabaseAccess(std::move(database)));
}

} // namespace nok::web
