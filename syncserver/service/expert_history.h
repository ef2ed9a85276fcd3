// What the council sees of expert checks beyond the scores: every version of an organisation's
// expert record (import or device check, with the check id that produced it) and the newest
// device check decoded with its items, for the history endpoint and the HTML report.
#pragma once

#include "nok/expert/checklist.h"
#include "nok/expert/expert_check.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/report_context.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace nok::server {

// {"campaign", "org", "versions": [{"version", "source", "day", "check": id|null, "summary"}]},
// oldest first. Errors: unknown_campaign, not_found (org not in the campaign).
[[nodiscard]] Result<nlohmann::json> expertHistoryJson(sqlite::Database& db, const std::string& campaign,
                                                       const std::string& org);

// The organisation's newest expert record as JSON for its council page; null when it has none
// (or the stored text does not parse, so the page shows no record rather than failing).
[[nodiscard]] Result<nlohmann::json> newestExpertRecordJson(sqlite::Database& db,
                                                            const std::string& campaign,
                                                            const std::string& org);

struct LatestDeviceCheck {
    expert::ExpertCheck check;
    std::int64_t version = 0;     // the record version it produced
    std::int64_t newestVersion = 0; // the newest version of the org (an import may be newer)
    std::string receivedDay;
};

// The newest device check of one organisation, nullopt when it has none (or its stored payload
// no longer decodes: validated when stored, it never fails a report over one row).
[[nodiscard]] Result<std::optional<LatestDeviceCheck>>
latestDeviceCheck(sqlite::Database& db, const std::string& campaign, const std::string& org);

// What the report and the organisation page show of a check: its items named from `checklist`
// (the id when the list no longer has the item).
[[nodiscard]] ExpertCheckView expertCheckView(const LatestDeviceCheck& latest,
                                              const expert::Checklist& checklist);

// The newest device check of one organisation as the organisation page shows it (item names
// from the current checklist); nullopt when it has none. Reads that organisation's rows only.
[[nodiscard]] Result<std::optional<ExpertCheckView>>
organizationCheckView(sqlite::Database& db, const std::string& campaign, const std::string& org);

// Adds the check's evidence files not yet in `uris` as data: URIs by sha256 (files not
// received from the device yet are left out).
[[nodiscard]] Status addEvidenceDataUris(sqlite::Database& db, const ExpertCheckView& check,
                                         std::map<std::string, std::string>& uris);

} // namespace nok::server
