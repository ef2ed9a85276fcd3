#include "http/sync_request.h"

#include "http/request_helpers.h"
#include "http/wire_json.h"

namespace nok::server::http {

namespace {

class PlainScanner {
public:
    explicit PlainScanner(std::string_view text) : m_text(text) {}

    bool eat(char c) {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // A string without escapes, control characters or non-ASCII bytes; nullopt otherwise.
    std::optional<std::string_view> plainString() {
        if (!eat('"')) return std::nullopt;
        const std::size_t start = m_pos;
        for (; m_pos < m_text.size(); ++m_pos) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') return m_text.substr(start, m_pos++ - start);
            if (c == '\\' || c < 0x20 || c >= 0x80) return std::nullopt;
        }
        return std::nullopt;
    }

    bool atEnd() {
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    void skipSpace() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

// {"sealed": "..."} or {"payload": "...", "sig": "..."}, keys in any order, each at most once.
std::optional<WireItem> scanItem(PlainScanner& in) {
    if (!in.eat('{')) return std::nullopt;
    std::optional<std::string> sealed, payload, sig;
    do {
        auto key = in.plainString();
        if (!key || !in.eat(':')) return std::nullopt;
        std::optional<std::string>* target = *key == "sealed"    ? &sealed
                                             : *key == "payload" ? &payload
                                             : *key == "sig"     ? &sig
                                                                 : nullptr;
        if (!target || *target) return std::nullopt;
        auto value = in.plainString();
        if (!value) return std::nullopt;
        target->emplace(*value);
    } while (in.eat(','));
    if (!in.eat('}')) return std::nullopt;
    const bool hasSealed = sealed.has_value(), hasPlain = payload || sig;
    return wireItemFromParts(hasSealed, hasPlain, std::move(sealed), std::move(payload),
                             std::move(sig));
}

std::optional<std::vector<WireItem>> scanItems(PlainScanner& in) {
    if (!in.eat('[')) return std::nullopt;
    std::vector<WireItem> items;
    if (in.eat(']')) return items;
    do {
        if (items.size() == kMaxBatchItems) return std::nullopt; // the general path words it
        auto item = scanItem(in);
        if (!item) return std::nullopt;
        items.push_back(std::move(*item));
    } while (in.eat(','));
    if (!in.eat(']')) return std::nullopt;
    return items;
}

} // namespace

std::optional<SyncRequest> scanPlainSyncRequest(std::string_view body) {
    PlainScanner in(body);
    if (!in.eat('{')) return std::nullopt;
    std::optional<std::string> device;
    std::optional<std::vector<WireItem>> items;
    do {
        auto key = in.plainString();
        if (!key || !in.eat(':')) return std::nullopt;
        if (*key == "device" && !device) {
            auto value = in.plainString();
            if (!value) return std::nullopt;
            device.emplace(*value);
        } else if (*key == "items" && !items) {
            items = scanItems(in);
            if (!items) return std::nullopt;
        } else {
            return std::nullopt;
        }
    } while (in.eat(','));
    if (!in.eat('}') || !in.atEnd() || !device || !items) return std::nullopt;
    return SyncRequest{std::move(*device), std::move(*items)};
}

Result<SyncRequest> parseSyncRequestJson(const httplib::Request& req) {
    auto body = parseJsonBody(req);
    if (!body) return body.error();
    auto device = requireString(*body, "device");
    if (!device) return device.error();
    auto items = body->find("items");
    if (items == body->end() || !items->is_array())
        return makeError("invalid_request", "must be an array of items", "items");
    if (items->size() > kMaxBatchItems)
        return makeError("too_many_items",
                         "a batch holds at most 500 items; send the rest in another batch", "items");
    SyncRequest request{std::move(*device), {}};
    request.items.reserve(items->size());
    for (auto& item : *items)
        request.items.push_back(wireItemFromJson(std::move(item)));
    return request;
}

Result<SyncRequest> readSyncRequest(const httplib::Request& req) {
    if (auto s = requireJsonContentType(req); !s) return s.error();
    if (auto plain = scanPlainSyncRequest(req.body)) return std::move(*plain);
    return parseSyncRequestJson(req);
}

} // namespace nok::server::http
