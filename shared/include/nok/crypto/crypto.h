// Cryptographic primitives of the nok protocol, on libsodium: Ed25519 detached signatures for
// responses and receipts, crypto_box_seal for sealing a signed response to the server's X25519
// key (so a stolen kiosk reveals no answers), base64 for the wire, UUIDv4 from libsodium's CSPRNG,
// and key files written with mode 0600. Secret keys live in sodium_malloc'd memory (guarded,
// locked, wiped on free). Call nok::crypto::init() once before anything else (idempotent).
#pragma once

#include "nok/result.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nok::crypto {

using Bytes = std::vector<std::uint8_t>;

// Initialises libsodium; returns false only if the library cannot start (no entropy source).
[[nodiscard]] bool init();

// Secret bytes in sodium_malloc memory; move-only; wiped and freed by sodium_free.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    [[nodiscard]] std::uint8_t* data() { return m_data; }
    [[nodiscard]] const std::uint8_t* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// Base64 (standard alphabet, with padding) as used on the wire.
[[nodiscard]] std::string toBase64(const std::uint8_t* data, std::size_t size);
[[nodiscard]] std::string toBase64(const Bytes& data);
[[nodiscard]] std::string toBase64(std::string_view data);
// Rejects anything that is not canonical padded base64 (error code "invalid_base64").
[[nodiscard]] Result<Bytes> fromBase64(std::string_view text);

[[nodiscard]] std::string toHex(const std::uint8_t* data, std::size_t size);
[[nodiscard]] std::string sha256Hex(std::string_view data);
// True for exactly what sha256Hex writes: 64 lowercase hex digits.
[[nodiscard]] bool isSha256Hex(std::string_view text);

// A random RFC 4122 version 4 UUID, lower-case with hyphens.
[[nodiscard]] std::string uuidV4();
[[nodiscard]] bool isUuidV4(std::string_view text);
// `count` random bytes.
[[nodiscard]] Bytes randomBytes(std::size_t count);

// --- Ed25519 signatures -------------------------------------------------------------------
constexpr std::size_t kSignPublicKeySize = 32;
constexpr std::size_t kSignSecretKeySize = 64;
constexpr std::size_t kSignatureSize = 64;

struct SigningKeyPair {
    Bytes publicKey;       // 32 bytes
    SecretBytes secretKey; // 64 bytes
};
[[nodiscard]] SigningKeyPair generateSigningKeyPair();
[[nodiscard]] Bytes sign(const SecretBytes& secretKey, std::string_view message);
// False for a wrong key size, wrong signature size or a signature that does not verify.
[[nodiscard]] bool verify(const Bytes& publicKey, std::string_view message, const Bytes& signature);

// --- Sealed boxes (X25519) ----------------------------------------------------------------
constexpr std::size_t kSealPublicKeySize = 32;
constexpr std::size_t kSealSecretKeySize = 32;
constexpr std::size_t kSealOverhead = 48;

struct SealingKeyPair {
    Bytes publicKey;       // 32 bytes
    SecretBytes secretKey; // 32 bytes
};
[[nodiscard]] SealingKeyPair generateSealingKeyPair();
// Error "invalid_key" for a public key of the wrong size.
[[nodiscard]] Result<Bytes> seal(const Bytes& recipientPublicKey, std::string_view message);
// Error "seal_open_failed" when the box is malformed, truncated or for another key.
[[nodiscard]] Result<Bytes> openSealed(const SealingKeyPair& keys, const Bytes& box);

// --- Key files ----------------------------------------------------------------------------
// A key file holds one line of JSON {"kind": "...", "public": b64, "secret": b64}; it is written
// to a temporary file with mode 0600, fsynced and renamed into place, so a power cut leaves
// either the old file or the new one. Loading refuses a file readable by group or others
// (error "key_file_permissions") and names the file in every error.
[[nodiscard]] Status saveSigningKeyPair(const std::string& path, const SigningKeyPair& keys);
[[nodiscard]] Result<SigningKeyPair> loadSigningKeyPair(const std::string& path);
[[nodiscard]] Status saveSealingKeyPair(const std::string& path, const SealingKeyPair& keys);
[[nodiscard]] Result<SealingKeyPair> loadSealingKeyPair(const std::string& path);

// The secret key's bytes as base64, for stores that keep keys in a database column instead of a
// file (the server). The returned string is ordinary memory: callers keep it short-lived.
[[nodiscard]] std::string secretToBase64(const SecretBytes& secret);
[[nodiscard]] Result<SecretBytes> secretFromBase64(std::string_view text, std::size_t expectedSize);

} // namespace nok::crypto
