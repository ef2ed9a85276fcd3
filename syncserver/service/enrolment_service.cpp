#include "service/enrolment_service.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/response_payload.h"
#include "storage/access_store.h"
#include "storage/campaign_queries.h"
#include "storage/device_store.h"

#include <cctype>

namespace nok::server {

namespace {

// 31 symbols without 0/O, 1/I/L: a code read aloud over the phone is typed right.
constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr std::size_t kCodeLength = 10; // ~49 bits; with the attempt limit, guessing is hopeless
constexpr std::size_t kMaxLabelBytes = 200;

std::string randomCode() {
    std::string code;
    while (code.size() < kCodeLength) {
        for (auto b : crypto::randomBytes(16)) {
            // Rejection sampling keeps every symbol equally likely (248 = 8 × 31).
            if (b >= 248 || code.size() == kCodeLength) continue;
            code.push_back(kAlphabet[b % kAlphabet.size()]);
        }
    }
    return code.substr(0, 4) + "-" + code.substr(4, 4) + "-" + code.substr(8);
}

std::string hashCode(std::string_view normalized) {
    return crypto::sha256Hex(normalized);
}

Error invalidCode() {
    return makeError("enrol_code_invalid", "the enrolment code is unknown, already used or expired",
                     "code");
}

} // namespace

std::string normalizeEnrolCode(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '-' || c == ' ') continue;
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

Result<std::string> issueEnrolCode(sqlite::Database& db, const std::vector<std::string>& orgs,
                                   std::int64_t ttlSeconds, std::int64_t now) {
    if (orgs.empty())
        return makeError("invalid_argument", "at least one organisation is required", "--org");
    if (ttlSeconds <= 0) return makeError("invalid_argument", "must be positive", "--ttl-hours");
    for (const auto& org : orgs) {
        auto found = organizationExists(db, org);
        if (!found) return found.error();
        if (!*found)
            return makeError("unknown_org", "no campaign contains organisation '" + org + "'",
                             "--org");
    }
    const std::string code = randomCode();
    EnrolCode record{hashCode(normalizeEnrolCode(code)), now + ttlSeconds, false, orgs};
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    if (auto s = insertEnrolCode(db, record); !s) return s.error();
    std::string target;
    for (const auto& org : orgs)
        target += (target.empty() ? "" : ",") + org;
    if (auto s = appendAudit(db, now, "cli", "device.code", target); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return code;
}

Result<std::string> enrollDevice(sqlite::Database& db, const EnrolRequest& request,
                                 std::int64_t now) {
    auto key = crypto::fromBase64(request.publicKeyBase64);
    if (!key || key->size() != crypto::kSignPublicKeySize)
        return makeError("invalid_public_key", "must be a base64 Ed25519 public key of 32 bytes",
                         "public_key");
    if (request.label.empty() || request.label.size() > kMaxLabelBytes)
        return makeError("invalid_label", "must be 1 to 200 bytes of text", "label");
    const std::string normalized = normalizeEnrolCode(request.code);
    if (normalized.size() != kCodeLength) return invalidCode();

    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    auto code = findEnrolCode(db, hashCode(normalized));
    if (!code) return code.error();
    if (!*code || (*code)->used || (*code)->expiresAt <= now) return invalidCode();
    auto taken = publicKeyEnrolled(db, *key);
    if (!taken) return taken.error();
    if (*taken)
        return makeError("key_already_enrolled", "this public key belongs to an enrolled device",
                         "public_key");

    DeviceRecord device;
    auto rnd = crypto::randomBytes(6);
    device.id = "dev-" + crypto::toHex(rnd.data(), rnd.size());
    device.label = request.label;
    device.publicKey = *key;
    device.enrolledDay = survey::todayUtc();
    auto consumed = consumeEnrolCode(db, (*code)->codeHash, device.id);
    if (!consumed) return consumed.error();
    if (!*consumed) return invalidCode();
    if (auto s = insertDevice(db, device, (*code)->orgs); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return device.id;
}

} // namespace nok::server
