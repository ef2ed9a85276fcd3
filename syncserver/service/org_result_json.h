// One organisation of the results JSON written straight to text with JsonText: the same fields
// and bytes as the engine's toJson() gives for it (see shared/src/scoring/results_json.cpp), but
// without a JSON tree, which made 5,000 organisations cost most of the results' time and memory.
// tst_results_stream pins byte equality with toJson().dump() for both layouts.
#pragma once

#include "nok/scoring/scoring_engine.h"
#include "service/json_text.h"

namespace nok::server {

void writeOrganizationJson(JsonText& out, const scoring::OrgResult& r,
                           const std::vector<std::string>& criterionIds);

} // namespace nok::server
