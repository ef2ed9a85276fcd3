#include "service/evidence_service.h"

#include "nok/crypto/crypto.h"
#include "service/device_access.h"
#include "service/device_config.h"
#include "storage/evidence_store.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace nok::server {

namespace {

constexpr unsigned char kJpegMagic[] = {0xFF, 0xD8, 0xFF};
constexpr unsigned char kPngMagic[] = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};

template <std::size_t N> bool startsWith(const std::string& body, const unsigned char (&magic)[N]) {
    return body.size() >= N && std::equal(magic, magic + N, body.begin(),
                                          [](unsigned char m, char c) { return m == static_cast<unsigned char>(c); });
}

// The media type without parameters, lower case ("image/JPEG; x=y" → "image/jpeg").
std::string mediaType(std::string type) {
    type = type.substr(0, type.find(';'));
    while (!type.empty() && type.back() == ' ') type.pop_back();
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
    return type;
}

Status authenticate(sqlite::Database& db, const EvidenceUpload& u, std::int64_t now) {
    if (u.deviceId.empty()) return makeError("unauthorized", "the X-Nok-Device header is required", "X-Nok-Device");
    auto device = activeDevice(db, u.deviceId);
    if (!device) return device.error();
    std::int64_t t = 0;
    auto [ptr, ec] = std::from_chars(u.unixTime.data(), u.unixTime.data() + u.unixTime.size(), t);
    if (u.unixTime.empty() || ec != std::errc() || ptr != u.unixTime.data() + u.unixTime.size())
        return makeError("bad_auth", "must be unix seconds", "X-Nok-Time");
    if (t < now - kConfigClockSkewSeconds || t > now + kConfigClockSkewSeconds)
        return makeError("bad_auth", "the device clock is more than 300 s off the server's", "X-Nok-Time");
    auto sig = crypto::fromBase64(u.authBase64);
    const std::string message = "nok-evidence\n" + u.deviceId + "\n" + u.unixTime + "\n" + u.sha256;
    if (!sig || !crypto::verify(device->publicKey, message, *sig))
        return makeError("bad_auth", "the signature does not verify with the enrolled key", "X-Nok-Auth");
    return {};
}

} // namespace


Result<std::string> storeEvidence(sqlite::Database& db, const EvidenceUpload& u, std::int64_t now,
                                  const std::string& today, std::mutex* writeLock) {
    if (!crypto::isSha256Hex(u.sha256))
        return makeError("invalid_request", "must be the sha256 of the file as 64 lowercase hex digits", "path");
    if (auto s = authenticate(db, u, now); !s) return s.error();
    const std::string& body = *u.body;
    if (body.size() > kMaxEvidenceBytes)
        return makeError("payload_too_large", "an evidence file is at most 6 MiB (6291456 bytes)", "body");
    if (crypto::sha256Hex(body) != u.sha256)
        return makeError("hash_mismatch", "the sha256 of the body is not the one in the path", "path");
    const std::string type = mediaType(u.contentType);
    const bool jpeg = startsWith(body, kJpegMagic), png = startsWith(body, kPngMagic);
    if (type != "image/jpeg" && type != "image/png")
        return makeError("not_an_image", "Content-Type must be image/jpeg or image/png", "Content-Type");
    if ((type == "image/jpeg" && !jpeg) || (type == "image/png" && !png))
        return makeError("not_an_image", "the body is not a " + type + " file (its first bytes do not match)", "body");

    std::unique_lock<std::mutex> gate;
    if (writeLock) gate = std::unique_lock(*writeLock);
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    auto inserted = insertEvidence(db, EvidenceFile{u.sha256, type, body}, today, u.deviceId);
    if (!inserted) return inserted.error();
    if (auto s = tx.commit(); !s) return s.error();
    return std::string(*inserted ? "stored" : "duplicate");
}

Result<std::optional<EvidenceFile>> findEvidenceFile(sqlite::Database& db, const std::string& sha256) {
    return readEvidence(db, sha256);
}

} // namespace nok::server
