// libsodium-backed primitives of nok::crypto (see crypto.h). Key files live in key_file.cpp.
#include "nok/crypto/crypto.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <new>

namespace nok::crypto {

namespace {

// sodium_malloc needs the page size that sodium_init computes; calling it again is cheap and
// thread-safe, so allocation paths do it themselves instead of trusting every caller's main().
void ensureInit() {
    // A failure here also fails init(), which callers are told to check; nothing to add.
    if (sodium_init() < 0) return;
}

} // namespace

bool init() {
    return sodium_init() >= 0;
}

// --- SecretBytes ---------------------------------------------------------------------------

SecretBytes::SecretBytes(std::size_t size) {
    if (size == 0) return;
    ensureInit();
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    // Same contract as operator new: a failed allocation is not a recoverable Result.
    if (!m_data) throw std::bad_alloc();
    m_size = size;
}

SecretBytes::~SecretBytes() {
    if (m_data) sodium_free(m_data);
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(other.m_data), m_size(other.m_size) {
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        if (m_data) sodium_free(m_data);
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

// --- Encodings -----------------------------------------------------------------------------

std::string toBase64(const std::uint8_t* data, std::size_t size) {
    const std::size_t encodedSize = sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL);
    std::string out(encodedSize, '\0');
    sodium_bin2base64(out.data(), encodedSize, data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(encodedSize - 1); // drop the terminating NUL sodium writes
    return out;
}

std::string toBase64(const Bytes& data) {
    return toBase64(data.data(), data.size());
}

std::string toBase64(std::string_view data) {
    return toBase64(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
}

namespace {

// sodium's decoder runs in constant time, which secrets need; re-encoding the result and comparing
// rejects every non-canonical spelling.
Result<Bytes> constantTimeFromBase64(std::string_view text) {
    if (text.empty()) return Bytes{};
    if (text.size() % 4 != 0)
        return makeError("invalid_base64", "base64 length must be a multiple of 4");
    Bytes out(text.size() / 4 * 3);
    std::size_t outSize = 0;
    // b64_end == nullptr makes sodium fail on any character it does not consume.
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &outSize,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return makeError("invalid_base64", "not valid padded base64");
    out.resize(outSize);
    if (toBase64(out) != text)
        return makeError("invalid_base64", "base64 is not in canonical form");
    return out;
}

constexpr std::uint8_t kNotBase64 = 0xff;

constexpr std::array<std::uint8_t, 256> base64Values() {
    std::array<std::uint8_t, 256> values{};
    values.fill(kNotBase64);
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::uint8_t i = 0; i < 64; ++i)
        values[static_cast<unsigned char>(alphabet[i])] = i;
    return values;
}

} // namespace

// Public data only (every sync item is about 1.2 KB of it): a table decoder, several times faster
// than sodium's constant-time one followed by the re-encoding check. It accepts exactly what that
// pair accepts: the padded standard alphabet in canonical form (unused trailing bits zero).
Result<Bytes> fromBase64(std::string_view text) {
    static constexpr auto values = base64Values();
    if (text.empty()) return Bytes{};
    if (text.size() % 4 != 0)
        return makeError("invalid_base64", "base64 length must be a multiple of 4");
    const std::size_t padding = text.ends_with("==") ? 2 : text.ends_with('=') ? 1 : 0;
    Bytes out(text.size() / 4 * 3 - padding);
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t fullQuads = text.size() / 4 - (padding > 0 ? 1 : 0);
    std::size_t o = 0;
    for (std::size_t q = 0; q < fullQuads; ++q, in += 4) {
        const std::uint8_t a = values[in[0]], b = values[in[1]], c = values[in[2]], d = values[in[3]];
        if ((a | b | c | d) > 63) // kNotBase64 in any of them
            return makeError("invalid_base64", "not valid padded base64");
        const std::uint32_t v = a << 18 | b << 12 | c << 6 | d;
        out[o++] = static_cast<std::uint8_t>(v >> 16);
        out[o++] = static_cast<std::uint8_t>(v >> 8);
        out[o++] = static_cast<std::uint8_t>(v);
    }
    if (padding > 0) {
        const std::uint8_t a = values[in[0]], b = values[in[1]];
        const std::uint8_t c = padding == 1 ? values[in[2]] : 0;
        if ((a | b | c) > 63)
            return makeError("invalid_base64", "not valid padded base64");
        // A second spelling of the same bytes (non-zero unused bits) is refused: signatures and
        // payloads are compared byte for byte.
        if ((padding == 2 && (b & 0x0f) != 0) || (padding == 1 && (c & 0x03) != 0))
            return makeError("invalid_base64", "base64 is not in canonical form");
        const std::uint32_t v = a << 18 | b << 12 | c << 6;
        out[o++] = static_cast<std::uint8_t>(v >> 16);
        if (padding == 1) out[o++] = static_cast<std::uint8_t>(v >> 8);
    }
    return out;
}

std::string toHex(const std::uint8_t* data, std::size_t size) {
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.resize(size * 2);
    return out;
}

std::string sha256Hex(std::string_view data) {
    std::uint8_t digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return toHex(digest, sizeof digest);
}

bool isSha256Hex(std::string_view s) {
    return s.size() == 2 * crypto_hash_sha256_BYTES &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// --- Randomness ----------------------------------------------------------------------------

std::string uuidV4() {
    std::uint8_t b[16];
    randombytes_buf(b, sizeof b);
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40); // version 4
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    const std::string hex = toHex(b, sizeof b);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

bool isUuidV4(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
            continue;
        }
        // Lower case only: the id is an idempotency key compared as a string, so "ABC" and
        // "abc" must not name two different responses.
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (!hex) return false;
    }
    const char variant = text[19];
    return text[14] == '4' &&
           (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

Bytes randomBytes(std::size_t count) {
    Bytes out(count);
    if (count > 0) randombytes_buf(out.data(), count);
    return out;
}

// --- Ed25519 -------------------------------------------------------------------------------

SigningKeyPair generateSigningKeyPair() {
    SigningKeyPair keys{Bytes(kSignPublicKeySize), SecretBytes(kSignSecretKeySize)};
    crypto_sign_keypair(keys.publicKey.data(), keys.secretKey.data());
    return keys;
}

Bytes sign(const SecretBytes& secretKey, std::string_view message) {
    // An empty signature never verifies, so a caller holding a malformed key fails closed.
    if (secretKey.size() != kSignSecretKeySize) return {};
    Bytes sig(kSignatureSize);
    crypto_sign_detached(sig.data(), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         secretKey.data());
    return sig;
}

bool verify(const Bytes& publicKey, std::string_view message, const Bytes& signature) {
    if (publicKey.size() != kSignPublicKeySize || signature.size() != kSignatureSize) return false;
    return crypto_sign_verify_detached(signature.data(),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), publicKey.data()) == 0;
}

// --- Sealed boxes --------------------------------------------------------------------------

static_assert(kSealOverhead == crypto_box_SEALBYTES);
static_assert(kSealPublicKeySize == crypto_box_PUBLICKEYBYTES);
static_assert(kSealSecretKeySize == crypto_box_SECRETKEYBYTES);
static_assert(kSignPublicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(kSignSecretKeySize == crypto_sign_SECRETKEYBYTES);
static_assert(kSignatureSize == crypto_sign_BYTES);

SealingKeyPair generateSealingKeyPair() {
    SealingKeyPair keys{Bytes(kSealPublicKeySize), SecretBytes(kSealSecretKeySize)};
    crypto_box_keypair(keys.publicKey.data(), keys.secretKey.data());
    return keys;
}

Result<Bytes> seal(const Bytes& recipientPublicKey, std::string_view message) {
    if (recipientPublicKey.size() != kSealPublicKeySize)
        return makeError("invalid_key", "seal public key must be 32 bytes");
    Bytes box(message.size() + kSealOverhead);
    if (crypto_box_seal(box.data(), reinterpret_cast<const unsigned char*>(message.data()),
                        message.size(), recipientPublicKey.data()) != 0)
        return makeError("invalid_key", "cannot seal to this public key");
    return box;
}

Result<Bytes> openSealed(const SealingKeyPair& keys, const Bytes& box) {
    if (keys.publicKey.size() != kSealPublicKeySize || keys.secretKey.size() != kSealSecretKeySize)
        return makeError("invalid_key", "seal key pair has the wrong size");
    if (box.size() < kSealOverhead)
        return makeError("seal_open_failed", "sealed box is shorter than its overhead");
    Bytes message(box.size() - kSealOverhead);
    if (crypto_box_seal_open(message.data(), box.data(), box.size(), keys.publicKey.data(),
                             keys.secretKey.data()) != 0)
        return makeError("seal_open_failed", "sealed box does not open with this key");
    return message;
}

// --- Secrets as text -----------------------------------------------------------------------

std::string secretToBase64(const SecretBytes& secret) {
    return toBase64(secret.data(), secret.size());
}

Result<SecretBytes> secretFromBase64(std::string_view text, std::size_t expectedSize) {
    auto decoded = constantTimeFromBase64(text);
    if (!decoded) return decoded.error();
    Bytes& raw = decoded.value();
    if (raw.size() != expectedSize) {
        sodium_memzero(raw.data(), raw.size());
        return makeError("invalid_key", "secret key must be " + std::to_string(expectedSize) +
                                            " bytes, got " + std::to_string(raw.size()));
    }
    SecretBytes secret(expectedSize);
    if (expectedSize > 0) std::copy(raw.begin(), raw.end(), secret.data());
    // The decoded copy sits in ordinary heap memory; do not leave the key behind in it.
    sodium_memzero(raw.data(), raw.size());
    return secret;
}

} // namespace nok::crypto
