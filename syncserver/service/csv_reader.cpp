#include "service/csv_reader.h"

namespace nok::server {

namespace {

bool validUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        if (c < 0x80)
            n = 0;
        else if ((c >> 5) == 0x6)
            n = 1;
        else if ((c >> 4) == 0xE)
            n = 2;
        else if ((c >> 3) == 0x1E)
            n = 3;
        else
            return false;
        if (i + n >= s.size() && n > 0) return false;
        for (std::size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

char detectSeparator(std::string_view text) {
    const auto end = text.find('\n');
    const auto header = text.substr(0, end);
    std::size_t commas = 0, semicolons = 0;
    for (char c : header) {
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

Error csvError(std::size_t line, const std::string& message) {
    return makeError("invalid_csv", message, "line " + std::to_string(line));
}

} // namespace

Result<std::vector<CsvRow>> readCsv(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (!validUtf8(text)) return makeError("invalid_csv", "the file is not valid UTF-8 text", "");
    const char sep = detectSeparator(text);
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string cell;
    std::size_t line = 1;
    row.line = 1;
    std::size_t i = 0;
    bool rowHasContent = false;
    auto endCell = [&] {
        row.cells.push_back(std::move(cell));
        cell.clear();
    };
    auto endRow = [&] {
        endCell();
        // Rows of empty cells (Excel writes ";;;;" lines below the data) carry nothing.
        if (rowHasContent) rows.push_back(std::move(row));
        row = CsvRow{};
        rowHasContent = false;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            if (!cell.empty()) return csvError(line, "a quote inside an unquoted field");
            const std::size_t startLine = line;
            ++i;
            while (true) {
                if (i >= text.size())
                    return csvError(startLine, "a quoted field is never closed (missing \")");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == '\n') ++line;
                cell += text[i++];
            }
            rowHasContent = true;
            if (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r')
                return csvError(line, "text after a closing quote");
            continue;
        }
        if (c == sep) {
            endCell();
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            ++i;
            endRow();
            ++line;
            row.line = line;
            continue;
        }
        cell += c;
        rowHasContent = true;
        ++i;
    }
    if (rowHasContent || !row.cells.empty() || !cell.empty()) endRow();
    return rows;
}

} // namespace nok::server
