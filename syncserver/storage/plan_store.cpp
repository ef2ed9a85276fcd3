#include "storage/plan_store.h"

namespace nok::server {

namespace {

constexpr char kPlanStoreDeleteSql[] = "DELETE FROM plans WHERE campaign = ? AND org = ?";
constexpr char kPlanStoreInsertSql[] =
    "INSERT INTO plans (campaign, org, approved_on, approved_by, updated_at, updated_by) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr char kPlanStoreInsertItemSql[] =
    "INSERT INTO plan_items (campaign, org, position, id, criterion, ref_kind, ref_criterion, "
    "ref_indicator, ref_set, ref_item, shortcoming, measure, due, responsible, status, done_on, "
    "result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char kPlanStoreFindSql[] =
    "SELECT campaign, org, approved_on, approved_by FROM plans WHERE campaign = ? AND org = ?";
constexpr char kPlanStoreListSql[] =
    "SELECT campaign, org, approved_on, approved_by FROM plans WHERE campaign = ? ORDER BY org";
constexpr char kPlanStoreItemsSql[] =
    "SELECT id, criterion, ref_kind, ref_criterion, ref_indicator, ref_set, ref_item, "
    "shortcoming, measure, due, responsible, status, done_on, result FROM plan_items "
    "WHERE campaign = ? AND org = ? ORDER BY position";

PlanItem readItem(const sqlite::Statement& s) {
    PlanItem item;
    item.id = s.columnText(0);
    item.criterion = s.columnText(1);
    item.ref = {s.columnText(2), s.columnText(3), s.columnText(4), s.columnOptionalText(5),
                s.columnOptionalText(6)};
    item.shortcoming = s.columnText(7);
    item.measure = s.columnText(8);
    item.due = s.columnOptionalText(9);
    item.responsible = s.columnText(10);
    item.status = s.columnText(11);
    item.doneOn = s.columnOptionalText(12);
    item.result = s.columnText(13);
    return item;
}

PlanRecord readPlanRow(const sqlite::Statement& s) {
    return {s.columnText(0), s.columnText(1), s.columnOptionalText(2), s.columnOptionalText(3), {}};
}

Result<std::vector<PlanRecord>> readPlans(sqlite::Database& db, const char* sql,
                                          const std::string& campaign,
                                          const std::optional<std::string>& org) {
    auto st = db.cached(sql);
    if (!st) return st.error();
    (*st)->bind(1, campaign);
    if (org) (*st)->bind(2, *org);
    auto plans = sqlite::collectRows<PlanRecord>(**st, readPlanRow);
    if (!plans) return plans.error();
    auto items = db.cached(kPlanStoreItemsSql);
    if (!items) return items.error();
    for (auto& plan : *plans) {
        (*items)->bind(1, plan.campaign).bind(2, plan.org);
        auto read = sqlite::collectRows<PlanItem>(**items, readItem);
        if (!read) return read.error();
        plan.items = std::move(*read);
    }
    return plans;
}

} // namespace

Status replacePlan(sqlite::Database& db, const PlanRecord& plan, std::int64_t at,
                   const std::string& actor) {
    auto del = db.cached(kPlanStoreDeleteSql);
    if (!del) return del.error();
    (*del)->bind(1, plan.campaign).bind(2, plan.org);
    if (auto s = (*del)->run(); !s) return s;
    auto ins = db.cached(kPlanStoreInsertSql);
    if (!ins) return ins.error();
    (*ins)->bind(1, plan.campaign).bind(2, plan.org).bind(3, plan.approvedOn);
    (*ins)->bind(4, plan.approvedBy).bind(5, at).bind(6, actor);
    if (auto s = (*ins)->run(); !s) return s;
    auto item = db.cached(kPlanStoreInsertItemSql);
    if (!item) return item.error();
    std::int64_t position = 0;
    for (const PlanItem& i : plan.items) {
        auto& st = **item;
        st.bind(1, plan.campaign).bind(2, plan.org).bind(3, position++).bind(4, i.id);
        st.bind(5, i.criterion).bind(6, i.ref.kind).bind(7, i.ref.criterion);
        st.bind(8, i.ref.indicator).bind(9, i.ref.set).bind(10, i.ref.item);
        st.bind(11, i.shortcoming).bind(12, i.measure).bind(13, i.due).bind(14, i.responsible);
        st.bind(15, i.status).bind(16, i.doneOn).bind(17, i.result);
        if (auto s = st.run(); !s) return s;
    }
    return {};
}

Result<std::optional<PlanRecord>> findPlan(sqlite::Database& db, const std::string& campaign,
                                           const std::string& org) {
    auto plans = readPlans(db, kPlanStoreFindSql, campaign, org);
    if (!plans) return plans.error();
    if (plans->empty()) return std::optional<PlanRecord>();
    return std::optional<PlanRecord>(std::move(plans->front()));
}

Result<std::vector<PlanRecord>> listPlans(sqlite::Database& db, const std::string& campaign) {
    return readPlans(db, kPlanStoreListSql, campaign, std::nullopt);
}

} // namespace nok::server
