// Russian phrases for the codes the results carry (reasons for a missing total, warnings, expert
// record fields that are not item sets), so no page or document a council member reads shows a
// code such as `criterion_below_50` or `no_expert_record`. The codes stay in JSON and CSV; the
// printable report and the web dashboard both take their wording from here.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace nok::server::report {

// Why an organisation has no total: "нет результатов экспертной проверки", …
[[nodiscard]] std::string reasonText(const std::string& code);

// One warning of an organisation (an object with "code" and its numbers) as a full sentence.
[[nodiscard]] std::string warningText(const nlohmann::json& warning);

// The same in a few words, for a table cell ("малая выборка: 12 из 48").
[[nodiscard]] std::string warningBrief(const nlohmann::json& warning);

// A field of an expert record that is not an item list or set ("waiting_time_points"), or ""
// when the key is unknown here (item lists and sets are named by the methodology).
[[nodiscard]] std::string expertFieldName(const std::string& key);

} // namespace nok::server::report
