#include "service/expert_record_codec.h"

#include "nok/json_type_name.h"

namespace nok::server {

using nlohmann::json;

namespace {

// {"required": N, "present": M} with 0 <= M <= N.
std::optional<json> readItemCount(const json& node, const std::string& path, Problems& problems) {
    if (!node.is_object()) {
        problems.add("invalid_expert_record",
                     "must be an object {\"required\": N, \"present\": M}, got " + jsonTypeName(node),
                     path);
        return std::nullopt;
    }
    bool ok = true;
    std::int64_t values[2] = {0, 0};
    const char* keys[2] = {"required", "present"};
    for (int i = 0; i < 2; ++i) {
        auto it = node.find(keys[i]);
        if (it == node.end() || !it->is_number_integer() || it->get<std::int64_t>() < 0 ||
            it->get<std::int64_t>() > 100000) {
            problems.add("invalid_expert_record", "must be an integer from 0 to 100000",
                         path + "." + keys[i]);
            ok = false;
        } else {
            values[i] = it->get<std::int64_t>();
        }
    }
    for (const auto& [key, value] : node.items()) {
        (void)value;
        if (key != "required" && key != "present")
            problems.add("unknown_field", "is not a field of an item list", path + "." + key);
    }
    if (ok && values[1] > values[0]) {
        problems.add("present_above_required",
                     "must not be greater than required (" + std::to_string(values[0]) + "), got " +
                         std::to_string(values[1]),
                     path + ".present");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return json{{"required", values[0]}, {"present", values[1]}};
}

std::optional<json> readItemSet(const json& node, const std::set<std::string>& known,
                                const std::string& path, Problems& problems) {
    if (!node.is_array()) {
        problems.add("invalid_expert_record", "must be an array of item ids, got " + jsonTypeName(node),
                     path);
        return std::nullopt;
    }
    std::set<std::string> seen;
    bool ok = true;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        if (!node[i].is_string()) {
            problems.add("invalid_expert_record", "must be an item id string", at);
            ok = false;
            continue;
        }
        const auto id = node[i].get<std::string>();
        if (!known.count(id)) {
            std::string list;
            for (const auto& k : known)
                list += (list.empty() ? "" : ", ") + k;
            problems.add("unknown_expert_item", "unknown item '" + id + "' (known: " + list + ")",
                         at);
            ok = false;
        } else if (!seen.insert(id).second) {
            problems.add("duplicate_expert_item", "item '" + id + "' is listed twice", at);
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return json(std::vector<std::string>(seen.begin(), seen.end())); // sorted: canonical
}

} // namespace

std::optional<std::string> canonicalExpertRecord(const json& node, const ExpertVocabulary& vocab,
                                                 const SourcePlace& place, Problems& problems) {
    if (!node.is_object()) {
        problems.add("invalid_expert_record", "must be an object, got " + jsonTypeName(node),
                     place.base);
        return std::nullopt;
    }
    bool ok = true;
    json out = json::object();
    auto org = node.find("org");
    if (org == node.end() || !org->is_string() || org->get<std::string>().empty()) {
        problems.add("invalid_expert_record", "must be a non-empty organisation id",
                     place.field("org"));
        ok = false;
    } else {
        out["org"] = *org;
    }
    for (const auto& list : vocab.lists) {
        auto it = node.find(list);
        if (it == node.end()) {
            problems.add("missing_field", "is required", place.field(list));
            ok = false;
        } else if (auto v = readItemCount(*it, place.field(list), problems)) {
            out[list] = *v;
        } else {
            ok = false;
        }
    }
    for (const auto& [set, known] : vocab.sets) {
        auto it = node.find(set);
        if (it == node.end()) {
            problems.add("missing_field", "is required (an empty array when nothing is present)",
                         place.field(set));
            ok = false;
        } else if (auto v = readItemSet(*it, known, place.field(set), problems)) {
            out[set] = *v;
        } else {
            ok = false;
        }
    }
    out["waiting_time_points"] = nullptr;
    if (auto it = node.find("waiting_time_points"); it != node.end() && !it->is_null()) {
        if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 100) {
            problems.add("out_of_range", "must be null or a number from 0 to 100",
                         place.field("waiting_time_points"));
            ok = false;
        } else {
            out["waiting_time_points"] = *it;
        }
    }
    for (const auto& [key, value] : node.items()) {
        (void)value;
        if (key == "org" || key == "waiting_time_points") continue;
        const bool isList =
            std::find(vocab.lists.begin(), vocab.lists.end(), key) != vocab.lists.end();
        if (!isList && !vocab.sets.count(key)) {
            problems.add("unknown_field", "is not a field of an expert record", place.field(key));
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return out.dump();
}

} // namespace nok::server
