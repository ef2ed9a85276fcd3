// What a device needs to run: its organisations (each with its current campaign), the
// questionnaire definition, the expert checklist, how many complete responses each organisation
// already has (the operator sees how many interviews are still needed), the server's public keys
// and kiosk settings. Sent in the enrolment
// answer and by the config pull (GET /api/v1/device/config), which a device authenticates by
// signing "nok-config\n<device id>\n<unix seconds>" with its key.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "storage/campaign_queries.h"
#include "storage/server_keys.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nok::server {

struct KioskSettings {
    int idleTimeoutSeconds = 90;
    int minIntervalSeconds = 20;
};

struct DeviceConfig {
    std::string deviceId;
    std::vector<OrgInCampaign> organizations;
    std::string questionnaireJson; // the definition, as shipped
    std::string serverSignKey;     // base64
    std::string serverSealKey;     // base64
    KioskSettings settings;
    std::string checklistJson; // the server's current expert checklist (checklist_service.h)
    std::map<std::string, std::int64_t> completeResponses; // org id → complete responses stored
                                                           // in its current campaign, all channels
};

[[nodiscard]] Result<DeviceConfig> buildDeviceConfig(sqlite::Database& db, const ServerKeys& keys,
                                                     const std::string& deviceId);

constexpr std::int64_t kConfigClockSkewSeconds = 300;

// Checks a config pull: "unknown_device", "device_revoked", "bad_auth" (signature or time).
[[nodiscard]] Status authenticateConfigPull(sqlite::Database& db, const std::string& deviceId,
                                            const std::string& unixTime,
                                            const std::string& signatureBase64, std::int64_t now);

} // namespace nok::server
