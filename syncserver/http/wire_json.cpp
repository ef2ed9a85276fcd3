#include "http/wire_json.h"

namespace nok::server::http {

using nlohmann::json;

json deviceConfigJson(const DeviceConfig& c) {
    json orgs = json::array();
    for (const auto& o : c.organizations) {
        auto complete = c.completeResponses.find(o.id);
        orgs.push_back({{"id", o.id},
                        {"name", o.name},
                        {"category", o.category},
                        {"campaign", o.campaign},
                        {"recipients", o.recipients},
                        {"complete_responses",
                         complete == c.completeResponses.end() ? 0 : complete->second}});
    }
    return {{"device_id", c.deviceId},
            {"organizations", orgs},
            {"questionnaire", json::parse(c.questionnaireJson)},
            {"checklist", json::parse(c.checklistJson)},
            {"server_sign_key", c.serverSignKey},
            {"server_seal_key", c.serverSealKey},
            {"settings",
             {{"idle_timeout_seconds", c.settings.idleTimeoutSeconds},
              {"min_interval_seconds", c.settings.minIntervalSeconds}}}};
}

WireItem wireItemFromJson(json item) {
    WireItem w;
    if (!item.is_object()) {
        w.malformed = "an item must be an object";
        return w;
    }
    auto text = [&](const char* name) -> std::optional<std::string> {
        auto it = item.find(name);
        if (it == item.end() || !it->is_string()) return std::nullopt;
        return std::move(it->get_ref<std::string&>());
    };
    const bool hasSealed = item.contains("sealed");
    const bool hasPlain = item.contains("payload") || item.contains("sig");
    if (hasSealed && hasPlain)
        w.malformed = "an item has either sealed or payload and sig, not both";
    else if (hasSealed && !(w.sealed = text("sealed")))
        w.malformed = "sealed must be a base64 string";
    else if (hasPlain && (!(w.payload = text("payload")) || !(w.sig = text("sig"))))
        w.malformed = "payload and sig must both be base64 strings";
    else if (!hasSealed && !hasPlain)
        w.malformed = "an item needs sealed, or payload and sig";
    return w;
}

json receiptsJson(const std::vector<Receipt>& receipts) {
    json list = json::array();
    for (const auto& r : receipts)
        list.push_back({{"index", r.index},
                        {"id", r.id ? json(*r.id) : json(nullptr)},
                        {"status", r.status},
                        {"reason", r.reason ? json(*r.reason) : json(nullptr)}});
    return {{"receipts", list}};
}

} // namespace nok::server::http
