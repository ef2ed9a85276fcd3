// Parses a campaign dataset file (CONTRACTS.md, format "nok-dataset/1") into a Dataset, checking
// everything that does not need the database: JSON syntax (with line and column; a truncated
// file says so), the format version, the campaign block (known methodology and questionnaire),
// organisations, expert records and responses (answers through the core validator), duplicate
// ids inside the file. Problems are collected with their JSON paths.
#pragma once

#include "service/dataset.h"

#include <string_view>

namespace nok::server {

inline constexpr std::string_view kDatasetFormat = "nok-dataset/1";

// nullopt when any problem was found (all of them are in `problems`).
[[nodiscard]] std::optional<Dataset> parseDatasetJson(std::string_view text, Problems& problems);

// Turns a JSON parser failure at byte `offset` into "line L, column C".
[[nodiscard]] std::string textPosition(std::string_view text, std::size_t offset);

} // namespace nok::server
