// The CSV of paper questionnaires (issue 3): a header row of question ids plus the columns `org`
// and `channel` (and optionally `id` and `day`), one row per respondent. An empty cell is an
// unanswered (or skipped) question. Each row becomes the same response object a nok-dataset/1
// file holds and goes through the same validation; errors say "line N, column X". Without an
// `id` column a stable UUID-shaped id is derived from the campaign, the file's bytes and the
// line, so importing the same file again changes nothing.
#pragma once

#include "nok/survey/questionnaire.h"
#include "service/dataset.h"

#include <string_view>

namespace nok::server {

// The id given to the row starting at `line` of a file without an `id` column.
[[nodiscard]] std::string derivedResponseId(std::string_view campaign, std::string_view fileBytes,
                                            std::size_t line);

// nullopt when any problem was found (all of them are in `problems`).
[[nodiscard]] std::optional<Dataset> parsePaperCsv(std::string_view text,
                                                   const std::string& campaign,
                                                   const survey::Questionnaire& questionnaire,
                                                   Problems& problems,
                                                   std::string_view today = {});

} // namespace nok::server
