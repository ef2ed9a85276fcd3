// A strict RFC 4180 reader for the paper-questionnaire CSV: comma or semicolon separator (taken
// from the header line, as Excel in a Russian locale writes semicolons), quoted fields with
// doubled quotes and line breaks inside, CRLF or LF, an optional UTF-8 BOM. Each row keeps the
// line number it starts on so errors can say "line N, column X".
#pragma once

#include "nok/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace nok::server {

struct CsvRow {
    std::size_t line = 0; // 1-based line where the row starts
    std::vector<std::string> cells;
};

// Error "invalid_csv" with field "line N" (unterminated quote, a quote inside an unquoted field,
// text after a closing quote, invalid UTF-8). Blank lines are skipped.
[[nodiscard]] Result<std::vector<CsvRow>> readCsv(std::string_view text);

} // namespace nok::server
