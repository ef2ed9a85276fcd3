// The server's own key pairs: Ed25519 to sign sync receipts and web-form responses, X25519 to
// open the sealed items devices send. Created once by `nok-server init` and kept in the database
// (server_keys table), so an online backup of the database carries them.
#pragma once

#include "nok/crypto/crypto.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

namespace nok::server {

struct ServerKeys {
    crypto::SigningKeyPair sign;
    crypto::SealingKeyPair seal;
};

// Creates the keys if the table is empty (in its own transaction); loads them otherwise.
[[nodiscard]] Result<ServerKeys> ensureServerKeys(sqlite::Database& db);
// Error "server_keys_missing" if `init` was never run.
[[nodiscard]] Result<ServerKeys> loadServerKeys(sqlite::Database& db);

} // namespace nok::server
