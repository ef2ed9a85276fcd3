// Wires the WebContext callbacks that only need the server database: campaigns and their
// organisations, storing a web response (service/web_response_service), and an organisation's
// suggestions and expert record. Results, council sign-in and invitations come from other
// services and are left as they are in `base`. One SQLite connection is shared by the handler
// threads under a mutex (a Database is not for concurrent use).
#pragma once

#include "nok/sqlite/database.h"
#include "web/web_context.h"

#include <memory>
#include <mutex>

namespace nok::web {

struct SharedDatabase {
    std::mutex mutex;
    std::unique_ptr<sqlite::Database> db;
};

[[nodiscard]] WebContext wireWebStorage(WebContext base, std::shared_ptr<SharedDatabase> database);

} // namespace nok::web
