#include "service/invitation_code.h"

#include "nok/crypto/crypto.h"

#include <cctype>

namespace nok::server {

namespace {
constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr std::size_t kMaxTypedLength = 64; // a code with generous spacing; longer is not a code
} // namespace

std::string randomInvitationCode() {
    std::string code;
    while (code.size() < kInvitationCodeLength) {
        for (auto b : crypto::randomBytes(24)) {
            // Rejection sampling keeps every symbol equally likely (248 = 8 × 31).
            if (b >= 248 || code.size() == kInvitationCodeLength) continue;
            code.push_back(kAlphabet[b % kAlphabet.size()]);
        }
    }
    return code.substr(0, 4) + "-" + code.substr(4, 4) + "-" + code.substr(8);
}

std::optional<std::string> canonicalInvitationCode(std::string_view text) {
    if (text.size() > kMaxTypedLength) return std::nullopt;
    std::string out;
    for (char c : text) {
        if (c == '-' || c == ' ' || c == '\t') continue;
        const char up = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (kAlphabet.find(up) == std::string_view::npos) return std::nullopt;
        out.push_back(up);
    }
    if (out.size() != kInvitationCodeLength) return std::nullopt;
    return out;
}

std::string invitationCodeHash(std::string_view canonical) {
    return crypto::sha256Hex(canonical);
}

} // namespace nok::server
