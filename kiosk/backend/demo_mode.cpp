#include "demo_mode.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/questionnaire.h"

#include <filesystem>

namespace nok::kiosk {

namespace {

template <typename Pair, typename Load, typename Save, typename Generate>
Result<Pair> loadOrCreate(const std::string& path, Load load, Save save, Generate generate) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return load(path);
    Pair keys = generate();
    if (auto st = save(path, keys); !st) return st.error();
    return keys;
}

} // namespace

std::string demoDataDir(const std::string& dataDir) {
    return (std::filesystem::path(dataDir) / "demo").string();
}

Result<Enrolment> makeDemoEnrolment(const std::string& demoDir) {
    const auto dir = std::filesystem::path(demoDir);
    auto sign = loadOrCreate<crypto::SigningKeyPair>(
        (dir / "demo-server-sign.key").string(), crypto::loadSigningKeyPair,
        crypto::saveSigningKeyPair, crypto::generateSigningKeyPair);
    if (!sign) return sign.error();
    auto seal = loadOrCreate<crypto::SealingKeyPair>(
        (dir / "demo-server-seal.key").string(), crypto::loadSealingKeyPair,
        crypto::saveSealingKeyPair, crypto::generateSealingKeyPair);
    if (!seal) return seal.error();
    const auto questionnaire = survey::builtinQuestionnaireJson(survey::kDefaultQuestionnaire);
    if (!questionnaire) return makeError("internal_error", "the builtin questionnaire is missing");

    Enrolment e;
    const auto random = crypto::randomBytes(6);
    e.deviceId = "demo-" + crypto::toHex(random.data(), random.size());
    e.serverSignKey = sign->publicKey;
    e.serverSealKey = seal->publicKey;
    e.questionnaireJson = std::string(*questionnaire);
    OrganizationInfo org;
    org.id = QString::fromUtf8(kDemoOrganizationId);
    org.name = QStringLiteral("Демонстрационный дом-интернат");
    org.category = QStringLiteral("Дом-интернат для престарелых и инвалидов");
    org.campaign = QString::fromUtf8(kDemoCampaignId);
    org.recipients = 120;
    e.organizations = {org};
    return e;
}

} // namespace nok::kiosk
