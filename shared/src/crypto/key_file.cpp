// Key files (see crypto.h): one line of JSON, written atomically with mode 0600, refused on load
// when group or others could read it. Every error carries the file path in `field`, so an
// operator knows which file to fix.
#include "nok/crypto/crypto.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nok::crypto {

namespace {

constexpr const char* kSignKind = "ed25519";
constexpr const char* kSealKind = "x25519";
// A key file is well under 200 bytes; anything much larger is not one of ours.
constexpr std::size_t kMaxKeyFileSize = 4096;

Error fileError(const std::string& code, const std::string& message, const std::string& path) {
    return makeError(code, message, path);
}

Error errnoError(const std::string& what, const std::string& path) {
    return fileError("key_file_io", what + ": " + std::strerror(errno), path);
}

// Keeps a std::string holding key material from lingering in freed heap memory.
struct WipedString {
    std::string text;
    ~WipedString() { sodium_memzero(text.data(), text.size()); }
};

bool writeAll(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

Status writeKeyFile(const std::string& path, const char* kind, const Bytes& publicKey,
                    const SecretBytes& secretKey) {
    const std::string publicB64 = toBase64(publicKey);
    WipedString secretB64{secretToBase64(secretKey)};
    WipedString line;
    // Reserve once so concatenation never reallocates and leaves copies of the secret behind.
    line.text.reserve(64 + publicB64.size() + secretB64.text.size());
    line.text.append("{\"kind\":\"").append(kind).append("\",\"public\":\"").append(publicB64);
    line.text.append("\",\"secret\":\"").append(secretB64.text).append("\"}\n");

    const std::filesystem::path target(path);
    std::filesystem::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    // A random suffix plus O_EXCL: a temp file left by a crash never blocks the next save and
    // no one can pre-create it to get a descriptor on our secret.
    const std::string tmp = path + ".tmp-" + toHex(randomBytes(6).data(), 6);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return errnoError("cannot create temporary key file", path);
    auto fail = [&](const std::string& what) {
        Error e = errnoError(what, path);
        ::close(fd);
        ::unlink(tmp.c_str());
        return e;
    };
    // The umask can only remove bits; set the mode explicitly so it is exactly 0600.
    if (::fchmod(fd, 0600) != 0) return fail("cannot set key file mode");
    if (!writeAll(fd, line.text)) return fail("cannot write key file");
    if (::fsync(fd) != 0) return fail("cannot fsync key file");
    if (::close(fd) != 0) {
        Error e = errnoError("cannot close key file", path);
        ::unlink(tmp.c_str());
        return e;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        Error e = errnoError("cannot rename key file into place", path);
        ::unlink(tmp.c_str());
        return e;
    }
    // Without this the rename itself may not survive a power cut.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) return errnoError("cannot open key file directory", path);
    const int rc = ::fsync(dirFd);
    const int savedErrno = errno;
    ::close(dirFd);
    if (rc != 0) {
        errno = savedErrno;
        return errnoError("cannot fsync key file directory", path);
    }
    return {};
}

struct RawKeys {
    Bytes publicKey;
    SecretBytes secretKey;
};

Result<RawKeys> readKeyFile(const std::string& path, const char* kind, std::size_t publicSize,
                            std::size_t secretSize) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return fileError("key_file_not_found", "key file does not exist", path);
        return errnoError("cannot open key file", path);
    }
    // fstat on the open descriptor, so the file checked is the file read.
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        Error e = errnoError("cannot stat key file", path);
        ::close(fd);
        return e;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fileError("key_file_corrupt", "key file is not a regular file", path);
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        return fileError("key_file_permissions",
                         std::string("key file has mode ") + mode +
                             "; it must not be accessible by group or others (chmod 600)",
                         path);
    }
    if (static_cast<std::size_t>(st.st_size) > kMaxKeyFileSize) {
        ::close(fd);
        return fileError("key_file_corrupt", "key file is too large", path);
    }
    WipedString content;
    content.text.resize(kMaxKeyFileSize + 1);
    std::size_t got = 0;
    while (got < content.text.size()) {
        const ssize_t n = ::read(fd, content.text.data() + got, content.text.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            Error e = errnoError("cannot read key file", path);
            ::close(fd);
            return e;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (got > kMaxKeyFileSize) return fileError("key_file_corrupt", "key file is too large", path);

    nlohmann::json doc = nlohmann::json::parse(content.text.data(), content.text.data() + got,
                                               nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object())
        return fileError("key_file_corrupt", "key file is not a JSON object", path);
    auto stringField = [&doc](const char* name) -> std::string* {
        auto it = doc.find(name);
        return it != doc.end() && it->is_string() ? it->get_ptr<std::string*>() : nullptr;
    };
    const std::string* kindValue = stringField("kind");
    std::string* publicValue = stringField("public");
    std::string* secretValue = stringField("secret");
    if (!kindValue || !publicValue || !secretValue) {
        if (secretValue) sodium_memzero(secretValue->data(), secretValue->size());
        return fileError("key_file_corrupt", "key file needs string fields kind, public, secret",
                         path);
    }
    if (*kindValue != kind) {
        sodium_memzero(secretValue->data(), secretValue->size());
        return fileError("key_file_wrong_kind",
                         "key file holds a " + *kindValue + " key, expected " + kind, path);
    }
    auto publicKey = fromBase64(*publicValue);
    auto secretKey = secretFromBase64(*secretValue, secretSize);
    sodium_memzero(secretValue->data(), secretValue->size());
    if (!publicKey || publicKey->size() != publicSize)
        return fileError("key_file_corrupt",
                         "public key is not " + std::to_string(publicSize) + " bytes of base64",
                         path);
    if (!secretKey)
        return fileError("key_file_corrupt", "secret key: " + secretKey.error().message, path);
    return RawKeys{std::move(publicKey.value()), std::move(secretKey.value())};
}

} // namespace

Status saveSigningKeyPair(const std::string& path, const SigningKeyPair& keys) {
    if (keys.publicKey.size() != kSignPublicKeySize || keys.secretKey.size() != kSignSecretKeySize)
        return fileError("invalid_key", "signing key pair has the wrong size", path);
    return writeKeyFile(path, kSignKind, keys.publicKey, keys.secretKey);
}

Result<SigningKeyPair> loadSigningKeyPair(const std::string& path) {
    auto raw = readKeyFile(path, kSignKind, kSignPublicKeySize, kSignSecretKeySize);
    if (!raw) return raw.error();
    // An Ed25519 secret key embeds its public key; a mismatch means a damaged or spliced file,
    // which would otherwise surface much later as every signature being rejected.
    std::uint8_t derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(derived, raw->secretKey.data());
    if (!std::equal(raw->publicKey.begin(), raw->publicKey.end(), derived))
        return fileError("key_file_corrupt", "public key does not match the secret key", path);
    return SigningKeyPair{std::move(raw->publicKey), std::move(raw->secretKey)};
}

Status saveSealingKeyPair(const std::string& path, const SealingKeyPair& keys) {
    if (keys.publicKey.size() != kSealPublicKeySize || keys.secretKey.size() != kSealSecretKeySize)
        return fileError("invalid_key", "sealing key pair has the wrong size", path);
    return writeKeyFile(path, kSealKind, keys.publicKey, keys.secretKey);
}

Result<SealingKeyPair> loadSealingKeyPair(const std::string& path) {
    auto raw = readKeyFile(path, kSealKind, kSealPublicKeySize, kSealSecretKeySize);
    if (!raw) return raw.error();
    std::uint8_t derived[crypto_box_PUBLICKEYBYTES];
    if (crypto_scalarmult_base(derived, raw->secretKey.data()) != 0 ||
        !std::equal(raw->publicKey.begin(), raw->publicKey.end(), derived))
        return fileError("key_file_corrupt", "public key does not match the secret key", path);
    return SealingKeyPair{std::move(raw->publicKey), std::move(raw->secretKey)};
}

} // namespace nok::crypto
