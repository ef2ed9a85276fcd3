// The campaign-level results: ranks (ties 1, 2, 2, 4 listed by name; overall vs in category),
// category and region averages, the regional summary, the results JSON of CONTRACTS.md, and a
// 5,000-organisation campaign.
#include "scoring_fixtures.h"

#include <QElapsedTimer>

#include <nlohmann/json.hpp>
#include "test_program.h"

namespace tst_scoring_ranking {

using namespace nok::scoring;
using namespace fixtures;

namespace {

// Alpha 83.75 (4 channels: K1 88.25), Charlie and Delta 83.15 (the worked example), Bravo 81.35
// (2 channels: K1 76.25); Aardvark has no expert record, Zulu no responses.
std::vector<OrgInput> campaign() {
    OrgInput delta = workedInput("d", "Delta", "ЦСОН");
    OrgInput bravo = workedInput("b", "Bravo", "ДИ");
    bravo.expert->distanceMethods = {"phone", "email"};
    OrgInput alpha = workedInput("a", "Alpha", "ЦСОН");
    alpha.expert->distanceMethods.insert("e_services");
    OrgInput charlie = workedInput("c", "Charlie", "ДИ");
    OrgInput aardvark = workedInput("x", "Aardvark", "ДИ");
    aardvark.expert.reset();
    OrgInput zulu = workedInput("z", "Zulu", "ЦСОН");
    zulu.survey = {};
    zulu.expert->stand = {10, 10};
    // Input order deliberately unlike the expected listing.
    return {zulu, delta, bravo, aardvark, alpha, charlie};
}

std::vector<std::string> listing(const CampaignResults& r) {
    std::vector<std::string> ids;
    for (const auto& o : r.organizations)
        ids.push_back(o.organization.name);
    return ids;
}

const ItemLack& lack(const RegionalSummary& s, const std::string& set, const std::string& item) {
    for (const auto& l : s.items)
        if (l.set == set && l.item == item) return l;
    qFatal("no item %s.%s", set.c_str(), item.c_str());
}

} // namespace

class TstScoringRanking : public QObject {
    Q_OBJECT
  private slots:
    void tiesShareRankAndNextSkips() {
        auto r = score(builtin(), campaign());
        QCOMPARE(listing(r), (std::vector<std::string>{"Alpha", "Charlie", "Delta", "Bravo",
                                                       "Aardvark", "Zulu"}));
        QCOMPARE_NEAR(org(r, "a").total, 83.75);
        QCOMPARE_NEAR(org(r, "c").total, 83.15);
        QCOMPARE_NEAR(org(r, "b").total, 81.35);
        QCOMPARE(org(r, "a").rank, std::optional<int>(1));
        QCOMPARE(org(r, "c").rank, std::optional<int>(2));
        QCOMPARE(org(r, "d").rank, std::optional<int>(2));
        QCOMPARE(org(r, "b").rank, std::optional<int>(4));
        QVERIFY(!org(r, "x").rank && !org(r, "z").rank);
        QCOMPARE(org(r, "x").reason, std::string("no_expert_record"));
        QCOMPARE(org(r, "z").reason, std::string("no_complete_responses"));
    }

    void nearlyEqualTotalsAreNotTies() {
        // Unrounded totals rank: a difference far below display precision still separates.
        OrgInput a = workedInput("a", "Alpha");
        OrgInput b = workedInput("b", "Bravo");
        b.expert->waitingTimePoints = 90.0000001; // 2.2 = 90.00000005
        auto r = score(builtin(), {a, b});
        QCOMPARE(org(r, "b").rank, std::optional<int>(1));
        QCOMPARE(org(r, "a").rank, std::optional<int>(2));
    }

    void rankInCategoryDiffersFromOverall() {
        auto r = score(builtin(), campaign());
        QCOMPARE(org(r, "a").rankInCategory, std::optional<int>(1)); // ЦСОН
        QCOMPARE(org(r, "d").rankInCategory, std::optional<int>(2)); // ЦСОН, overall 2
        QCOMPARE(org(r, "c").rankInCategory, std::optional<int>(1)); // ДИ, overall 2
        QCOMPARE(org(r, "b").rankInCategory, std::optional<int>(2)); // ДИ, overall 4
        QVERIFY(!org(r, "x").rankInCategory);
    }

    void categoryAndRegionAverages() {
        auto r = score(builtin(), campaign());
        QCOMPARE(r.categories.size(), std::size_t(2));
        const GroupAverage& di = r.categories[0]; // "ДИ" sorts before "ЦСОН"
        const GroupAverage& cson = r.categories[1];
        QCOMPARE(di.category, std::string("ДИ"));
        QCOMPARE(di.organizations, 3); // Aardvark counts here but not in the averages
        QCOMPARE(di.scored, 2);
        QCOMPARE_NEAR(di.average, (83.15 + 81.35) / 2);
        QCOMPARE_NEAR(di.criteria[0], (85.25 + 76.25) / 2);
        QCOMPARE_NEAR(di.criteria[2], 58.5);
        QCOMPARE(cson.category, std::string("ЦСОН"));
        QCOMPARE(cson.organizations, 3);
        QCOMPARE(cson.scored, 2);
        QCOMPARE_NEAR(cson.average, (83.75 + 83.15) / 2);
        QCOMPARE_NEAR(cson.criteria[0], (88.25 + 85.25) / 2);

        QCOMPARE(r.region.organizations, 6);
        QCOMPARE(r.region.scored, 4);
        QCOMPARE(r.region.respondents, std::int64_t(100)); // five orgs of 20, Zulu none
        QCOMPARE_NEAR(r.region.average, (83.75 + 83.15 + 83.15 + 81.35) / 4);
        QCOMPARE_NEAR(r.region.criteria[0], (88.25 + 85.25 + 85.25 + 76.25) / 4);
        QCOMPARE_NEAR(r.region.criteria[4], 90.5);
    }

    void groupWithoutTotalsHasNoAverage() {
        OrgInput lone = workedInput("x", "Без проверки", "ДИ");
        lone.expert.reset();
        auto r = score(builtin(), {lone});
        QCOMPARE(r.categories.at(0).organizations, 1);
        QVERIFY(!r.categories.at(0).average);
        QVERIFY(!r.region.average);
        QVERIFY(!r.region.criteria.at(0));
    }

    void regionalSummary() {
        auto r = score(builtin(), campaign());
        const RegionalSummary& s = r.regionalSummary;
        QCOMPARE(s.organizations, 6);
        QCOMPARE(s.withExpertRecord, 5); // all but Aardvark
        QCOMPARE(s.respondents, std::int64_t(100));
        QCOMPARE(lack(s, "distance_methods", "faq").lacking, 1); // Bravo
        QCOMPARE_NEAR(lack(s, "distance_methods", "faq").share, 20.0);
        QCOMPARE_NEAR(lack(s, "distance_methods", "e_services").share, 80.0); // all but Alpha
        QCOMPARE_NEAR(lack(s, "distance_methods", "phone").share, 0.0);
        QCOMPARE_NEAR(lack(s, "premises_accessibility", "parking").share, 100.0);
        QCOMPARE(s.items.size(), std::size_t(6 + 8 + 5 + 6));
        QCOMPARE(s.listsNotCompliant.at(0).set, std::string("stand_items"));
        QCOMPARE_NEAR(s.listsNotCompliant.at(0).share, 80.0); // Zulu's stand is complete
        QCOMPARE_NEAR(s.listsNotCompliant.at(1).share, 100.0);
        // Over those who answered the question, not over all respondents of the region.
        bool seen = false;
        for (const auto& q : s.questions) {
            if (q.question == "stand_satisfied") {
                QCOMPARE(q.yes, std::int64_t(45));
                QCOMPARE(q.answered, std::int64_t(60));
                QCOMPARE_NEAR(q.share, 75.0); // 45 of 60 who used the stands, not 45 of 100
                seen = true;
            }
            if (q.question == "recommend") QCOMPARE_NEAR(q.share, 90.0);
        }
        QVERIFY(seen);
        QCOMPARE(s.questions.front().question, std::string("stand_satisfied")); // method order
    }

    void resultsJson() {
        auto r = score(builtin(), campaign());
        const nlohmann::json j = toJson(r);
        QCOMPARE(j["methodology"]["id"].get<std::string>(), std::string("344n-social"));
        QCOMPARE(j["methodology"]["version"].get<int>(), 1);
        const auto& first = j["organizations"][0];
        QCOMPARE(first["id"].get<std::string>(), std::string("a"));
        for (const char* key : {"id", "name", "category", "respondents", "indicators", "criteria",
                                "total", "rank", "rank_in_category", "not_measurable", "warnings",
                                "reason", "indicator_details", "shortcomings"})
            QVERIFY2(first.contains(key), key);
        QCOMPARE(first["indicators"].size(), std::size_t(15));
        QCOMPARE(first["indicators"]["1.2"].get<double>(), 100.0);
        QCOMPARE(first["criteria"]["K1"].get<double>(), 88.25);
        QVERIFY(first["reason"].is_null());
        QCOMPARE(first["rank_in_category"].get<int>(), 1);
        QVERIFY(first["indicator_details"]["3.3"]["wilson"].is_array());
        QCOMPARE(first["indicator_details"]["3.3"]["answered"].get<int>(), 4);
        QVERIFY(first["indicator_details"]["1.2"]["answered"].is_null());
        QCOMPARE(first["indicator_details"]["1.2"]["kind"].get<std::string>(),
                 std::string("expert"));
        QCOMPARE(first["shortcomings"][0]["kind"].get<std::string>(), std::string("missing_item"));

        const auto& noExpert = j["organizations"][4];
        QCOMPARE(noExpert["id"].get<std::string>(), std::string("x"));
        QVERIFY(noExpert["total"].is_null() && noExpert["rank"].is_null());
        QVERIFY(noExpert["rank_in_category"].is_null());
        QCOMPARE(noExpert["reason"].get<std::string>(), std::string("no_expert_record"));
        QVERIFY(noExpert["indicators"]["1.1"].is_null());
        QVERIFY(noExpert["criteria"]["K1"].is_null());
        QCOMPARE(noExpert["respondents"].get<int>(), 20);
        QCOMPARE(noExpert["not_measurable"].size(), std::size_t(5));

        const auto& zulu = j["organizations"][5];
        QCOMPARE(zulu["warnings"][0]["code"].get<std::string>(),
                 std::string("sample_below_minimum"));
        QCOMPARE(zulu["warnings"][0]["required"].get<int>(), 16);

        QCOMPARE(j["categories"][0]["category"].get<std::string>(), std::string("ДИ"));
        QCOMPARE(j["categories"][0]["organizations"].get<int>(), 3);
        QVERIFY(j["categories"][0]["criteria"].contains("K5"));
        QCOMPARE(j["region"]["organizations"].get<int>(), 6);
        QCOMPARE(j["region"]["respondents"].get<int>(), 100);
        QCOMPARE(j["region"]["average"].get<double>(), (83.75 + 83.15 + 83.15 + 81.35) / 4);
        QCOMPARE(j["summary"]["with_expert_record"].get<int>(), 5);
    }

    void fiveThousandOrganisations() {
        std::vector<OrgInput> inputs;
        const char* channels[] = {"phone", "email", "e_services", "faq", "opinion_form"};
        for (int i = 0; i < 5000; ++i) {
            OrgInput in =
                workedInput("org-" + std::to_string(i), "Организация " + std::to_string(i),
                            "Категория " + std::to_string(i % 7));
            in.expert->distanceMethods.clear();
            for (int c = 0; c < i % 6; ++c)
                in.expert->distanceMethods.insert(channels[c]);
            in.survey.questions["recommend"] = tally(i % 21, 20);
            inputs.push_back(std::move(in));
        }
        QElapsedTimer timer;
        timer.start();
        auto r = score(builtin(), inputs);
        qInfo("scored 5000 organisations in %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(r.organizations.size(), std::size_t(5000));
        QCOMPARE(r.categories.size(), std::size_t(7));
        for (std::size_t i = 1; i < r.organizations.size(); ++i) {
            const auto& prev = r.organizations[i - 1];
            const auto& cur = r.organizations[i];
            QVERIFY(*prev.total >= *cur.total);
            QVERIFY(*prev.rank <= *cur.rank);
            if (*prev.total == *cur.total) {
                QCOMPARE(*cur.rank, *prev.rank);
                QVERIFY(prev.organization.name < cur.organization.name);
            } else {
                QCOMPARE(*cur.rank, static_cast<int>(i) + 1);
            }
        }
        QVERIFY(timer.elapsed() < 10000);
    }
};

} // namespace tst_scoring_ranking

NOK_TEST_APPLESS_MAIN(tst_scoring_ranking, TstScoringRanking)
#include "tst_scoring_ranking.moc"
