// The signed response of CONTRACTS.md ("Signed responses"): the payload JSON a device signs,
// the detached Ed25519 signature, and the sealed wire form crypto_box_seal(sig || payload).
// Payload bytes are produced once and never re-serialised: the signature covers exactly those
// bytes, and the server stores exactly those bytes.
#pragma once

#include "nok/crypto/crypto.h"
#include "nok/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace nok::survey {

struct ResponsePayload {
    int v = 1;
    std::string id;            // UUIDv4, the idempotency key
    std::string device;        // device id from enrolment ("web" for the server's own form)
    std::string org;
    std::string campaign;
    std::string questionnaire; // "social-675n/1"
    std::string channel;       // kiosk | interview | web | paper
    std::string day;           // YYYY-MM-DD, never a time (anonymity)
    std::int64_t seq = 0;      // 1, 2, 3 ... per device
    nlohmann::json answers = nlohmann::json::object();
};

[[nodiscard]] bool isKnownChannel(std::string_view channel);
[[nodiscard]] bool isIsoDay(std::string_view day); // a real calendar date YYYY-MM-DD
[[nodiscard]] std::string todayUtc();               // YYYY-MM-DD
// The calendar day `days` after an ISO day (isIsoDay must hold), e.g. 2026-12-31 + 1 → 2027-01-01.
[[nodiscard]] std::string addDays(std::string_view isoDay, int days);

// The largest seq a payload may carry: 2^53 − 1, the largest integer every JSON reader (a
// JavaScript one included) reads exactly, so the stored number has one reading everywhere.
constexpr std::int64_t kMaxSeq = (std::int64_t(1) << 53) - 1;

// A payload's day may be at most the server's today + 1 (UTC): a kiosk a few hours east of the
// server is already on tomorrow, a later day is a wrong clock or a forgery. Error "day_in_future"
// (field "day").
[[nodiscard]] Status checkPayloadDay(std::string_view day, std::string_view todayUtc);

// Serialises deterministically (fixed key order, UTF-8, no whitespace).
[[nodiscard]] std::string encodePayload(const ResponsePayload& payload);
// Parses payload bytes; checks v == 1, every field present with the right type, id is a UUIDv4,
// channel known, day a date. Does not validate the answers against a questionnaire. The bytes
// must have exactly one reading: a key repeated in any object is "duplicate_key" (field: its
// path), a seq outside 1…kMaxSeq is "seq_out_of_range" (field "seq").
[[nodiscard]] Result<ResponsePayload> decodePayload(std::string_view bytes);

struct SignedItem {
    std::string payload;  // exact bytes
    crypto::Bytes sig;    // 64 bytes
};

[[nodiscard]] SignedItem signPayload(const std::string& payloadBytes, const crypto::SecretBytes& deviceSecret);
// sig || payload sealed to the server's X25519 public key.
[[nodiscard]] Result<crypto::Bytes> sealItem(const SignedItem& item, const crypto::Bytes& serverSealPublicKey);
// Splits an opened box back into signature and payload; error "seal_open_failed" or
// "sealed_too_short".
[[nodiscard]] Result<SignedItem> openSealedItem(const crypto::Bytes& box, const crypto::SealingKeyPair& serverKeys);

// Wire JSON for one ITEM: {"payload": b64, "sig": b64} or {"sealed": b64}.
[[nodiscard]] nlohmann::json plainItemJson(const SignedItem& item);
[[nodiscard]] nlohmann::json sealedItemJson(const crypto::Bytes& box);

} // namespace nok::survey
