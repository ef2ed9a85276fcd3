// JSON shapes of the device protocol (CONTRACTS.md, docs/api.md): the configuration a device
// receives at enrolment and on config pull, sync items read from a batch, and receipts.
#pragma once

#include "service/device_config.h"
#include "service/ingest_service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nok::server::http {

[[nodiscard]] nlohmann::json deviceConfigJson(const DeviceConfig& config);
// One item of "items"; a wrong shape is recorded in WireItem::malformed, never an exception.
[[nodiscard]] WireItem wireItemFromJson(nlohmann::json item); // strings are moved out, not copied
// The item rules, once for both readers: `has*` say which keys the item has, the optionals hold
// those of them whose value is a string.
[[nodiscard]] WireItem wireItemFromParts(bool hasSealed, bool hasPlain,
                                         std::optional<std::string> sealed,
                                         std::optional<std::string> payload,
                                         std::optional<std::string> sig);
// {"receipts": [...]}, as the exact bytes the response signature covers.
// With `batch` (the sha256 hex of the request body, when the device asked with X-Nok-Batch) the
// body is {"batch": ..., "receipts": [...]}: signed with it, a receipt answers that request only.
[[nodiscard]] std::string receiptsText(const std::vector<Receipt>& receipts,
                                       const std::string& batch = {});

} // namespace nok::server::http
