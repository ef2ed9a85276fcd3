// Reads the body of POST /api/v1/sync into the device id and its wire items. This is the one large
// body the server reads often (up to 500 items of about 1.2 KB of base64 each), so the plain form
// every device sends is scanned directly: nlohmann's parser would copy each character of those
// strings through its token buffer into a document that is taken apart at once. Whatever the
// scanner does not recognise as plain — escapes, non-ASCII bytes, unknown or repeated keys,
// values other than strings, more than 500 items — makes it give up, and the body is parsed the
// general way, which accepts every valid JSON spelling and words every error. The scanner never
// decides what is invalid; it only recognises what is plain, with the same result.
#pragma once

#include "nok/result.h"
#include "service/ingest_service.h"

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::server::http {

struct SyncRequest {
    std::string device;
    std::vector<WireItem> items;
};

// The fast path alone (exposed for tests): nullopt when the body is not in the plain form.
[[nodiscard]] std::optional<SyncRequest> scanPlainSyncRequest(std::string_view body);
// The general path alone (exposed for tests): nlohmann's parser, then the same shape checks.
[[nodiscard]] Result<SyncRequest> parseSyncRequestJson(const httplib::Request& req);

// Content type, JSON, "device" (string), "items" (array of at most 500): 415, 400 malformed_json,
// 400 invalid_request or 400 too_many_items, each naming its field.
[[nodiscard]] Result<SyncRequest> readSyncRequest(const httplib::Request& req);

} // namespace nok::server::http
