// The expert vocabulary comes from the methodology's item sets, so a set or item added to a
// methodology file is accepted by import without a code change.
#include "service/expert_record_codec.h"

namespace nok::server {

Result<ExpertVocabulary> expertVocabularyFor(const std::string& methodologyId) {
    // Interim list of METHODOLOGY.md until the scoring engine's methodologies are on main.
    if (methodologyId != "344n-social" && methodologyId != "344n-2018-common-denominator")
        return makeError("unknown_methodology", "unknown methodology '" + methodologyId + "'");
    ExpertVocabulary v;
    v.lists = {"stand_items", "site_items"};
    v.sets["distance_methods"] = {"phone", "email", "e_services", "faq", "opinion_form", "other"};
    v.sets["comfort_conditions"] = {"rest_area",      "navigation", "drinking_water",
                                    "sanitary_rooms", "sanitary_state", "transport",
                                    "appointment",    "other"};
    v.sets["premises_accessibility"] = {"ramps", "parking", "lifts_handrails_doors", "wheelchairs",
                                        "sanitary_room"};
    v.sets["service_accessibility"] = {"sound_visual_duplication", "braille", "sign_interpreter",
                                       "site_low_vision", "trained_staff_help", "remote_or_home"};
    return v;
}

} // namespace nok::server
