#include "service/device_config.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/questionnaire.h"
#include "service/checklist_service.h"
#include "service/device_access.h"
#include "storage/device_store.h"
#include "storage/tally_reader.h"

#include <charconv>

namespace nok::server {

Result<DeviceConfig> buildDeviceConfig(sqlite::Database& db, const ServerKeys& keys,
                                       const std::string& deviceId) {
    auto orgs = deviceOrgs(db, deviceId);
    if (!orgs) return orgs.error();
    DeviceConfig config;
    config.deviceId = deviceId;
    std::string questionnaire(survey::kDefaultQuestionnaire);
    for (const auto& org : *orgs) {
        auto current = currentCampaignOf(db, org);
        if (!current) return current.error();
        // An organisation dropped from every campaign is left out rather than failing the device.
        if (!*current) continue;
        if (config.organizations.empty()) questionnaire = (*current)->questionnaire;
        auto complete = completeResponses(db, (*current)->campaign, org);
        if (!complete) return complete.error();
        config.completeResponses[org] = *complete;
        config.organizations.push_back(**current);
    }
    auto checklist = currentChecklist(db);
    if (!checklist) return checklist.error();
    config.checklistJson = std::move(checklist->json);
    auto json = survey::builtinQuestionnaireJson(questionnaire);
    if (!json)
        return makeError("unknown_questionnaire",
                         "this server has no questionnaire '" + questionnaire + "'");
    config.questionnaireJson = std::string(*json);
    config.serverSignKey = crypto::toBase64(keys.sign.publicKey);
    config.serverSealKey = crypto::toBase64(keys.seal.publicKey);
    return config;
}

Status authenticateConfigPull(sqlite::Database& db, const std::string& deviceId,
                              const std::string& unixTime, const std::string& signatureBase64,
                              std::int64_t now) {
    auto device = activeDevice(db, deviceId);
    if (!device) return device.error();
    std::int64_t t = 0;
    auto [ptr, ec] = std::from_chars(unixTime.data(), unixTime.data() + unixTime.size(), t);
    if (unixTime.empty() || ec != std::errc() || ptr != unixTime.data() + unixTime.size())
        return makeError("bad_auth", "must be unix seconds", "X-Nok-Time");
    if (t < now - kConfigClockSkewSeconds || t > now + kConfigClockSkewSeconds)
        return makeError("bad_auth", "the device clock is more than 300 s off the server's",
                         "X-Nok-Time");
    auto sig = crypto::fromBase64(signatureBase64);
    const std::string message = "nok-config\n" + deviceId + "\n" + unixTime;
    if (!sig || !crypto::verify(device->publicKey, message, *sig))
        return makeError("bad_auth", "the signature does not verify with the enrolled key",
                         "X-Nok-Auth");
    return {};
}

} // namespace nok::server
