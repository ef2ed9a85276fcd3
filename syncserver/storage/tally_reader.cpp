#include "storage/tally_reader.h"

namespace nok::server {

namespace {

constexpr char kTallyReaderCountsSql[] =
    "SELECT org, complete FROM response_counts WHERE campaign = ? ORDER BY org";
constexpr char kTallyReaderTalliesSql[] = "SELECT org, question, value, count FROM answer_tallies "
                               "WHERE campaign = ? ORDER BY org, question, value";
constexpr char kTallyReaderSuggestionsSql[] =
    "SELECT org, json_extract(answers, '$.suggestions') AS s FROM responses "
    "WHERE campaign = ? AND json_type(answers, '$.suggestions') = 'text' "
    "AND trim(json_extract(answers, '$.suggestions')) <> '' ORDER BY org, s";

constexpr char kTallyReaderOrgCountSql[] =
    "SELECT complete FROM response_counts WHERE campaign = ? AND org = ?";

} // namespace

Result<std::map<std::string, StoredOrgTally>> readTallies(sqlite::Database& db,
                                                          const std::string& campaign) {
    std::map<std::string, StoredOrgTally> out;
    auto counts = db.cached(kTallyReaderCountsSql);
    if (!counts) return counts.error();
    (*counts)->bind(1, campaign);
    if (auto s = sqlite::forEachRow(**counts, [&](const sqlite::Statement& row) {
            out[row.columnText(0)].complete = row.columnInt(1);
        });
        !s)
        return s.error();

    auto tallies = db.cached(kTallyReaderTalliesSql);
    if (!tallies) return tallies.error();
    (*tallies)->bind(1, campaign);
    if (auto s = sqlite::forEachRow(**tallies, [&](const sqlite::Statement& row) {
            auto& q = out[row.columnText(0)].questions[row.columnText(1)];
            (row.columnText(2) == "yes" ? q.yes : q.no) = row.columnInt(3);
        });
        !s)
        return s.error();
    return out;
}

Result<std::map<std::string, std::vector<std::string>>>
readSuggestions(sqlite::Database& db, const std::string& campaign) {
    auto st = db.cached(kTallyReaderSuggestionsSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    std::map<std::string, std::vector<std::string>> out;
    if (auto s = sqlite::forEachRow(**st, [&](const sqlite::Statement& row) {
            out[row.columnText(0)].push_back(row.columnText(1));
        });
        !s)
        return s.error();
    return out;
}

Result<std::int64_t> completeResponses(sqlite::Database& db, const std::string& campaign,
                                       const std::string& org) {
    auto st = db.cached(kTallyReaderOrgCountSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, org);
    return sqlite::firstInt(**st);
}

} // namespace nok::server
