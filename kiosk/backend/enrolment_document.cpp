#include "enrolment_document.h"

#include "nok/expert/checklist.h"
#include "nok/survey/questionnaire.h"

#include <nlohmann/json.hpp>

namespace nok::kiosk {

using nlohmann::json;

namespace {

constexpr int kMaxIdLength = 128;

Result<std::string> requireString(const json& obj, const char* key, const std::string& path,
                                  bool allowEmpty = false) {
    const auto it = obj.find(key);
    if (it == obj.end()) return makeError("missing_field", "is required", path + key);
    if (!it->is_string()) return makeError("wrong_type", "must be a string", path + key);
    auto value = it->get<std::string>();
    if (!allowEmpty && value.empty())
        return makeError("invalid_value", "must not be empty", path + key);
    return value;
}

Result<crypto::Bytes> requireKey(const json& obj, const char* key, std::size_t size) {
    auto text = requireString(obj, key, "");
    if (!text) return text.error();
    auto bytes = crypto::fromBase64(*text);
    if (!bytes || bytes->size() != size)
        return makeError("invalid_value",
                         "must be base64 of a " + std::to_string(size) + "-byte public key", key);
    return std::move(*bytes);
}

Result<int> optionalInt(const json& obj, const char* key, int fallback, int min, int max,
                        const std::string& path) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return fallback;
    if (!it->is_number_integer() || it->get<std::int64_t>() < min || it->get<std::int64_t>() > max)
        return makeError("invalid_value",
                         "must be an integer from " + std::to_string(min) + " to " +
                             std::to_string(max),
                         path + key);
    return it->get<int>();
}

Result<QList<OrganizationInfo>> parseOrganizations(const json& list, const std::string& path) {
    if (!list.is_array()) return makeError("wrong_type", "must be an array", path);
    if (list.empty())
        return makeError("invalid_value", "must list at least one organisation", path);
    QList<OrganizationInfo> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "].";
        const json& o = list[i];
        if (!o.is_object())
            return makeError("wrong_type", "must be an object", at.substr(0, at.size() - 1));
        OrganizationInfo info;
        auto id = requireString(o, "id", at);
        if (!id) return id.error();
        if (id->size() > kMaxIdLength) return makeError("invalid_value", "is too long", at + "id");
        auto name = requireString(o, "name", at);
        if (!name) return name.error();
        auto category = requireString(o, "category", at, true);
        if (!category) return category.error();
        auto campaign = requireString(o, "campaign", at);
        if (!campaign) return campaign.error();
        const auto rec = o.find("recipients");
        if (rec != o.end() && !rec->is_null() &&
            (!rec->is_number_integer() || rec->get<std::int64_t>() < 0))
            return makeError("invalid_value", "must be a non-negative integer", at + "recipients");
        info.id = QString::fromStdString(*id);
        info.name = QString::fromStdString(*name);
        info.category = QString::fromStdString(*category);
        info.campaign = QString::fromStdString(*campaign);
        info.recipients = (rec != o.end() && !rec->is_null()) ? rec->get<qint64>() : 0;
        const auto complete = o.find("complete_responses");
        if (complete != o.end() && !complete->is_null()) {
            if (!complete->is_number_integer() || complete->get<std::int64_t>() < 0 ||
                complete->get<std::int64_t>() > 100000000)
                return makeError("invalid_value", "must be a non-negative integer",
                                 at + "complete_responses");
            info.completeResponses = complete->get<int>();
        }
        for (const auto& seen : out)
            if (seen.id == info.id)
                return makeError("duplicate_id", "organisation listed twice", at + "id");
        out.push_back(std::move(info));
    }
    return out;
}

Result<KioskSettings> parseSettings(const json& doc, const std::string& path) {
    KioskSettings s;
    if (doc.is_null()) return s;
    if (!doc.is_object()) return makeError("wrong_type", "must be an object", path);
    auto idle =
        optionalInt(doc, "idle_timeout_seconds", s.idleTimeoutSeconds, 10, 3600, path + ".");
    if (!idle) return idle.error();
    auto interval =
        optionalInt(doc, "min_interval_seconds", s.minIntervalSeconds, 0, 3600, path + ".");
    if (!interval) return interval.error();
    s.idleTimeoutSeconds = *idle;
    s.minIntervalSeconds = *interval;
    return s;
}

} // namespace

const OrganizationInfo* Enrolment::findOrganization(const QString& id) const {
    for (const auto& org : organizations)
        if (org.id == id) return &org;
    return nullptr;
}

Result<Enrolment> parseEnrolmentDocument(std::string_view body) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return makeError("malformed_json", "the server's answer is not a JSON object");
    Enrolment e;
    auto device = requireString(doc, "device_id", "");
    if (!device) return device.error();
    if (device->size() > kMaxIdLength)
        return makeError("invalid_value", "is too long", "device_id");
    e.deviceId = std::move(*device);

    auto orgs = parseOrganizations(doc.contains("organizations") ? doc["organizations"] : json(),
                                   "organizations");
    if (!orgs) return orgs.error();
    e.organizations = std::move(*orgs);

    const auto q = doc.find("questionnaire");
    if (q == doc.end() || !q->is_object())
        return makeError("wrong_type", "must be a questionnaire definition object",
                         "questionnaire");
    e.questionnaireJson = q->dump();
    if (auto parsed = survey::parseQuestionnaire(e.questionnaireJson); !parsed)
        return parsed.error().under("questionnaire");

    auto sign = requireKey(doc, "server_sign_key", crypto::kSignPublicKeySize);
    if (!sign) return sign.error();
    auto seal = requireKey(doc, "server_seal_key", crypto::kSealPublicKeySize);
    if (!seal) return seal.error();
    e.serverSignKey = std::move(*sign);
    e.serverSealKey = std::move(*seal);

    auto settings = parseSettings(doc.contains("settings") ? doc["settings"] : json(), "settings");
    if (!settings) return settings.error();
    e.settings = *settings;

    // Optional: a server without expert checks sends none and the built-in checklist applies.
    if (const auto c = doc.find("checklist"); c != doc.end() && !c->is_null()) {
        if (!c->is_object())
            return makeError("wrong_type", "must be a checklist document object", "checklist");
        e.checklistJson = c->dump();
        if (auto parsed = expert::parseChecklist(e.checklistJson); !parsed)
            return parsed.error().under("checklist");
    }
    return e;
}

std::string organizationsToJson(const QList<OrganizationInfo>& organizations) {
    json list = json::array();
    for (const auto& o : organizations)
        list.push_back({{"id", o.id.toStdString()},
                        {"name", o.name.toStdString()},
                        {"category", o.category.toStdString()},
                        {"campaign", o.campaign.toStdString()},
                        {"recipients", o.recipients},
                        {"complete_responses", o.completeResponses >= 0 ? json(o.completeResponses) : json()}});
    return list.dump();
}

Result<QList<OrganizationInfo>> organizationsFromJson(std::string_view text) {
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded())
        return makeError("database_corrupt", "stored organisations are not JSON",
                         "enrolment.organizations");
    return parseOrganizations(doc, "enrolment.organizations");
}

std::string settingsToJson(const KioskSettings& settings) {
    return json{{"idle_timeout_seconds", settings.idleTimeoutSeconds},
                {"min_interval_seconds", settings.minIntervalSeconds}}
        .dump();
}

Result<KioskSettings> settingsFromJson(std::string_view text) {
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded())
        return makeError("database_corrupt", "stored settings are not JSON", "enrolment.settings");
    return parseSettings(doc, "enrolment.settings");
}

} // namespace nok::kiosk
