// The expert checklist: what an expert checks at a social service provider — the items that must
// be published on the information stands and on the website (Приказ Минтруда 886н, ПП РФ 1239)
// and one item per element of the methodology's expert sets (distance methods, comfort, premises
// and service accessibility). It is data (shared/data/checklists/*.json, format
// "nok-checklist/1"), never code: the council may replace it, the server sends the current one to
// the tablets, and an expert check (expert_check.h) is validated and summarised against it.
#pragma once

#include "nok/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace nok::expert {

struct ChecklistItem {
    std::string id;    // "stand.licence", "distance_methods.phone": group id, dot, item
    std::string group; // "stand"
    std::string nameRu, nameEn;
    std::string basis; // the legal basis, e.g. "ПП 1239 п. 3 «м»; 886н" (may be empty)
};

struct ChecklistGroup {
    std::string id; // "stand", "site", "distance_methods", "comfort_conditions",
                    // "premises_accessibility", "service_accessibility"
    std::string titleRu, titleEn;
};

struct Checklist {
    std::string id; // "886n-1239/1"
    std::string titleRu, titleEn;
    std::vector<ChecklistGroup> groups;
    std::vector<ChecklistItem> items; // in the order an expert goes through them

    [[nodiscard]] const ChecklistItem* find(std::string_view id) const;
};

// The six group ids a checklist must have, in this order of meaning: the two item lists
// (counted for indicator 1.1) and the four expert sets of METHODOLOGY.md.
[[nodiscard]] const std::vector<std::string>& checklistGroupIds();

// Parses and checks a checklist: format "nok-checklist/1", every one of the six groups exactly
// once, unique item ids of the form "<group>.<name>" with a known group, Russian and English
// names. Errors (code "invalid_checklist") name the JSON path, e.g. "items[3].name.en".
[[nodiscard]] Result<Checklist> parseChecklist(std::string_view json);

// The checklist shipped in shared/data/checklists (886n-1239-1.json), parsed once.
[[nodiscard]] const Checklist& builtinChecklist();
// Its raw JSON text (what the server sends to devices until the council imports another).
[[nodiscard]] std::string_view builtinChecklistJson();

} // namespace nok::expert
