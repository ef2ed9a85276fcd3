// Checks the blocks of a campaign dataset (CONTRACTS.md, format "nok-dataset/1") other than its
// responses, without the database: the format version, unknown top-level keys, the campaign
// block (known methodology and questionnaire), organisations and expert records, duplicate ids
// inside the file. The responses are read one at a time by the streamed import
// (dataset_import.h, through response_reader.h), so a file of a million responses is never one
// JSON tree. Problems are collected with their JSON paths; textPosition/streamPosition turn a
// syntax error's byte offset into "line L, column C".
#pragma once

#include "service/dataset.h"

#include <istream>
#include <string_view>

namespace nok::server {

inline constexpr std::string_view kDatasetFormat = "nok-dataset/1";

// `head` is the dataset's top-level object without "responses". The Dataset (with no responses)
// is returned when its format and campaign block are usable, even if organisations or expert
// records had problems (they are in `problems`, the bad entries left out); nullopt otherwise.
[[nodiscard]] std::optional<Dataset> readDatasetHead(const nlohmann::json& head,
                                                     Problems& problems);

// An "expert" block met after the responses: read into `out` (whose campaign is known).
void readExpertBlock(const nlohmann::json& node, Dataset& out, Problems& problems);

// Turns a JSON parser failure at byte `offset` into "line L, column C".
[[nodiscard]] std::string textPosition(std::string_view text, std::size_t offset);
[[nodiscard]] std::string streamPosition(std::istream& in, std::size_t offset);

} // namespace nok::server
