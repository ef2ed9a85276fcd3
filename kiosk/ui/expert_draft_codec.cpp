#include "expert_draft_codec.h"

#include <nlohmann/json.hpp>

namespace nok::kiosk {

using nlohmann::json;

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
} // namespace

ChecklistInfo checklistInfoFrom(const expert::Checklist& checklist, QByteArray sourceJson) {
    ChecklistInfo info;
    info.id = qs(checklist.id);
    info.titleRu = qs(checklist.titleRu);
    info.titleEn = qs(checklist.titleEn);
    info.sourceJson = std::move(sourceJson);
    for (const auto& item : checklist.items) {
        ChecklistItemInfo i;
        i.id = qs(item.id);
        i.group = qs(item.group);
        for (const auto& g : checklist.groups)
            if (g.id == item.group) {
                i.groupTitleRu = qs(g.titleRu);
                i.groupTitleEn = qs(g.titleEn);
            }
        i.nameRu = qs(item.nameRu);
        i.nameEn = qs(item.nameEn);
        i.basis = qs(item.basis);
        info.items.push_back(std::move(i));
    }
    return info;
}

ChecklistInfo builtinChecklistInfo() {
    const auto text = expert::builtinChecklistJson();
    return checklistInfoFrom(expert::builtinChecklist(), QByteArray(text.data(), qsizetype(text.size())));
}

Result<ChecklistInfo> checklistInfoFromJson(std::string_view text) {
    auto parsed = expert::parseChecklist(text);
    if (!parsed) return parsed.error();
    return checklistInfoFrom(*parsed, QByteArray(text.data(), qsizetype(text.size())));
}

std::string draftItemsToJson(const ExpertDraft& draft) {
    json items = json::array();
    for (const auto& i : draft.items) {
        json evidence = json::array();
        for (const auto& sha : i.evidence) evidence.push_back(sha.toStdString());
        items.push_back({{"item", i.itemId.toStdString()},
                         {"state", i.state.toStdString()},
                         {"note", i.note.toStdString()},
                         {"checked_at", i.checkedAt.toStdString()},
                         {"operator", i.operatorName.toStdString()},
                         {"evidence", std::move(evidence)}});
    }
    return json{{"v", 1},
                {"waiting_time_points", draft.waitingTimePoints},
                {"items", std::move(items)}}
        .dump();
}

Status draftItemsFromJson(std::string_view text, ExpertDraft& draft) {
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return makeError("database_corrupt", "the stored draft is not a JSON object", "expert_draft");
    const auto points = doc.find("waiting_time_points");
    if (points == doc.end() || !points->is_number_integer() || points->get<int>() < -1 ||
        points->get<int>() > 100)
        return makeError("database_corrupt", "must be -1..100", "expert_draft.waiting_time_points");
    const auto items = doc.find("items");
    if (items == doc.end() || !items->is_array())
        return makeError("database_corrupt", "must be an array", "expert_draft.items");
    draft.waitingTimePoints = points->get<int>();
    draft.items.clear();
    for (const auto& info : draft.checklist.items) {
        ItemDraft d;
        d.itemId = info.id;
        draft.items.push_back(std::move(d));
    }
    for (std::size_t n = 0; n < items->size(); ++n) {
        const json& i = (*items)[n];
        const std::string at = "expert_draft.items[" + std::to_string(n) + "]";
        const auto str = [&](const char* key) -> const json* {
            auto it = i.find(key);
            return it != i.end() && it->is_string() ? &*it : nullptr;
        };
        if (!i.is_object() || !str("item") || !str("state") || !str("note") || !str("checked_at") ||
            !str("operator") || !i.contains("evidence") || !i["evidence"].is_array())
            return makeError("database_corrupt", "must be a draft item", at);
        const QString state = qs(i["state"].get<std::string>());
        if (state != QLatin1String("unchecked") && state != QLatin1String("present") &&
            state != QLatin1String("absent"))
            return makeError("database_corrupt", "must be unchecked, present or absent", at + ".state");
        const QString id = qs(i["item"].get<std::string>());
        for (auto& d : draft.items) {
            if (d.itemId != id) continue;
            d.state = state;
            d.note = qs(i["note"].get<std::string>());
            d.checkedAt = qs(i["checked_at"].get<std::string>());
            d.operatorName = qs(i["operator"].get<std::string>());
            for (const auto& sha : i["evidence"]) {
                if (!sha.is_string())
                    return makeError("database_corrupt", "must be sha256 strings", at + ".evidence");
                d.evidence.append(qs(sha.get<std::string>()));
            }
        }
    }
    return {};
}

expert::ExpertCheck toExpertCheck(const ExpertDraft& draft, const QString& operatorName) {
    expert::ExpertCheck check;
    check.campaign = draft.campaign.toStdString();
    check.org = draft.organizationId.toStdString();
    check.checklist = draft.checklist.id.toStdString();
    check.operatorName = operatorName.toStdString();
    if (draft.waitingTimePoints >= 0) check.waitingTimePoints = draft.waitingTimePoints;
    for (const auto& d : draft.items) {
        expert::ItemCheck item;
        item.item = d.itemId.toStdString();
        item.present = d.state == QLatin1String("present");
        item.note = d.note.toStdString();
        item.checkedAt = d.checkedAt.toStdString();
        item.operatorName = d.operatorName.toStdString();
        for (const auto& sha : d.evidence) item.evidence.push_back(sha.toStdString());
        check.items.push_back(std::move(item));
    }
    return check;
}

} // namespace nok::kiosk
