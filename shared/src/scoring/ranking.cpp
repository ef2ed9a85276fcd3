// Ranks by unrounded total, descending. Exact ties share a rank and the next rank skips
// (1, 2, 2, 4); a tie is listed by name. Organisations without a total have no rank and are
// listed last, by name.
#include "engine_parts.h"

#include <algorithm>
#include <unordered_map>

namespace nok::scoring::detail {
namespace {

bool listedBefore(const OrgResult& a, const OrgResult& b) {
    if (a.total.has_value() != b.total.has_value()) return a.total.has_value();
    if (a.total && *a.total != *b.total) return *a.total > *b.total;
    if (a.organization.name != b.organization.name)
        return a.organization.name < b.organization.name;
    return a.organization.id < b.organization.id; // ids are unique: a total order
}

// Competition ranking over a sequence already sorted by total, descending.
struct RankCounter {
    int seen = 0;
    int lastRank = 0;
    double lastTotal = 0;

    int next(double total) {
        const int rank = (seen > 0 && total == lastTotal) ? lastRank : seen + 1;
        ++seen;
        lastRank = rank;
        lastTotal = total;
        return rank;
    }
};

} // namespace

void rankAndSort(std::vector<OrgResult>& results) {
    std::sort(results.begin(), results.end(), listedBefore);
    RankCounter overall;
    std::unordered_map<std::string, RankCounter> perCategory;
    for (OrgResult& r : results) {
        if (!r.total) break; // the rest have no total either
        r.rank = overall.next(*r.total);
        r.rankInCategory = perCategory[r.organization.category].next(*r.total);
    }
}

} // namespace nok::scoring::detail
