// JSON shapes of the device protocol (CONTRACTS.md, docs/api.md): the configuration a device
// receives at enrolment and on config pull, sync items read from a batch, and receipts.
#pragma once

#include "service/device_config.h"
#include "service/ingest_service.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace nok::server::http {

[[nodiscard]] nlohmann::json deviceConfigJson(const DeviceConfig& config);
// One item of "items"; a wrong shape is recorded in WireItem::malformed, never an exception.
[[nodiscard]] WireItem wireItemFromJson(nlohmann::json item); // strings are moved out, not copied
[[nodiscard]] nlohmann::json receiptsJson(const std::vector<Receipt>& receipts);

} // namespace nok::server::http
