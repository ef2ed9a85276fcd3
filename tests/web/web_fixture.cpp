#include "web_fixture.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/questionnaire.h"
#include "storage/response_store.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

namespace nok::webtest {

namespace {

constexpr char kCampaignSql[] = "INSERT INTO campaigns (id, title, region, year, methodology, "
                                "created_seq) VALUES (?, ?, ?, ?, ?, "
                                "(SELECT COALESCE(MAX(created_seq), 0) + 1 FROM campaigns))";
constexpr char kOrgSql[] =
    "INSERT INTO organizations (campaign, id, name, category, recipients) VALUES (?, ?, ?, ?, ?)";
constexpr char kExpertSql[] = "INSERT INTO expert_records (campaign, org, version, source, record, "
                              "content_hash) VALUES (?, ?, 1, 'import', ?, ?)";
constexpr char kOrgsSql[] =
    "SELECT o.id, o.name, o.category, o.recipients, COALESCE(c.complete, 0) FROM organizations o "
    "LEFT JOIN response_counts c ON c.campaign = o.campaign AND c.org = o.id WHERE o.campaign = ? "
    "ORDER BY o.id";
constexpr char kTallySql[] =
    "SELECT question, value, count FROM answer_tallies WHERE campaign = ? AND org = ?";
constexpr char kCampaignReadSql[] = "SELECT title, year FROM campaigns WHERE id = ?";

nlohmann::json wilson(double yes, double n) {
    if (n <= 0) return nullptr;
    const double z = 1.96, p = yes / n, d = 1 + z * z / n;
    const double centre = (p + z * z / (2 * n)) / d;
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d;
    return nlohmann::json::array(
        {100 * std::max(0.0, centre - half), 100 * std::min(1.0, centre + half)});
}

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

Result<nlohmann::json> fakeResults(sqlite::Database& db, const std::string& campaign) {
    auto q = survey::builtinQuestionnaire(survey::kDefaultQuestionnaire);
    if (!q) return q.error();
    auto head = db.prepare(kCampaignReadSql);
    if (!head) return head.error();
    head->bind(1, campaign);
    auto found = head->step();
    if (!found) return found.error();
    if (!*found) return makeError("unknown_campaign", "no such campaign", "campaign");
    nlohmann::json out = {
        {"campaign",
         {{"id", campaign}, {"title", head->columnText(0)}, {"year", head->columnInt(1)}}},
        {"methodology", {{"id", "fake-share-of-yes"}, {"version", 1}}},
        {"organizations", nlohmann::json::array()}};
    auto orgs = db.prepare(kOrgsSql);
    if (!orgs) return orgs.error();
    orgs->bind(1, campaign);
    std::int64_t regionRespondents = 0;
    while (true) {
        auto row = orgs->step();
        if (!row) return row.error();
        if (!*row) break;
        nlohmann::json o = {{"id", orgs->columnText(0)},
                            {"name", orgs->columnText(1)},
                            {"category", orgs->columnText(2)},
                            {"recipients", orgs->columnInt(3)},
                            {"respondents", orgs->columnInt(4)},
                            {"warnings", nlohmann::json::array()},
                            {"shortcomings", nlohmann::json::array()},
                            {"not_measurable", nlohmann::json::array()},
                            {"reason", nullptr}};
        regionRespondents += orgs->columnInt(4);
        std::map<std::string, std::pair<double, double>> yesNo;
        auto t = db.prepare(kTallySql);
        if (!t) return t.error();
        t->bind(1, campaign).bind(2, orgs->columnText(0));
        while (true) {
            auto tr = t->step();
            if (!tr) return tr.error();
            if (!*tr) break;
            auto& [yes, n] = yesNo[t->columnText(0)];
            if (t->columnText(1) == "yes") yes += static_cast<double>(t->columnInt(2));
            n += static_cast<double>(t->columnInt(2));
        }
        nlohmann::json indicators = nlohmann::json::object(), details = nlohmann::json::object();
        std::map<std::string, std::vector<double>> perCriterion;
        for (const auto& question : q->questions) {
            if (question.feeds.size() != 3)
                continue; // "5.3"; denominators and free text feed nothing here
            const auto [yes, n] = yesNo[question.id];
            details[question.feeds] = {
                {"yes", yes}, {"answered", n}, {"wilson", wilson(yes, n)}, {"measurable", n > 0}};
            if (n > 0) {
                indicators[question.feeds] = 100.0 * yes / n;
                perCriterion["K" + question.feeds.substr(0, 1)].push_back(100.0 * yes / n);
                if (100.0 * yes / n < 50)
                    o["shortcomings"].push_back(
                        {{"indicator", question.feeds}, {"text", "Меньше половины довольных"}});
            } else {
                indicators[question.feeds] = nullptr;
                o["not_measurable"].push_back(question.feeds);
            }
        }
        nlohmann::json criteria = nlohmann::json::object();
        double sum = 0;
        for (int k = 1; k <= 5; ++k) {
            const auto& v = perCriterion["K" + std::to_string(k)];
            if (v.empty()) {
                criteria["K" + std::to_string(k)] = nullptr;
                continue;
            }
            double m = 0;
            for (double x : v)
                m += x;
            criteria["K" + std::to_string(k)] = m / static_cast<double>(v.size());
            sum += m / static_cast<double>(v.size());
        }
        o["indicators"] = indicators;
        o["indicator_details"] = details;
        o["criteria"] = criteria;
        const bool complete = perCriterion.size() == 5;
        o["total"] = complete ? nlohmann::json(sum / 5) : nlohmann::json(nullptr);
        if (!complete) o["reason"] = "not_enough_data";
        if (orgs->columnInt(4) < 5)
            o["warnings"].push_back({{"code", "sample_below_minimum"},
                                     {"message", "fewer than 5 responses"},
                                     {"required", 5},
                                     {"actual", orgs->columnInt(4)}});
        out["organizations"].push_back(o);
    }
    auto& list = out["organizations"];
    std::vector<std::size_t> order(list.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& ta = list[a]["total"];
        const auto& tb = list[b]["total"];
        if (ta.is_null() != tb.is_null()) return tb.is_null();
        return !ta.is_null() && ta.get<double>() > tb.get<double>();
    });
    std::map<std::string, int> inCategory;
    int rank = 0;
    for (std::size_t i : order) {
        if (list[i]["total"].is_null()) {
            list[i]["rank"] = nullptr;
            list[i]["rank_in_category"] = nullptr;
            continue;
        }
        list[i]["rank"] = ++rank;
        list[i]["rank_in_category"] = ++inCategory[list[i]["category"].get<std::string>()];
    }
    std::map<std::string, std::vector<const nlohmann::json*>> byCategory;
    for (const auto& o : list)
        byCategory[o["category"].get<std::string>()].push_back(&o);
    const auto group = [](const std::vector<const nlohmann::json*>& orgs) {
        nlohmann::json g = {{"organizations", orgs.size()}, {"criteria", nlohmann::json::object()}};
        double total = 0;
        int n = 0;
        std::int64_t respondents = 0;
        for (const auto* o : orgs) {
            respondents += (*o)["respondents"].get<std::int64_t>();
            if (!(*o)["total"].is_null()) {
                total += (*o)["total"].get<double>();
                ++n;
            }
        }
        for (int k = 1; k <= 5; ++k) {
            const std::string id = "K" + std::to_string(k);
            double s = 0;
            int m = 0;
            for (const auto* o : orgs)
                if ((*o)["criteria"][id].is_number()) {
                    s += (*o)["criteria"][id].get<double>();
                    ++m;
                }
            g["criteria"][id] = m ? nlohmann::json(s / m) : nlohmann::json(nullptr);
        }
        g["average"] = n ? nlohmann::json(total / n) : nlohmann::json(nullptr);
        g["respondents"] = respondents;
        return g;
    };
    out["categories"] = nlohmann::json::array();
    std::vector<const nlohmann::json*> all;
    for (const auto& [cat, orgsOf] : byCategory) {
        auto g = group(orgsOf);
        g["category"] = cat;
        out["categories"].push_back(g);
        all.insert(all.end(), orgsOf.begin(), orgsOf.end());
    }
    out["region"] = group(all);
    out["region"]["respondents"] = regionRespondents;
    return out;
}

std::string fakeResultsCsv(const nlohmann::json& results) {
    const auto cell = [](const nlohmann::json& v) -> std::string {
        if (v.is_null()) return "";
        if (v.is_number()) {
            std::ostringstream s;
            s.precision(10);
            s << v.get<double>();
            return s.str();
        }
        std::string t = v.get<std::string>(), q = "\"";
        for (char c : t)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::string csv = "id,name,category,respondents,K1,K2,K3,K4,K5,total,rank\n";
    for (const auto& o : results["organizations"]) {
        csv += cell(o["id"]) + "," + cell(o["name"]) + "," + cell(o["category"]) + "," +
               cell(o["respondents"]);
        for (int k = 1; k <= 5; ++k)
            csv += "," + cell(o["criteria"]["K" + std::to_string(k)]);
        csv += "," + cell(o["total"]) + "," + cell(o["rank"]) + "\n";
    }
    return csv;
}

} // namespace nok::webtest
