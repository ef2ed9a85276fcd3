#include "web_fixture.h"

#include "nok/crypto/crypto.h"
#include "nok/scoring/scoring_engine.h"
#include "nok/survey/questionnaire.h"
#include "storage/response_store.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace nok::webtest {

namespace {

constexpr char kCampaignSql[] = "INSERT INTO campaigns (id, title, region, year, methodology, "
                                "created_seq) VALUES (?, ?, ?, ?, ?, "
                                "(SELECT COALESCE(MAX(created_seq), 0) + 1 FROM campaigns))";
constexpr char kOrgSql[] =
    "INSERT INTO organizations (campaign, id, name, category, recipients) VALUES (?, ?, ?, ?, ?)";
constexpr char kExpertSql[] = "INSERT INTO expert_records (campaign, org, version, source, record, "
                              "content_hash) VALUES (?, ?, 1, 'import', ?, ?)";
} // namespace

Status seedDataset(sqlite::Database& db, const nlohmann::json& ds) {
    sqlite::Transaction tx(db);
    const auto& c = ds.at("campaign");
    auto st = db.prepare(kCampaignSql);
    if (!st) return st.error();
    st->bind(1, c.at("id").get<std::string>()).bind(2, c.at("title").get<std::string>());
    st->bind(3, c.at("region").get<std::string>()).bind(4, c.at("year").get<int>());
    st->bind(5, c.value("methodology", std::string("344n-social")));
    if (auto s = st->run(); !s) return s;
    for (const auto& o : ds.at("organizations")) {
        auto ins = db.prepare(kOrgSql);
        if (!ins) return ins.error();
        ins->bind(1, c.at("id").get<std::string>()).bind(2, o.at("id").get<std::string>());
        ins->bind(3, o.at("name").get<std::string>()).bind(4, o.at("category").get<std::string>());
        ins->bind(5, o.value("recipients", 0));
        if (auto s = ins->run(); !s) return s;
    }
    for (const auto& e : ds.value("expert", nlohmann::json::array())) {
        auto ins = db.prepare(kExpertSql);
        if (!ins) return ins.error();
        const std::string record = e.dump();
        ins->bind(1, c.at("id").get<std::string>())
            .bind(2, e.at("org").get<std::string>())
            .bind(3, record);
        ins->bind(4, crypto::sha256Hex(record));
        if (auto s = ins->run(); !s) return s;
    }
    for (const auto& r : ds.value("responses", nlohmann::json::array())) {
        server::NewResponse row;
        row.id = r.at("id").get<std::string>();
        row.campaign = c.at("id").get<std::string>();
        row.org = r.at("org").get<std::string>();
        row.channel = r.value("channel", std::string("paper"));
        row.questionnaire = "social-675n/1";
        row.source = "import";
        row.payload = r.dump();
        row.answersJson = r.at("answers").dump();
        auto out = server::insertResponse(db, row);
        if (!out) return out.error();
    }
    return tx.commit();
}

namespace {

constexpr char kAnswersSql[] =
    "SELECT answers FROM responses WHERE campaign = ? AND org = ? ORDER BY rowid_";
constexpr char kOrgListSql[] =
    "SELECT id, name, category, recipients FROM organizations WHERE campaign = ? ORDER BY id";
constexpr char kExpertReadSql[] = "SELECT record FROM expert_records WHERE campaign = ? AND org = "
                                  "? ORDER BY version DESC LIMIT 1";
constexpr char kMethodologySql[] = "SELECT title, year, methodology FROM campaigns WHERE id = ?";

std::set<std::string> itemSet(const nlohmann::json& record, const char* key) {
    std::set<std::string> out;
    if (record.contains(key) && record[key].is_array())
        for (const auto& v : record[key])
            out.insert(v.get<std::string>());
    return out;
}

scoring::ItemCount itemCount(const nlohmann::json& record, const char* key) {
    if (!record.contains(key) || !record[key].is_object()) return {};
    return {record[key].value("required", 0), record[key].value("present", 0)};
}

} // namespace

Result<nlohmann::json> scoredResults(sqlite::Database& db, const std::string& campaign) {
    auto head = db.prepare(kMethodologySql);
    if (!head) return head.error();
    head->bind(1, campaign);
    auto found = head->step();
    if (!found) return found.error();
    if (!*found) return makeError("unknown_campaign", "no such campaign", "campaign");
    const std::string title = head->columnText(0), methodologyId = head->columnText(2);
    const auto year = head->columnInt(1);
    auto methodology = scoring::builtinMethodology(methodologyId);
    if (!methodology) return methodology.error();

    std::vector<scoring::OrgInput> inputs;
    auto orgs = db.prepare(kOrgListSql);
    if (!orgs) return orgs.error();
    orgs->bind(1, campaign);
    while (true) {
        auto row = orgs->step();
        if (!row) return row.error();
        if (!*row) break;
        scoring::OrgInput in;
        in.organization = {orgs->columnText(0), orgs->columnText(1), orgs->columnText(2),
                           orgs->columnInt(3)};
        auto answers = db.prepare(kAnswersSql);
        if (!answers) return answers.error();
        answers->bind(1, campaign).bind(2, in.organization.id);
        while (true) {
            auto a = answers->step();
            if (!a) return a.error();
            if (!*a) break;
            scoring::countCompleteResponse(in.survey,
                                           nlohmann::json::parse(answers->columnText(0)));
        }
        auto expert = db.prepare(kExpertReadSql);
        if (!expert) return expert.error();
        expert->bind(1, campaign).bind(2, in.organization.id);
        auto e = expert->step();
        if (!e) return e.error();
        if (*e) {
            const auto record = nlohmann::json::parse(expert->columnText(0));
            scoring::ExpertRecord r;
            r.stand = itemCount(record, "stand_items");
            r.site = itemCount(record, "site_items");
            r.distanceMethods = itemSet(record, "distance_methods");
            r.comfortConditions = itemSet(record, "comfort_conditions");
            r.premisesAccessibility = itemSet(record, "premises_accessibility");
            r.serviceAccessibility = itemSet(record, "service_accessibility");
            if (record.contains("waiting_time_points") && record["waiting_time_points"].is_number())
                r.waitingTimePoints = record["waiting_time_points"].get<double>();
            in.expert = r;
        }
        inputs.push_back(std::move(in));
    }
    auto results = scoring::scoreCampaign(*methodology, inputs);
    if (!results) return results.error();
    nlohmann::json out = scoring::toJson(*results);
    out["campaign"] = {{"id", campaign}, {"title", title}, {"year", year}};
    return out;
}

} // namespace nok::webtest
