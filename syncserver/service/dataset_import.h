// `import` of a nok-dataset/1 JSON file as a stream: the file is read once by the SAX splitter
// (dataset_stream.h); the campaign, organisations and expert records are checked as wholes
// (dataset_json.h), each response on its own as it arrives (response_reader.h) and handed to an
// ImportRun, which writes in batches into one transaction. Memory stays bounded by one response
// plus the organisations and a compact table of the ids seen, whatever the number of responses.
// A file that lists "responses" before its "campaign" or "organizations" is read twice (head
// first). The problems and their JSON paths are those of the whole-document check before it; a
// syntax error anywhere (found only at the end of a truncated file) still refuses everything.
#pragma once

#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/dataset_stream.h"
#include "service/import_service.h"

#include <functional>
#include <string>
#include <string_view>

namespace nok::server {

// Where the JSON text comes from; it can be read from the start more than once.
struct DatasetInput {
    std::function<Result<bool>()> blank;          // nothing but whitespace
    std::function<Result<std::size_t>()> size;   // in bytes
    std::function<Status(DatasetSplitter&)> parse; // reads it all into the splitter
    std::function<std::string(std::size_t)> position; // a byte offset as "line L, column C"
};

[[nodiscard]] DatasetInput textDatasetInput(std::string_view text);
[[nodiscard]] DatasetInput fileDatasetInput(const std::string& path);

[[nodiscard]] ImportOutcome importDatasetJson(sqlite::Database& db, const DatasetInput& input,
                                              const ImportOptions& options);

} // namespace nok::server
