// Validates one imported response object ({"id", "org", "channel", "answers", optional "day"}),
// whether it came from a nok-dataset/1 file or from a row of a paper CSV, and turns it into a
// ResponseEntry whose payload is the canonical compact JSON of the object (the stored bytes).
// Answers go through the core validator (nok::survey::validateAnswers); every problem is added
// with its full location ("responses[3].answers.age" or "line 5, column age").
#pragma once

#include "nok/survey/questionnaire.h"
#include "service/dataset.h"

namespace nok::server {

// Lowercase 8-4-4-4-12 hex digits (any UUID version).
[[nodiscard]] bool isUuidLike(std::string_view text);

// Adds the entry to `out` when valid; adds every problem to `problems` otherwise. A `day` after
// `today` + 1 (the server's UTC day; empty: the clock's) is "day_in_future", as for a synced item.
void readResponse(const nlohmann::json& node, const SourcePlace& place,
                  const survey::Questionnaire& questionnaire, Problems& problems,
                  std::vector<ResponseEntry>& out, std::string_view today = {});

} // namespace nok::server
