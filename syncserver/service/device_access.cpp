#include "service/device_access.h"

namespace nok::server {

Result<DeviceRecord> activeDevice(sqlite::Database& db, const std::string& deviceId) {
    auto device = findDevice(db, deviceId);
    if (!device) return device.error();
    if (!*device)
        return makeError("unknown_device", "no device is enrolled with this id", "device");
    if ((*device)->revoked)
        return makeError("device_revoked", "this device has been revoked", "device");
    return std::move(**device);
}

} // namespace nok::server
