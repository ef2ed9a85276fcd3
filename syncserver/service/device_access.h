// The per-request device check shared by sync and config pull: the device must be enrolled and
// not revoked. Read from the database on every request (no cache), so `device revoke` on the
// command line takes effect at once for a running server.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/device_store.h"

#include <string>

namespace nok::server {

// Errors "unknown_device" (field "device") and "device_revoked".
[[nodiscard]] Result<DeviceRecord> activeDevice(sqlite::Database& db, const std::string& deviceId);

} // namespace nok::server
