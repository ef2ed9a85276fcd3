#include "service/checklist_service.h"

#include "nok/scoring/methodology.h"
#include "storage/checklist_store.h"

#include <set>

namespace nok::server {

Result<CurrentChecklist> currentChecklist(sqlite::Database& db) {
    auto stored = currentStoredChecklist(db);
    if (!stored) return stored.error();
    if (!*stored) return CurrentChecklist{expert::builtinChecklist(), std::string(expert::builtinChecklistJson()), 0};
    auto parsed = expert::parseChecklist((*stored)->json);
    // It was validated on import; a failure here means the database was edited by hand.
    if (!parsed) return makeError("internal_error", "stored checklist is invalid: " + parsed.error().describe());
    return CurrentChecklist{std::move(*parsed), (*stored)->json, (*stored)->version};
}

Status checkChecklistSets(const expert::Checklist& checklist) {
    for (const auto& methodologyId : scoring::builtinMethodologyIds()) {
        auto m = scoring::builtinMethodology(methodologyId);
        if (!m) return m.error();
        for (const auto& set : m->expertSets) {
            std::set<std::string> elements;
            for (const auto& e : set.items) elements.insert(e.id);
            std::set<std::string> covered;
            for (std::size_t i = 0; i < checklist.items.size(); ++i) {
                const auto& item = checklist.items[i];
                if (item.group != set.id) continue;
                const std::string element = item.id.substr(set.id.size() + 1);
                if (!elements.count(element))
                    return makeError("invalid_checklist",
                                     "'" + element + "' is not an element of the set '" + set.id +
                                         "' in methodology " + methodologyId,
                                     "items[" + std::to_string(i) + "].id");
                covered.insert(element);
            }
            for (const auto& e : elements)
                if (!covered.count(e))
                    return makeError("invalid_checklist",
                                     "the set '" + set.id + "' needs an item '" + set.id + "." + e + "'",
                                     "items");
        }
    }
    return {};
}

Result<std::int64_t> importChecklist(sqlite::Database& db, const std::string& json, const std::string& today) {
    auto parsed = expert::parseChecklist(json);
    if (!parsed) return parsed.error();
    if (auto s = checkChecklistSets(*parsed); !s) return s.error();
    sqlite::Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    auto version = insertChecklist(db, parsed->id, json, today);
    if (!version) return version.error();
    if (auto s = tx.commit(); !s) return s.error();
    return *version;
}

} // namespace nok::server
