#include "http/wire_json.h"

#include <algorithm>

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

WireItem wireItemFromParts(bool hasSealed, bool hasPlain, std::optional<std::string> sealed,
                           std::optional<std::string> payload, std::optional<std::string> sig) {
    WireItem w;
    if (hasSealed && hasPlain)
        w.malformed = "an item has either sealed or payload and sig, not both";
    else if (hasSealed && !(w.sealed = std::move(sealed)))
        w.malformed = "sealed must be a base64 string";
    else if (hasPlain && (!(w.payload = std::move(payload)) || !(w.sig = std::move(sig))))
        w.malformed = "payload and sig must both be base64 strings";
    else if (!hasSealed && !hasPlain)
        w.malformed = "an item needs sealed, or payload and sig";
    return w;
}

WireItem wireItemFromJson(json item) {
    if (!item.is_object()) {
        WireItem w;
        w.malformed = "an item must be an object";
        return w;
    }
    auto text = [&](const char* name) -> std::optional<std::string> {
        auto it = item.find(name);
        if (it == item.end() || !it->is_string()) return std::nullopt;
        return std::move(it->get_ref<std::string&>());
    };
    return wireItemFromParts(item.contains("sealed"), item.contains("payload") || item.contains("sig"),
                             text("sealed"), text("payload"), text("sig"));
}

namespace {

// A JSON string literal. Ids and statuses are plain ASCII and are copied as they are; anything
// else (a reason quoting a payload field) goes through nlohmann's escaping.
void appendJsonString(std::string& out, std::string_view text) {
    const bool plain = std::all_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
    });
    if (plain) {
        out += '"';
        out += text;
        out += '"';
    } else {
        out += json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
    }
}

} // namespace

std::string receiptsText(const std::vector<Receipt>& receipts, const std::string& batch) {
    // Written directly rather than through a JSON document: a batch of 500 receipts was a
    // document of 2,000 values built and serialised inside every sync request. The keys are in
    // the order nlohmann writes them, so the bytes are the same as before.
    std::string out = "{";
    if (!batch.empty()) {
        out += "\"batch\":";
        appendJsonString(out, batch);
        out += ',';
    }
    out += "\"receipts\":[";
    out.reserve(out.size() + receipts.size() * 96);
    for (std::size_t i = 0; i < receipts.size(); ++i) {
        const auto& r = receipts[i];
        if (i > 0) out += ',';
        out += "{\"id\":";
        if (r.id) appendJsonString(out, *r.id);
        else out += "null";
        out += ",\"index\":";
        out += std::to_string(r.index);
        out += ",\"reason\":";
        if (r.reason) appendJsonString(out, *r.reason);
        else out += "null";
        out += ",\"status\":";
        appendJsonString(out, r.status);
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace nok::server::http
