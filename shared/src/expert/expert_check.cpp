#include "nok/expert/expert_check.h"

#include "nok/crypto/crypto.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace nok::expert {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

Error invalidCheck(const std::string& field, const std::string& message) {
    return makeError("invalid_expert_check", message, field);
}

std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

Status onlyKeys(const json& obj, std::initializer_list<const char*> keys, const std::string& path) {
    for (const auto& [key, value] : obj.items()) {
        (void)value;
        if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; }))
            return invalidCheck(join(path, key), "is not a field of an expert check");
    }
    for (const char* k : keys)
        if (!obj.contains(k)) return invalidCheck(join(path, k), "is required");
    return {};
}

Result<std::string> str(const json& obj, const char* key, const std::string& path) {
    const json& v = obj.at(key);
    if (!v.is_string()) return invalidCheck(join(path, key), "must be a string");
    return v.get<std::string>();
}

std::size_t codePoints(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool isIsoWithOffset(const std::string& s) {
    static const std::regex re(
        R"(^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$)");
    return std::regex_match(s, re);
}

bool isUuidV4(const std::string& s) {
    static const std::regex re(R"(^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$)");
    return std::regex_match(s, re);
}


Result<ItemCheck> decodeItem(const json& node, const std::string& path) {
    if (!node.is_object()) return invalidCheck(path, "must be an object");
    if (auto s = onlyKeys(node, {"item", "present", "note", "checked_at", "operator", "evidence"}, path); !s)
        return s.error();
    ItemCheck item;
    auto id = str(node, "item", path);
    if (!id) return id.error();
    item.item = *id;
    if (!node["present"].is_boolean()) return invalidCheck(path + ".present", "must be true or false");
    item.present = node["present"].get<bool>();
    auto note = str(node, "note", path);
    if (!note) return note.error();
    item.note = *note;
    auto at = str(node, "checked_at", path);
    if (!at) return at.error();
    item.checkedAt = *at;
    auto op = str(node, "operator", path);
    if (!op) return op.error();
    item.operatorName = *op;
    const json& ev = node["evidence"];
    if (!ev.is_array()) return invalidCheck(path + ".evidence", "must be an array of sha256 hex strings");
    for (std::size_t i = 0; i < ev.size(); ++i) {
        if (!ev[i].is_string())
            return invalidCheck(path + ".evidence[" + std::to_string(i) + "]", "must be a sha256 hex string");
        item.evidence.push_back(ev[i].get<std::string>());
    }
    return item;
}

} // namespace

std::string encodeExpertCheck(const ExpertCheck& check) {
    ordered_json doc = ordered_json::object();
    doc["v"] = 1;
    doc["kind"] = "expert_check";
    doc["id"] = check.id;
    doc["device"] = check.device;
    doc["campaign"] = check.campaign;
    doc["org"] = check.org;
    doc["checklist"] = check.checklist;
    doc["operator"] = check.operatorName;
    doc["recorded_at"] = check.recordedAt;
    doc["waiting_time_points"] = check.waitingTimePoints ? ordered_json(*check.waitingTimePoints) : ordered_json(nullptr);
    ordered_json items = ordered_json::array();
    for (const auto& item : check.items) {
        ordered_json i = ordered_json::object();
        i["item"] = item.item;
        i["present"] = item.present;
        i["note"] = item.note;
        i["checked_at"] = item.checkedAt;
        i["operator"] = item.operatorName;
        i["evidence"] = item.evidence;
        items.push_back(std::move(i));
    }
    doc["items"] = std::move(items);
    // Invalid UTF-8 in a field is replaced rather than thrown: the payload is always valid JSON.
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<ExpertCheck> decodeExpertCheck(std::string_view payload) {
    json doc = json::parse(payload.begin(), payload.end(), nullptr, false);
    if (doc.is_discarded()) return invalidCheck("", "the payload is not valid UTF-8 JSON");
    if (!doc.is_object()) return invalidCheck("", "the payload must be a JSON object");
    if (auto s = onlyKeys(doc, {"v", "kind", "id", "device", "campaign", "org", "checklist", "operator",
                                "recorded_at", "waiting_time_points", "items"},
                          "");
        !s)
        return s.error();
    if (!doc["v"].is_number_integer() || doc["v"].get<std::int64_t>() != 1)
        return invalidCheck("v", "must be 1 (the only payload version)");
    if (!doc["kind"].is_string() || doc["kind"].get<std::string>() != "expert_check")
        return invalidCheck("kind", "must be \"expert_check\"");
    ExpertCheck c;
    const std::pair<const char*, std::string*> fields[] = {
        {"id", &c.id},           {"device", &c.device},         {"campaign", &c.campaign},
        {"org", &c.org},         {"checklist", &c.checklist},   {"operator", &c.operatorName},
        {"recorded_at", &c.recordedAt}};
    for (const auto& [key, target] : fields) {
        auto v = str(doc, key, "");
        if (!v) return v.error();
        *target = *v;
    }
    const json& wait = doc["waiting_time_points"];
    if (!wait.is_null()) {
        if (!wait.is_number_integer() || wait.get<std::int64_t>() < 0 || wait.get<std::int64_t>() > 100)
            return invalidCheck("waiting_time_points", "must be null or an integer from 0 to 100");
        c.waitingTimePoints = wait.get<int>();
    }
    const json& items = doc["items"];
    if (!items.is_array()) return invalidCheck("items", "must be an array");
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto item = decodeItem(items[i], "items[" + std::to_string(i) + "]");
        if (!item) return item.error();
        c.items.push_back(std::move(*item));
    }
    return c;
}

Status validateExpertCheck(const ExpertCheck& c, const Checklist& checklist) {
    if (!isUuidV4(c.id)) return invalidCheck("id", "must be a lowercase UUIDv4, got '" + c.id + "'");
    const std::pair<const char*, const std::string*> required[] = {
        {"device", &c.device}, {"campaign", &c.campaign}, {"org", &c.org}, {"operator", &c.operatorName}};
    for (const auto& [key, value] : required)
        if (value->empty()) return invalidCheck(key, "must not be empty");
    if (codePoints(c.operatorName) > kMaxOperatorChars)
        return invalidCheck("operator", "must be at most " + std::to_string(kMaxOperatorChars) + " characters");
    if (c.checklist != checklist.id)
        return invalidCheck("checklist", "must be the server's checklist '" + checklist.id + "', got '" + c.checklist + "'");
    if (!isIsoWithOffset(c.recordedAt))
        return invalidCheck("recorded_at", "must be ISO 8601 with an offset, e.g. 2026-11-23T10:15:00+07:00");
    if (c.waitingTimePoints && (*c.waitingTimePoints < 0 || *c.waitingTimePoints > 100))
        return invalidCheck("waiting_time_points", "must be null or from 0 to 100");

    std::set<std::string> seen;
    for (std::size_t i = 0; i < c.items.size(); ++i) {
        const auto& item = c.items[i];
        const std::string path = "items[" + std::to_string(i) + "]";
        if (!checklist.find(item.item))
            return invalidCheck(path + ".item", "unknown checklist item '" + item.item + "'");
        if (!seen.insert(item.item).second)
            return invalidCheck(path + ".item", "item '" + item.item + "' is checked twice");
        if (i < checklist.items.size() && checklist.items[i].id != item.item)
            return invalidCheck(path + ".item", "expected '" + checklist.items[i].id + "' here (items in checklist order), got '" + item.item + "'");
        if (codePoints(item.note) > kMaxNoteChars)
            return invalidCheck(path + ".note", "must be at most " + std::to_string(kMaxNoteChars) + " characters");
        if (!isIsoWithOffset(item.checkedAt))
            return invalidCheck(path + ".checked_at", "must be ISO 8601 with an offset, e.g. 2026-11-23T10:15:00+07:00");
        if (item.operatorName.empty()) return invalidCheck(path + ".operator", "must not be empty");
        if (codePoints(item.operatorName) > kMaxOperatorChars)
            return invalidCheck(path + ".operator", "must be at most " + std::to_string(kMaxOperatorChars) + " characters");
        if (item.evidence.size() > kMaxEvidencePerItem)
            return invalidCheck(path + ".evidence", "at most " + std::to_string(kMaxEvidencePerItem) + " evidence files per item, got " + std::to_string(item.evidence.size()));
        std::set<std::string> hashes;
        for (std::size_t j = 0; j < item.evidence.size(); ++j) {
            const std::string at = path + ".evidence[" + std::to_string(j) + "]";
            if (!crypto::isSha256Hex(item.evidence[j])) return invalidCheck(at, "must be 64 lowercase hex digits (sha256)");
            if (!hashes.insert(item.evidence[j]).second) return invalidCheck(at, "evidence listed twice");
        }
    }
    if (c.items.size() < checklist.items.size())
        return invalidCheck("items", "item '" + checklist.items[c.items.size()].id + "' is not checked (every checklist item must be checked once)");
    return {};
}

json summarizeExpertCheck(const ExpertCheck& check, const Checklist& checklist) {
    json out = json::object();
    out["org"] = check.org;
    std::int64_t required[2] = {0, 0}, present[2] = {0, 0};
    std::map<std::string, std::set<std::string>> sets;
    for (const auto& g : checklistGroupIds())
        if (g != "stand" && g != "site") sets[g];
    for (const auto& item : checklist.items) {
        const int list = item.group == "stand" ? 0 : item.group == "site" ? 1 : -1;
        if (list >= 0) ++required[list];
    }
    for (const auto& ic : check.items) {
        const ChecklistItem* item = checklist.find(ic.item);
        if (!item || !ic.present) continue;
        if (item->group == "stand") ++present[0];
        else if (item->group == "site") ++present[1];
        else sets[item->group].insert(item->id.substr(item->group.size() + 1));
    }
    out["stand_items"] = {{"required", required[0]}, {"present", present[0]}};
    out["site_items"] = {{"required", required[1]}, {"present", present[1]}};
    for (const auto& [group, ids] : sets)
        out[group] = std::vector<std::string>(ids.begin(), ids.end());
    out["waiting_time_points"] = check.waitingTimePoints ? json(*check.waitingTimePoints) : json(nullptr);
    return out;
}

} // namespace nok::expert
