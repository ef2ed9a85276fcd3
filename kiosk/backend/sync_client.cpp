#include "sync_client.h"

#include "nok/survey/response_payload.h"

#include <nlohmann/json.hpp>

namespace nok::kiosk {

using nlohmann::json;

Result<std::vector<std::optional<Receipt>>> parseReceipts(const std::string& body,
                                                          const std::vector<SyncItem>& items) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("receipts") ||
        !doc["receipts"].is_array())
        return makeError("malformed_receipts", "the server's answer has no receipts array",
                         "receipts");
    std::vector<std::optional<Receipt>> out(items.size());
    const json& receipts = doc["receipts"];
    for (std::size_t i = 0; i < receipts.size(); ++i) {
        const json& r = receipts[i];
        // A receipt we cannot tie to exactly one item is ignored: its item stays and is resent.
        if (!r.is_object() || !r.contains("index") || !r["index"].is_number_unsigned()) continue;
        const auto index = r["index"].get<std::size_t>();
        if (index >= items.size() || out[index]) continue;
        if (r.contains("id") && !r["id"].is_null() &&
            (!r["id"].is_string() || r["id"].get<std::string>() != items[index].id))
            continue;
        if (!r.contains("status") || !r["status"].is_string()) continue;
        const std::string status = r["status"].get<std::string>();
        Receipt receipt;
        if (status == "stored")
            receipt.status = ReceiptStatus::Stored;
        else if (status == "duplicate")
            receipt.status = ReceiptStatus::Duplicate;
        else if (status == "rejected")
            receipt.status = ReceiptStatus::Rejected;
        else
            continue;
        if (r.contains("reason") && r["reason"].is_string())
            receipt.reason = r["reason"].get<std::string>();
        if (receipt.status == ReceiptStatus::Rejected && receipt.reason.empty())
            receipt.reason = "rejected (no reason given)";
        out[index] = std::move(receipt);
    }
    return out;
}

Status checkReceiptBinding(const std::string& body, const std::string& batchHash) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_object() && doc.contains("batch") && doc["batch"].is_string() &&
        doc["batch"].get<std::string>() == batchHash)
        return {};
    return makeError("receipt_not_for_this_batch",
                     "the signed receipts do not answer the batch just sent (a replayed answer, or "
                     "a server older than this kiosk); nothing was removed");
}

Result<std::vector<std::optional<Receipt>>> exchangeBatch(HttpEndpoint& endpoint,
                                                          const std::string& deviceId,
                                                          const crypto::Bytes& serverSignKey,
                                                          const std::vector<SyncItem>& items) {
    if (items.size() > static_cast<std::size_t>(kMaxBatchItems))
        return makeError("batch_too_large", "at most 500 items per batch");
    json list = json::array();
    for (const auto& item : items)
        list.push_back(
            survey::sealedItemJson(crypto::Bytes(item.sealed.begin(), item.sealed.end())));
    const std::string body = json{{"device", deviceId}, {"items", std::move(list)}}.dump();

    const std::string batchHash = crypto::sha256Hex(body);
    auto reply = endpoint.post("/api/v1/sync", body, {{"X-Nok-Batch", batchHash}});
    if (!reply) return reply.error();
    if (reply->status >= 500)
        return makeError("server_error", "the server failed: " + describeHttpError(*reply));
    if (reply->status == 401 || reply->status == 403)
        return makeError("device_not_accepted",
                         "the server does not accept this device: " + describeHttpError(*reply));
    if (reply->status != 200)
        return makeError("http_error", "unexpected answer: " + describeHttpError(*reply));

    const std::string sigText = reply->header("x-nok-signature");
    auto sig = crypto::fromBase64(sigText);
    if (sigText.empty() || !sig || !crypto::verify(serverSignKey, reply->body, *sig))
        return makeError(
            "bad_receipt_signature",
            "the receipts are not signed by the enrolled server key; nothing was removed");
    if (auto bound = checkReceiptBinding(reply->body, batchHash); !bound) return bound.error();
    return parseReceipts(reply->body, items);
}

} // namespace nok::kiosk
