// The expert vocabulary comes from the methodology's item lists and sets, so a set or item added
// to a methodology file is accepted by import without a code change, and import and scoring can
// never disagree about which items exist.
#include "service/expert_record_codec.h"

#include "nok/scoring/methodology.h"

namespace nok::server {

Result<ExpertVocabulary> expertVocabularyFor(const std::string& methodologyId) {
    auto m = scoring::builtinMethodology(methodologyId);
    if (!m) {
        std::string known;
        for (const auto& id : scoring::builtinMethodologyIds())
            known += (known.empty() ? "" : ", ") + id;
        return makeError("unknown_methodology",
                         "unknown methodology '" + methodologyId + "' (known: " + known + ")");
    }
    ExpertVocabulary v;
    // Every list and set an expert record carries is required in it, whichever the methodology
    // scores, so a record stays valid when the council rescores with another methodology.
    v.lists = scoring::knownItemListIds();
    for (const auto& id : scoring::knownExpertSetIds())
        v.sets[id];
    for (const auto& set : m->expertSets)
        for (const auto& item : set.items)
            v.sets[set.id].insert(item.id);
    return v;
}

} // namespace nok::server
