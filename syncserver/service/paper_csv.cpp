#include "service/paper_csv.h"

#include "nok/crypto/crypto.h"
#include "service/csv_reader.h"
#include "service/response_reader.h"

#include <charconv>
#include <map>

namespace nok::server {

using nlohmann::json;

namespace {

const std::string_view kMetaColumns[] = {"id", "org", "channel", "day"};

bool isMeta(std::string_view name) {
    for (auto m : kMetaColumns)
        if (m == name) return true;
    return false;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

// The cell as the JSON value the questionnaire expects; a non-number stays a string so the
// validator reports the rule ("must be an integer from 14 to 120").
json cellValue(const survey::Question& q, const std::string& cell) {
    if (q.type == survey::QuestionType::Integer) {
        long long n = 0;
        auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), n);
        if (ec == std::errc() && ptr == cell.data() + cell.size()) return n;
    }
    return cell;
}

} // namespace

std::string derivedResponseId(std::string_view campaign, std::string_view fileBytes,
                              std::size_t line) {
    const std::string fileHash =
        crypto::sha256Hex(std::string(campaign) + "\n" + std::string(fileBytes));
    std::string h = crypto::sha256Hex(fileHash + ":" + std::to_string(line)).substr(0, 32);
    h[12] = '5';                                                       // name-based, SHA (as v5)
    h[16] = "89ab"[std::stoi(std::string(1, h[16]), nullptr, 16) & 3]; // RFC 4122 variant
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
           "-" + h.substr(20, 12);
}

std::optional<Dataset> parsePaperCsv(std::string_view text, const std::string& campaign,
                                     const survey::Questionnaire& q, Problems& problems,
                                     std::string_view today) {
    if (text.find_first_not_of(" \t\r\n;,\xEF\xBB\xBF") == std::string_view::npos) {
        problems.add("empty_file", "the file is empty; expected a header row and answers", "");
        return std::nullopt;
    }
    auto rows = readCsv(text);
    if (!rows) {
        problems.add(rows.error());
        return std::nullopt;
    }
    const CsvRow& header = rows->front();
    std::map<std::string, std::size_t> columns;
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        const std::string name = trim(header.cells[c]);
        const std::string where =
            "line " + std::to_string(header.line) + ", column " + std::to_string(c + 1);
        if (name.empty())
            problems.add("invalid_csv", "empty column name", where);
        else if (!isMeta(name) && !q.find(name))
            problems.add("unknown_question",
                         "'" + name + "' is not a question of " + q.key() +
                             " (nor id, org, channel, day)",
                         where);
        else if (!columns.emplace(name, c).second)
            problems.add("invalid_csv", "column '" + name + "' appears twice", where);
    }
    for (const char* required : {"org", "channel"})
        if (!columns.count(required))
            problems.add("missing_column",
                         std::string("the header needs a column '") + required + "'",
                         "line " + std::to_string(header.line));
    if (!problems.empty()) return std::nullopt;

    Dataset out;
    out.campaignId = campaign;
    out.questionnaire = q.key();
    const bool hasId = columns.count("id") > 0;
    for (std::size_t r = 1; r < rows->size() && !problems.full(); ++r) {
        const CsvRow& row = (*rows)[r];
        SourcePlace place{SourcePlace::baseOf(true, row.line), true, row.line};
        if (row.cells.size() != header.cells.size()) {
            problems.add("invalid_csv",
                         "expected " + std::to_string(header.cells.size()) + " cells, got " +
                             std::to_string(row.cells.size()),
                         place.base);
            continue;
        }
        json response = {{"answers", json::object()}};
        for (const auto& [name, c] : columns) {
            const std::string cell = trim(row.cells[c]);
            if (isMeta(name)) {
                if (!cell.empty()) response[name] = cell;
                continue;
            }
            if (cell.empty()) continue; // unanswered or skipped
            response["answers"][name] = cellValue(*q.find(name), cell);
        }
        if (!hasId) response["id"] = derivedResponseId(campaign, text, row.line);
        readResponse(response, place, q, problems, out.responses, today);
    }
    if (!problems.empty()) return std::nullopt;
    return out;
}

} // namespace nok::server
