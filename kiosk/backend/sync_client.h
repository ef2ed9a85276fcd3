// One batch exchange of the sync protocol (CONTRACTS.md): POST /api/v1/sync with at most 500
// sealed items, then the receipts. The body's X-Nok-Signature is verified with the server sign
// key from enrolment BEFORE any receipt is read: an unsigned or wrongly signed answer is a failure
// and every item stays in the outbox. The request carries X-Nok-Batch (sha256 hex of its exact
// body) and the signed answer must name the same hash in "batch": a receipt recorded from an
// earlier exchange and replayed (plain HTTP) is then a failure too, never a reason to move an item
// to the dead letters or to delete it. A receipt counts for an item only if its index is in range,
// its id (when not null) is that item's id, and its status is known; items without such a
// receipt stay too.
#pragma once

#include "http_endpoint.h"
#include "nok/crypto/crypto.h"
#include "nok/result.h"

#include <optional>
#include <string>
#include <vector>

namespace nok::kiosk {

constexpr int kMaxBatchItems = 500;

struct SyncItem {
    std::string id;
    std::string sealed; // bytes
};

enum class ReceiptStatus { Stored, Duplicate, Rejected };

struct Receipt {
    ReceiptStatus status = ReceiptStatus::Stored;
    std::string reason; // for Rejected: "code: human text"
};

// Error codes: "network_error", "server_error" (5xx), "device_not_accepted" (401/403),
// "http_error" (other status), "bad_receipt_signature", "receipt_not_for_this_batch",
// "malformed_receipts", "batch_too_large".
// On success, one entry per item, in the items' order (nullopt: no usable receipt).
[[nodiscard]] Result<std::vector<std::optional<Receipt>>>
exchangeBatch(HttpEndpoint& endpoint, const std::string& deviceId,
              const crypto::Bytes& serverSignKey, const std::vector<SyncItem>& items);

// Checks that a verified receipts body answers the batch whose body hashed to `batchHash`:
// error "receipt_not_for_this_batch" otherwise (also when the server did not bind it at all, as a
// server older than this kiosk does).
[[nodiscard]] Status checkReceiptBinding(const std::string& body, const std::string& batchHash);

// Parses a verified receipts body against the batch (exposed for tests of odd receipts).
[[nodiscard]] Result<std::vector<std::optional<Receipt>>>
parseReceipts(const std::string& body, const std::vector<SyncItem>& items);

} // namespace nok::kiosk
