// Wires the WebContext callbacks that only need the server database: campaigns and their
// organisations, storing a web response (service/web_response_service), invitation codes
// (service/invitation_service: which forms need one, checking one; the response store spends
// it), and an organisation's suggestions and expert record. Results and council sign-in come
// from other
// services and are left as they are in `base` (http/web_wiring.cpp sets them for `serve`). How
// a connection is obtained is the caller's choice (DatabaseAccess): `serve` leases one from its
// pool and serialises writers; tests share one connection under a mutex (sharedDatabaseAccess).
#pragma once

#include "nok/sqlite/database.h"
#include "web/web_context.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace nok::web {

// Runs `work` on a connection. `write` is true for the one write (storing a web response), so the
// caller can queue writers; the result of `work` is passed back.
using DatabaseWork = std::function<Status(sqlite::Database&)>;
using DatabaseAccess = std::function<Status(bool write, const DatabaseWork& work)>;

// Runs `work` (sqlite::Database& → Result<T>) through `access` and passes its value or error back.
template <typename T, typename F>
[[nodiscard]] Result<T> runWithDatabase(const DatabaseAccess& access, bool write, F work) {
    std::optional<T> value;
    Status s = access(write, [&](sqlite::Database& db) -> Status {
        auto r = work(db);
        if (!r) return r.error();
        value = std::move(*r);
        return {};
    });
    if (!s) return s.error();
    return std::move(*value);
}

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
