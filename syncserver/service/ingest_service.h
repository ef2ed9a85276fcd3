// Ingest of a sync batch (CONTRACTS.md "HTTP API" and "Signed responses"). Each item is opened
// (sealed form) and its Ed25519 signature checked against the device's enrolled key BEFORE the
// payload is parsed; then the payload must name this device, an organisation the device may
// answer for, a campaign containing that organisation, the campaign's questionnaire, and answers
// the core validator accepts. The crypto and the checks that need no database run outside any
// lock and are spread over every core (service/parallel_for.h), so a single batch uses both
// cores even while another batch waits for its commit; the accepted items are written in ONE
// transaction per batch, committed with synchronous=FULL before the receipt is sent. Each item gets a
// receipt: stored | duplicate | rejected with a "code: text" reason. A payload has one reading
// only (duplicate keys, a seq outside 1…2^53−1 and a day after the server's tomorrow are refused),
// and a kiosk device's responses per campaign and day are capped (service/daily_limits.h); a
// refused item leaves nothing stored or counted.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/server_keys.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace nok::server {

// One item as it came off the wire; http/ fills it from JSON without interpreting the bytes.
struct WireItem {
    std::optional<std::string> sealed;  // base64
    std::optional<std::string> payload; // base64
    std::optional<std::string> sig;     // base64
    std::string malformed;              // non-empty: why the JSON item has the wrong shape
};

struct Receipt {
    std::size_t index = 0;
    std::optional<std::string> id; // null when the item could not be opened or verified
    std::string status;            // stored | duplicate | rejected
    std::optional<std::string> reason;
};

constexpr std::size_t kMaxBatchItems = 500;

// Where the batch's write transaction runs. `lock` is held around it: concurrent batches in one
// process queue on a mutex and start the moment it is free, instead of in SQLite's busy handler,
// which sleeps in steps of milliseconds. The server passes one long-lived `db` for every batch:
// SQLite drops a connection's page cache whenever another connection has committed, so with each
// request writing on its own connection every batch re-read the index pages it was updating.
struct BatchWriter {
    std::mutex& lock;
    sqlite::Database& db;
};

// Reads (device, organisations, campaigns) go to `db`; the write transaction to `writer` if given,
// else to `db` as well. `today` is the server's UTC day (YYYY-MM-DD; empty: the clock's), against
// which a payload's day is checked. Errors for the whole batch: "unknown_device",
// "device_revoked", "too_many_items", storage errors.
[[nodiscard]] Result<std::vector<Receipt>> ingestBatch(sqlite::Database& db, const ServerKeys& keys,
                                                       const std::string& deviceId,
                                                       std::vector<WireItem> items,
                                                       std::optional<BatchWriter> writer = {},
                                                       std::string today = {});

} // namespace nok::server
