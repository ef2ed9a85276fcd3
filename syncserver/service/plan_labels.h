// What the plan documents (CSV and printable HTML) name besides the plans themselves: the
// campaign's title, organisation and criterion names, and today's date for "overdue". The plan
// service fills it from the database; it lives here, below the report layer, so that the service
// does not depend on a renderer's header (the report includes it, not the other way round).
#pragma once

#include <map>
#include <string>

namespace nok::server {

struct PlanLabels {
    std::string campaignTitle;
    std::map<std::string, std::string> orgNames;  // org id → name
    std::map<std::string, std::string> criteria;  // "K1" → "Открытость и доступность …"
    std::string today;                            // YYYY-MM-DD, for "overdue"
};

} // namespace nok::server
