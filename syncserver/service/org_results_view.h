// One organisation's results as a given role may see them (GET .../orgs/{o}/results). Admin and
// council get the organisation's full results object plus its residents' suggestions. The
// `organization` role (care-home staff, the people residents may fear) gets aggregated figures
// only: no per-indicator or per-question counts or intervals, no survey figure resting on fewer
// than kMinRespondentsShown answers, and, when the organisation has fewer respondents than that,
// nothing survey-based at all except the count (its expert findings stay: they are not answers).
// Suggestions are sorted by text for every role (storage does that), and withheld from the
// organisation below the threshold. Responses, their channel and day never appear here.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace nok::server {

inline constexpr int kMinRespondentsShown = 5;

// `full` is the organisation's object from the full results JSON.
[[nodiscard]] nlohmann::json organizationView(const nlohmann::json& full,
                                              const std::vector<std::string>& suggestions,
                                              bool forOrganizationRole);

} // namespace nok::server
