#include "storage/results_revision.h"

namespace nok::server {

namespace {

constexpr char kRevisionSql[] = "SELECT revision FROM results_revisions WHERE campaign = ?";

} // namespace

Result<std::int64_t> resultsRevision(sqlite::Database& db, const std::string& campaign) {
    auto st = db.cached(kRevisionSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    return sqlite::firstInt(**st);
}

} // namespace nok::server
