#include "service/plan_document.h"

#include "nok/survey/response_payload.h"

#include <set>

namespace nok::server {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

constexpr std::size_t kMaxItems = 1000;
constexpr std::size_t kMaxText = 4000; // bytes of one text field
constexpr std::size_t kMaxId = 64;

Error invalid(const std::string& message, const std::string& path) {
    return makeError("invalid_plan", message, path);
}

Result<std::string> text(const json& o, const std::string& key, const std::string& path,
                         bool required = true) {
    const std::string at = path.empty() ? key : path + "." + key;
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        if (required) return invalid("is required", at);
        return std::string();
    }
    if (!it->is_string()) return invalid("must be a string", at);
    auto s = it->get<std::string>();
    if (s.size() > kMaxText)
        return invalid("is longer than " + std::to_string(kMaxText) + " bytes", at);
    return s;
}

// A day or null. "" counts as absent, so a spreadsheet's empty cell reads as "not given".
Result<std::optional<std::string>> day(const json& o, const std::string& key,
                                       const std::string& path) {
    const std::string at = path + "." + key;
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return std::optional<std::string>();
    if (!it->is_string()) return invalid("must be a date YYYY-MM-DD or null", at);
    auto s = it->get<std::string>();
    if (s.empty()) return std::optional<std::string>();
    if (!survey::isIsoDay(s))
        return invalid("'" + s + "' is not a real calendar date YYYY-MM-DD", at);
    return std::optional<std::string>(s);
}

bool isCriterion(const std::string& c) {
    return c == "K1" || c == "K2" || c == "K3" || c == "K4" || c == "K5";
}

Result<std::optional<std::string>> nullableText(const json& o, const char* key,
                                                const std::string& path) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return std::optional<std::string>();
    if (!it->is_string()) return invalid("must be a string or null", path + "." + key);
    return std::optional<std::string>(it->get<std::string>());
}

Result<ShortcomingRef> parseRef(const json& item, const std::string& path) {
    const std::string at = path + ".ref";
    auto it = item.find("ref");
    if (it == item.end() || it->is_null())
        return invalid("is required: the shortcoming's key {kind, criterion, indicator, set, "
                       "item} as the results report it",
                       at);
    if (!it->is_object()) return invalid("must be an object", at);
    ShortcomingRef ref;
    auto kind = text(*it, "kind", at);
    if (!kind) return kind.error();
    if (*kind != "missing_item" && *kind != "below_threshold")
        return invalid("must be missing_item or below_threshold", at + ".kind");
    auto criterion = text(*it, "criterion", at);
    if (!criterion) return criterion.error();
    auto indicator = text(*it, "indicator", at);
    if (!indicator) return indicator.error();
    auto set = nullableText(*it, "set", at);
    if (!set) return set.error();
    auto entry = nullableText(*it, "item", at);
    if (!entry) return entry.error();
    return ShortcomingRef{*kind, *criterion, *indicator, *set, *entry};
}

Result<PlanItem> parseItem(const json& j, const std::string& path) {
    if (!j.is_object()) return invalid("must be an object", path);
    PlanItem item;
    auto id = text(j, "id", path);
    if (!id) return id.error();
    if (id->empty() || id->size() > kMaxId)
        return invalid("must be 1 to " + std::to_string(kMaxId) + " bytes", path + ".id");
    item.id = *id;
    auto criterion = text(j, "criterion", path);
    if (!criterion) return criterion.error();
    if (!isCriterion(*criterion))
        return invalid("must be one of K1, K2, K3, K4, K5, got '" + *criterion + "'",
                       path + ".criterion");
    item.criterion = *criterion;
    auto ref = parseRef(j, path);
    if (!ref) return ref.error();
    if (ref->criterion != item.criterion)
        return invalid("is " + item.criterion + " but its ref names a shortcoming of " +
                           ref->criterion,
                       path + ".criterion");
    item.ref = *ref;
    auto status = text(j, "status", path);
    if (!status) return status.error();
    if (*status != "planned" && *status != "in_progress" && *status != "done" &&
        *status != "dropped")
        return invalid("must be planned, in_progress, done or dropped, got '" + *status + "'",
                       path + ".status");
    item.status = *status;
    const bool dropped = item.status == "dropped";
    for (auto [field, target] : {std::pair{"shortcoming", &item.shortcoming},
                                 std::pair{"measure", &item.measure},
                                 std::pair{"responsible", &item.responsible},
                                 std::pair{"result", &item.result}}) {
        auto value = text(j, field, path, false);
        if (!value) return value.error();
        *target = *value;
    }
    if (item.measure.find_first_not_of(" \t\r\n") == std::string::npos && !dropped)
        return invalid("is empty: say what will be done (or set the status to dropped)",
                       path + ".measure");
    auto due = day(j, "due", path);
    if (!due) return due.error();
    if (!*due && !dropped)
        return invalid("is empty: give the day the measure is due (or set the status to dropped)",
                       path + ".due");
    item.due = *due;
    auto doneOn = day(j, "done_on", path);
    if (!doneOn) return doneOn.error();
    if (item.status == "done" && !*doneOn)
        return invalid("is required when the status is done: the day it was done",
                       path + ".done_on");
    item.doneOn = *doneOn;
    return item;
}

} // namespace

Result<PlanRecord> parsePlanDocument(const json& doc) {
    if (!doc.is_object()) return invalid("the plan must be a JSON object", "");
    auto format = doc.find("format");
    if (format == doc.end() || *format != kPlanFormat)
        return invalid(std::string("must be \"") + kPlanFormat + "\"", "format");
    PlanRecord plan;
    auto campaign = text(doc, "campaign", "");
    if (!campaign) return campaign.error();
    auto org = text(doc, "org", "");
    if (!org) return org.error();
    plan.campaign = *campaign;
    plan.org = *org;
    auto approvedOn = day(doc, "approved_on", "");
    if (!approvedOn) {
        Error e = approvedOn.error();
        e.field = "approved_on";
        return e;
    }
    plan.approvedOn = *approvedOn;
    auto approvedBy = nullableText(doc, "approved_by", "");
    if (!approvedBy) {
        Error e = approvedBy.error();
        e.field = "approved_by";
        return e;
    }
    plan.approvedBy = *approvedBy;
    auto items = doc.find("items");
    if (items == doc.end() || !items->is_array()) return invalid("must be an array", "items");
    if (items->size() > kMaxItems)
        return invalid("more than " + std::to_string(kMaxItems) + " items", "items");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string path = "items[" + std::to_string(i) + "]";
        auto item = parseItem((*items)[i], path);
        if (!item) return item.error();
        if (!ids.insert(item->id).second)
            return invalid("'" + item->id + "' is the id of an earlier item; ids must be unique",
                           path + ".id");
        plan.items.push_back(std::move(*item));
    }
    return plan;
}

ordered_json shortcomingRefJson(const ShortcomingRef& ref) {
    return {{"kind", ref.kind},
            {"criterion", ref.criterion},
            {"indicator", ref.indicator},
            {"set", ref.set ? ordered_json(*ref.set) : ordered_json(nullptr)},
            {"item", ref.item ? ordered_json(*ref.item) : ordered_json(nullptr)}};
}

ordered_json planItemJson(const PlanItem& item) {
    return {{"id", item.id},
            {"criterion", item.criterion},
            {"ref", shortcomingRefJson(item.ref)},
            {"shortcoming", item.shortcoming},
            {"measure", item.measure},
            {"due", item.due ? ordered_json(*item.due) : ordered_json(nullptr)},
            {"responsible", item.responsible},
            {"status", item.status},
            {"done_on", item.doneOn ? ordered_json(*item.doneOn) : ordered_json(nullptr)},
            {"result", item.result}};
}

ordered_json planJson(const PlanRecord& plan) {
    ordered_json items = ordered_json::array();
    for (const auto& item : plan.items)
        items.push_back(planItemJson(item));
    ordered_json out = {{"format", kPlanFormat}, {"campaign", plan.campaign}, {"org", plan.org}};
    if (plan.approvedOn) out["approved_on"] = *plan.approvedOn;
    if (plan.approvedBy) out["approved_by"] = *plan.approvedBy;
    out["items"] = items;
    return out;
}

ordered_json plansJson(const std::string& campaign, const std::vector<PlanRecord>& plans) {
    ordered_json list = ordered_json::array();
    for (const auto& p : plans)
        list.push_back(planJson(p));
    return {{"format", kPlansFormat}, {"campaign", campaign}, {"plans", list}};
}

} // namespace nok::server
