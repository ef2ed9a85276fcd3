#include "nok/expert/checklist.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace nok::embedded {
std::optional<std::string_view> checklistFile(std::string_view key);
}

namespace nok::expert {

using nlohmann::json;

namespace {

constexpr std::string_view kFormat = "nok-checklist/1";

Error invalid(const std::string& field, const std::string& message) {
    return makeError("invalid_checklist", message, field);
}

Result<std::string> readString(const json& obj, const std::string& key, const std::string& path,
                               bool allowEmpty = false) {
    auto it = obj.find(key);
    const std::string field = path.empty() ? key : path + "." + key;
    if (it == obj.end()) return invalid(field, "is required");
    if (!it->is_string()) return invalid(field, "must be a string");
    if (!allowEmpty && it->get<std::string>().empty()) return invalid(field, "must not be empty");
    return it->get<std::string>();
}

// {"ru": ..., "en": ...}: both required, non-empty.
Status readRuEn(const json& obj, const std::string& key, const std::string& path, std::string& ru,
                std::string& en) {
    auto it = obj.find(key);
    const std::string field = path + "." + key;
    if (it == obj.end()) return invalid(field, "is required");
    if (!it->is_object()) return invalid(field, "must be an object {\"ru\": ..., \"en\": ...}");
    auto r = readString(*it, "ru", field);
    if (!r) return r.error();
    auto e = readString(*it, "en", field);
    if (!e) return e.error();
    ru = *r;
    en = *e;
    return {};
}

} // namespace

const ChecklistItem* Checklist::find(std::string_view id) const {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

const std::vector<std::string>& checklistGroupIds() {
    static const std::vector<std::string> ids = {"stand", "site", "distance_methods",
                                                 "comfort_conditions", "premises_accessibility",
                                                 "service_accessibility"};
    return ids;
}

Result<Checklist> parseChecklist(std::string_view text) {
    json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded()) return invalid("", "is not valid JSON");
    if (!doc.is_object()) return invalid("", "must be a JSON object");
    auto format = readString(doc, "format", "");
    if (!format) return format.error();
    if (*format != kFormat)
        return invalid("format", "must be \"" + std::string(kFormat) + "\", got \"" + *format + "\"");
    Checklist c;
    auto id = readString(doc, "id", "");
    if (!id) return id.error();
    c.id = *id;
    if (auto s = readRuEn(doc, "title", "", c.titleRu, c.titleEn); !s) {
        Error e = s.error();
        if (e.field.front() == '.') e.field.erase(0, 1);
        return e;
    }

    auto groups = doc.find("groups");
    if (groups == doc.end()) return invalid("groups", "is required");
    if (!groups->is_array()) return invalid("groups", "must be an array");
    const auto& known = checklistGroupIds();
    std::set<std::string> seenGroups;
    for (std::size_t i = 0; i < groups->size(); ++i) {
        const std::string path = "groups[" + std::to_string(i) + "]";
        const json& node = (*groups)[i];
        if (!node.is_object()) return invalid(path, "must be an object");
        ChecklistGroup g;
        auto gid = readString(node, "id", path);
        if (!gid) return gid.error();
        g.id = *gid;
        if (std::find(known.begin(), known.end(), g.id) == known.end())
            return invalid(path + ".id", "unknown group '" + g.id +
                                             "' (known: stand, site, distance_methods, comfort_conditions, "
                                             "premises_accessibility, service_accessibility)");
        if (!seenGroups.insert(g.id).second) return invalid(path + ".id", "group '" + g.id + "' is listed twice");
        if (auto s = readRuEn(node, "title", path, g.titleRu, g.titleEn); !s) return s.error();
        c.groups.push_back(std::move(g));
    }
    for (const auto& g : known)
        if (!seenGroups.count(g)) return invalid("groups", "group '" + g + "' is missing");

    auto items = doc.find("items");
    if (items == doc.end()) return invalid("items", "is required");
    if (!items->is_array() || items->empty()) return invalid("items", "must be a non-empty array");
    std::set<std::string> seenItems;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string path = "items[" + std::to_string(i) + "]";
        const json& node = (*items)[i];
        if (!node.is_object()) return invalid(path, "must be an object");
        ChecklistItem item;
        auto iid = readString(node, "id", path);
        if (!iid) return iid.error();
        item.id = *iid;
        auto group = readString(node, "group", path);
        if (!group) return group.error();
        item.group = *group;
        if (!seenGroups.count(item.group))
            return invalid(path + ".group", "'" + item.group + "' is not a group of this checklist");
        const std::string prefix = item.group + ".";
        if (item.id.size() <= prefix.size() || item.id.compare(0, prefix.size(), prefix) != 0 ||
            item.id.find_first_of(" \t\r\n", 0) != std::string::npos)
            return invalid(path + ".id", "must be '" + prefix + "<name>' without spaces, got '" + item.id + "'");
        if (!seenItems.insert(item.id).second)
            return invalid(path + ".id", "item '" + item.id + "' is listed twice");
        if (auto s = readRuEn(node, "name", path, item.nameRu, item.nameEn); !s) return s.error();
        if (node.contains("basis")) {
            auto basis = readString(node, "basis", path, true);
            if (!basis) return basis.error();
            item.basis = *basis;
        }
        for (const auto& [key, value] : node.items()) {
            (void)value;
            if (key != "id" && key != "group" && key != "name" && key != "basis")
                return invalid(path + "." + key, "is not a field of a checklist item");
        }
        c.items.push_back(std::move(item));
    }
    return c;
}

std::string_view builtinChecklistJson() {
    auto text = embedded::checklistFile("886n-1239-1.json");
    return text ? *text : std::string_view{};
}

const Checklist& builtinChecklist() {
    static const Checklist checklist = [] {
        auto parsed = parseChecklist(builtinChecklistJson());
        // The shipped file is tested (tst_checklist); a broken one is a build defect.
        if (!parsed) std::abort();
        return std::move(parsed).value();
    }();
    return checklist;
}

} // namespace nok::expert
