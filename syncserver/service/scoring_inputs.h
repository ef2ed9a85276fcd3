// Builds the scoring engine's inputs for a campaign from the database: the organisations, the
// newest expert record of each (decoded from its canonical JSON) and the answer tallies the
// triggers keep (no rescan of responses). Also picks the methodology: the campaign's own, or a
// built-in id or a council's file given on the command line.
#pragma once

#include "nok/scoring/methodology.h"
#include "nok/scoring/scoring_engine.h"
#include "nok/sqlite/database.h"
#include "storage/campaign_store.h"

#include <optional>
#include <string>
#include <vector>

namespace nok::server {

// `override` is a built-in methodology id or the path of a methodology file; without it the
// campaign's methodology. Error "unknown_methodology" (field --methodology) otherwise.
[[nodiscard]] Result<scoring::Methodology>
methodologyFor(const CampaignRecord& campaign, const std::optional<std::string>& override);

// Decodes a stored canonical expert record (see expert_record_codec.h).
[[nodiscard]] Result<scoring::ExpertRecord> decodeExpertRecord(const std::string& recordJson);

// One OrgInput per organisation of the campaign, by organisation id. Only the yes/no questions
// of the campaign's questionnaire are passed on: the tallies count every "yes"/"no"
// value, so a suggestion that reads "yes" would otherwise look like a question.
[[nodiscard]] Result<std::vector<scoring::OrgInput>>
loadScoringInputs(sqlite::Database& db, const CampaignRecord& campaign);

} // namespace nok::server
