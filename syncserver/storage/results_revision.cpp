#include "storage/results_revision.h"

namespace nok::server {

namespace {

constexpr char kRevisionSql[] = "SELECT revision FROM results_revisions WHERE campaign = ?";

} // namespace

Result<std::int64_t> resultsRevision(sqlite::Database& db, const std::string& campaign) {
    auto st = db.cached(kRevisionSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    const std::int64_t revision = *row ? (*st)->columnInt(0) : 0;
    (*st)->reset();
    return revision;
}

} // namespace nok::server
