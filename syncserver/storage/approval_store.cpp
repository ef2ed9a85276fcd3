#include "storage/approval_store.h"

namespace nok::server {

namespace {

constexpr char kFindApprovalSql[] =
    "SELECT protocol, approved_on, approved_by FROM campaign_approvals WHERE campaign = ?";
constexpr char kInsertApprovalSql[] = "INSERT INTO campaign_approvals (campaign, protocol, "
                                      "approved_on, approved_by) VALUES (?, ?, ?, ?)";
constexpr char kDeleteApprovalSql[] = "DELETE FROM campaign_approvals WHERE campaign = ?";
constexpr char kHistorySql[] = "INSERT INTO campaign_approval_history (campaign, action, "
                               "protocol, reason, day, actor) VALUES (?, ?, ?, ?, ?, ?)";
constexpr char kFindProposalsSql[] =
    "SELECT text, updated_on, updated_by FROM campaign_proposals WHERE campaign = ?";
constexpr char kSaveProposalsSql[] =
    "INSERT INTO campaign_proposals (campaign, text, updated_on, updated_by) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (campaign) DO UPDATE SET text = excluded.text, updated_on = excluded.updated_on, "
    "updated_by = excluded.updated_by";

// The one row a campaign has in `sql`'s table, read by `read`; nothing when it has none.
template <typename T, typename Read>
Result<std::optional<T>> findByCampaign(sqlite::Database& db, const char* sql,
                                        const std::string& campaign, Read read) {
    auto st = db.cached(sql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    return sqlite::firstRow(**st, read);
}

} // namespace

Result<std::optional<Approval>> findApproval(sqlite::Database& db, const std::string& campaign) {
    return findByCampaign<Approval>(db, kFindApprovalSql, campaign,
                                    [&](const sqlite::Statement& row) {
                                        return Approval{campaign, row.columnText(0),
                                                        row.columnText(1), row.columnText(2)};
                                    });
}

Status insertApproval(sqlite::Database& db, const Approval& a) {
    auto st = db.cached(kInsertApprovalSql);
    if (!st) return st.error();
    (*st)->bind(1, a.campaign).bind(2, a.protocol).bind(3, a.approvedOn).bind(4, a.approvedBy);
    return (*st)->run();
}

Status deleteApproval(sqlite::Database& db, const std::string& campaign) {
    auto st = db.cached(kDeleteApprovalSql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    return (*st)->run();
}

Status appendApprovalHistory(sqlite::Database& db, const std::string& campaign,
                             const std::string& action, const std::optional<std::string>& protocol,
                             const std::optional<std::string>& reason, const std::string& day,
                             const std::string& actor) {
    auto st = db.cached(kHistorySql);
    if (!st) return st.error();
    (*st)->bind(1, campaign).bind(2, action).bind(3, protocol).bind(4, reason);
    (*st)->bind(5, day).bind(6, actor);
    return (*st)->run();
}

Result<std::optional<Proposals>> findProposals(sqlite::Database& db, const std::string& campaign) {
    return findByCampaign<Proposals>(db, kFindProposalsSql, campaign,
                                     [&](const sqlite::Statement& row) {
                                         return Proposals{campaign, row.columnText(0),
                                                          row.columnText(1), row.columnText(2)};
                                     });
}

Status saveProposals(sqlite::Database& db, const Proposals& p) {
    auto st = db.cached(kSaveProposalsSql);
    if (!st) return st.error();
    (*st)->bind(1, p.campaign).bind(2, p.text).bind(3, p.updatedOn).bind(4, p.updatedBy);
    return (*st)->run();
}

} // namespace nok::server
