#include "storage/server_keys.h"

namespace nok::server {

namespace {

constexpr char kServerKeysSelectSql[] = "SELECT kind, public_key, secret_key FROM server_keys ORDER BY kind";
constexpr char kServerKeysInsertSql[] = "INSERT INTO server_keys (kind, public_key, secret_key) VALUES (?, ?, ?)";

Status insertKey(sqlite::Database& db, const char* kind, const crypto::Bytes& pub, const crypto::SecretBytes& secret) {
    auto st = db.prepare(kServerKeysInsertSql);
    if (!st) return st.error();
    st->bind(1, kind).bindBlob(2, pub.data(), pub.size()).bind(3, crypto::secretToBase64(secret));
    return st->run();
}

} // namespace

Result<ServerKeys> loadServerKeys(sqlite::Database& db) {
    auto st = db.prepare(kServerKeysSelectSql);
    if (!st) return st.error();
    ServerKeys keys;
    int found = 0;
    auto read = sqlite::forEachRow(*st, [&](const sqlite::Statement& row) -> Status {
        const auto kind = row.columnText(0);
        const auto pub = row.columnBlob(1);
        crypto::Bytes pubBytes(pub.begin(), pub.end());
        if (kind == "sign") {
            auto secret = crypto::secretFromBase64(row.columnText(2), crypto::kSignSecretKeySize);
            if (!secret) return secret.error();
            keys.sign = {std::move(pubBytes), std::move(*secret)};
            ++found;
        } else if (kind == "seal") {
            auto secret = crypto::secretFromBase64(row.columnText(2), crypto::kSealSecretKeySize);
            if (!secret) return secret.error();
            keys.seal = {std::move(pubBytes), std::move(*secret)};
            ++found;
        }
        return {};
    });
    if (!read) return read.error();
    if (found != 2) return makeError("server_keys_missing", "the server keys are missing; run `nok-server init` first", db.path());
    return keys;
}

Result<ServerKeys> ensureServerKeys(sqlite::Database& db) {
    auto existing = loadServerKeys(db);
    if (existing || existing.error().code != "server_keys_missing") return existing;
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    if (auto s = db.exec("DELETE FROM server_keys"); !s) return s.error();
    auto sign = crypto::generateSigningKeyPair();
    auto seal = crypto::generateSealingKeyPair();
    if (auto s = insertKey(db, "sign", sign.publicKey, sign.secretKey); !s) return s.error();
    if (auto s = insertKey(db, "seal", seal.publicKey, seal.secretKey); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return ServerKeys{std::move(sign), std::move(seal)};
}

} // namespace nok::server
