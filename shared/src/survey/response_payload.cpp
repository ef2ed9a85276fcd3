// Signed response payloads (CONTRACTS.md "Signed responses"): deterministic encoding, strict
// decoding with field paths, and the sig || payload sealed wire form.
#include "nok/survey/response_payload.h"

#include "nok/json_duplicate_keys.h"

#include <array>
#include <ctime>
#include <limits>

namespace nok::survey {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 4> kChannels = {"kiosk", "interview", "web", "paper"};
constexpr std::array<std::string_view, 10> kFields = {
    "v", "id", "device", "org", "campaign", "questionnaire", "channel", "day", "seq", "answers"};

// `replace` instead of the default `strict`: invalid UTF-8 must not throw out of encodePayload.
// The signature covers the bytes produced here, so a replaced character is still consistent.
std::string dumpValue(const json& value) {
    return value.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int digits(std::string_view text, std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i)
        n = n * 10 + (text[i] - '0');
    return n;
}

Result<std::string> requireString(const json& doc, const char* name, bool allowEmpty = false) {
    auto it = doc.find(name);
    if (it == doc.end()) return makeError("missing_field", "is required", name);
    if (!it->is_string()) return makeError("invalid_type", "must be a string", name);
    const auto& value = it->get_ref<const std::string&>();
    if (!allowEmpty && value.empty()) return makeError("invalid_value", "must not be empty", name);
    return value;
}

Result<std::int64_t> requireInteger(const json& doc, const char* name) {
    auto it = doc.find(name);
    if (it == doc.end()) return makeError("missing_field", "is required", name);
    if (it->is_number_unsigned()) {
        const auto value = it->get<std::uint64_t>();
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return makeError("invalid_value", "is too large", name);
        return static_cast<std::int64_t>(value);
    }
    if (it->is_number_integer()) return it->get<std::int64_t>();
    return makeError("invalid_type", "must be an integer", name);
}

} // namespace

bool isKnownChannel(std::string_view channel) {
    for (auto known : kChannels)
        if (channel == known) return true;
    return false;
}

bool isIsoDay(std::string_view day) {
    if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(day[i])) return false;
    const int year = digits(day, 0, 4);
    const int month = digits(day, 5, 2);
    const int dayOfMonth = digits(day, 8, 2);
    if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1) return false;
    static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = month == 2 && leap ? 29 : kDaysInMonth[month - 1];
    return dayOfMonth <= maxDay;
}

std::string todayUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
    return buf;
}

std::string addDays(std::string_view isoDay, int days) {
    std::tm day{};
    day.tm_year = digits(isoDay, 0, 4) - 1900;
    day.tm_mon = digits(isoDay, 5, 2) - 1;
    day.tm_mday = digits(isoDay, 8, 2) + days; // timegm normalises the overflow into months
    const std::time_t t = timegm(&day);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
    return buf;
}

Status checkPayloadDay(std::string_view day, std::string_view today) {
    // ISO days compare as strings.
    const std::string latest = addDays(today, 1);
    if (std::string_view(latest) < day)
        return makeError("day_in_future",
                         "is " + std::string(day) + ", later than the server's tomorrow (" +
                             latest + ", UTC)",
                         "day");
    return {};
}

std::string encodePayload(const ResponsePayload& p) {
    // Written by hand rather than through ordered_json so the key order is visibly the one in
    // CONTRACTS.md. `answers` is an nlohmann::json (std::map), so its keys come out sorted and
    // equal answer sets always give equal bytes.
    std::string out;
    out.reserve(256);
    out += "{\"v\":" + std::to_string(p.v);
    out += ",\"id\":" + dumpValue(p.id);
    out += ",\"device\":" + dumpValue(p.device);
    out += ",\"org\":" + dumpValue(p.org);
    out += ",\"campaign\":" + dumpValue(p.campaign);
    out += ",\"questionnaire\":" + dumpValue(p.questionnaire);
    out += ",\"channel\":" + dumpValue(p.channel);
    out += ",\"day\":" + dumpValue(p.day);
    out += ",\"seq\":" + std::to_string(p.seq);
    out += ",\"answers\":" + dumpValue(p.answers);
    out += "}";
    return out;
}

Result<ResponsePayload> decodePayload(std::string_view bytes) {
    auto checked = parseTrackingDuplicates(bytes);
    json& doc = checked.value;
    if (doc.is_discarded()) return makeError("invalid_json", "payload is not valid JSON");
    if (checked.duplicateKey)
        return makeError("duplicate_key",
                         "appears twice in one object; the payload would have two readings",
                         *checked.duplicateKey);
    if (!doc.is_object()) return makeError("invalid_type", "payload must be a JSON object");
    // Unknown keys are refused: a field this version does not understand may change the meaning
    // of the answers, and a newer format is announced by a new `v`.
    for (const auto& item : doc.items()) {
        bool known = false;
        for (auto name : kFields)
            known = known || item.key() == name;
        if (!known) return makeError("unknown_field", "is not a payload field", item.key());
    }

    ResponsePayload p;
    auto v = requireInteger(doc, "v");
    if (!v) return v.error();
    if (*v != 1)
        return makeError("unsupported_version",
                         "payload version " + std::to_string(*v) + " is not supported (expected 1)",
                         "v");
    p.v = 1;

    auto id = requireString(doc, "id");
    if (!id) return id.error();
    if (!crypto::isUuidV4(*id))
        return makeError("invalid_value", "must be a lower-case UUIDv4", "id");
    p.id = std::move(*id);

    auto device = requireString(doc, "device");
    if (!device) return device.error();
    p.device = std::move(*device);
    auto org = requireString(doc, "org");
    if (!org) return org.error();
    p.org = std::move(*org);
    auto campaign = requireString(doc, "campaign");
    if (!campaign) return campaign.error();
    p.campaign = std::move(*campaign);
    auto questionnaire = requireString(doc, "questionnaire");
    if (!questionnaire) return questionnaire.error();
    p.questionnaire = std::move(*questionnaire);

    auto channel = requireString(doc, "channel");
    if (!channel) return channel.error();
    if (!isKnownChannel(*channel))
        return makeError("invalid_value", "must be one of kiosk, interview, web, paper", "channel");
    p.channel = std::move(*channel);

    auto day = requireString(doc, "day");
    if (!day) return day.error();
    if (!isIsoDay(*day))
        return makeError("invalid_value", "must be a calendar date YYYY-MM-DD", "day");
    p.day = std::move(*day);

    const std::string seqRange = "must be an integer from 1 to " + std::to_string(kMaxSeq);
    auto seq = requireInteger(doc, "seq");
    if (!seq && seq.error().code == "invalid_value") // beyond int64
        return makeError("seq_out_of_range", seqRange, "seq");
    if (!seq) return seq.error();
    if (*seq < 1 || *seq > kMaxSeq) return makeError("seq_out_of_range", seqRange, "seq");
    p.seq = *seq;

    auto answers = doc.find("answers");
    if (answers == doc.end()) return makeError("missing_field", "is required", "answers");
    if (!answers->is_object()) return makeError("invalid_type", "must be an object", "answers");
    p.answers = std::move(*answers); // the document is discarded: no copy of every answer
    return p;
}

SignedItem signPayload(const std::string& payloadBytes, const crypto::SecretBytes& deviceSecret) {
    return SignedItem{payloadBytes, crypto::sign(deviceSecret, payloadBytes)};
}

Result<crypto::Bytes> sealItem(const SignedItem& item, const crypto::Bytes& serverSealPublicKey) {
    // Sealing a malformed signature would only be found out on the server, after the kiosk
    // had already deleted its plain copy.
    if (item.sig.size() != crypto::kSignatureSize)
        return makeError("invalid_signature", "signature must be 64 bytes", "sig");
    std::string message;
    message.reserve(item.sig.size() + item.payload.size());
    message.append(reinterpret_cast<const char*>(item.sig.data()), item.sig.size());
    message.append(item.payload);
    return crypto::seal(serverSealPublicKey, message);
}

Result<SignedItem> openSealedItem(const crypto::Bytes& box,
                                  const crypto::SealingKeyPair& serverKeys) {
    auto opened = crypto::openSealed(serverKeys, box);
    if (!opened) return opened.error();
    const crypto::Bytes& plain = opened.value();
    if (plain.size() < crypto::kSignatureSize)
        return makeError("sealed_too_short", "sealed item is shorter than a signature");
    SignedItem item;
    item.sig.assign(plain.begin(), plain.begin() + crypto::kSignatureSize);
    item.payload.assign(plain.begin() + crypto::kSignatureSize, plain.end());
    return item;
}

nlohmann::json plainItemJson(const SignedItem& item) {
    return json{{"payload", crypto::toBase64(item.payload)}, {"sig", crypto::toBase64(item.sig)}};
}

nlohmann::json sealedItemJson(const crypto::Bytes& box) {
    return json{{"sealed", crypto::toBase64(box)}};
}

} // namespace nok::survey
