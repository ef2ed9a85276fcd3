// The scoring engine per organisation: the METHODOLOGY.md worked example to 1e-9, and every rule
// of the method (caps, 1.3 per channel, empty denominators both ways, required = 0, waiting-time
// points, missing sources, the 2018 variant). Expected values are worked out by hand in the
// comments, never by calling the engine's own helpers. Warnings, Wilson intervals, shortcomings
// and input checks: tst_scoring_diagnostics.cpp.
#include "scoring_fixtures.h"

#include <QFile>

#include <nlohmann/json.hpp>
#include "test_program.h"

namespace tst_scoring_engine {

using namespace nok::scoring;
using namespace fixtures;

namespace {

const char* kIds[] = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2",
                      "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3"};
const double kWorked[] = {77.5, 90, 87.5, 80, 90, 85, 40, 60, 75, 95, 100, 90, 90, 80, 95};
const double kWorkedCriteria[] = {85.25, 85.5, 58.5, 96, 90.5};

// Reads a nok-dataset/1 file into engine inputs, tallying every response as complete.
std::vector<OrgInput> inputsFromDataset(const nlohmann::json& d) {
    std::vector<OrgInput> inputs;
    for (const auto& o : d["organizations"]) {
        OrgInput in;
        in.organization = {o["id"], o["name"], o["category"], o["recipients"]};
        for (const auto& e : d["expert"]) {
            if (e["org"] != o["id"]) continue;
            ExpertRecord r;
            r.org = e["org"];
            r.stand = {e["stand_items"]["required"], e["stand_items"]["present"]};
            r.site = {e["site_items"]["required"], e["site_items"]["present"]};
            r.distanceMethods = e["distance_methods"].get<std::set<std::string>>();
            r.comfortConditions = e["comfort_conditions"].get<std::set<std::string>>();
            r.premisesAccessibility = e["premises_accessibility"].get<std::set<std::string>>();
            r.serviceAccessibility = e["service_accessibility"].get<std::set<std::string>>();
            if (!e["waiting_time_points"].is_null())
                r.waitingTimePoints = e["waiting_time_points"].get<double>();
            in.expert = r;
        }
        for (const auto& resp : d["responses"])
            if (resp["org"] == o["id"]) countCompleteResponse(in.survey, resp["answers"]);
        inputs.push_back(in);
    }
    return inputs;
}

} // namespace

class TstScoringEngine : public QObject {
    Q_OBJECT
  private slots:
    void workedExample() {
        auto r = score(builtin(), {workedInput()});
        const OrgResult& o = only(r);
        for (std::size_t i = 0; i < 15; ++i) {
            QCOMPARE(o.indicators[i].id, std::string(kIds[i]));
            QCOMPARE_NEAR(o.indicators[i].value, kWorked[i]);
            QVERIFY(o.indicators[i].measurable);
        }
        for (int k = 1; k <= 5; ++k)
            QCOMPARE_NEAR(criterion(o, k), kWorkedCriteria[k - 1]);
        QCOMPARE_NEAR(o.total, 83.15);
        QCOMPARE(o.rank, std::optional<int>(1));
        QCOMPARE(o.rankInCategory, std::optional<int>(1));
        QCOMPARE(o.respondents, std::int64_t(20));
        QVERIFY(o.notMeasurable.empty());
        QVERIFY(o.warnings.empty()); // 20 ≥ 40% of 40; every criterion ≥ 50
        QVERIFY(o.reason.empty());
        QCOMPARE(r.methodologyId, std::string("344n-social"));
        QCOMPARE(r.methodologyVersion, 1);
    }

    void workedExampleDataset() {
        QFile f(NOK_HANDBOOK_TOOLS_DIR "/worked-example.json");
        if (!f.open(QIODevice::ReadOnly)) QSKIP("handbook worked-example.json not found");
        auto inputs = inputsFromDataset(nlohmann::json::parse(f.readAll().toStdString()));
        auto r = score(builtin(), inputs);
        const OrgResult& o1 = org(r, "org-1");
        for (std::size_t i = 0; i < 15; ++i)
            QCOMPARE_NEAR(o1.indicators[i].value, kWorked[i]);
        QCOMPARE_NEAR(o1.total, 83.15);
        const OrgResult& o2 = org(r, "org-2");
        QCOMPARE(o2.reason, std::string("no_expert_record"));
        QVERIFY(!o2.total && !o2.rank);
        QCOMPARE(o2.respondents, std::int64_t(5));
        QCOMPARE_NEAR(r.region.average, 83.15);
    }

    void capsAtHundred() {
        OrgInput in = workedInput();
        in.expert->distanceMethods = {"phone", "email", "e_services", "faq", "opinion_form"};
        in.expert->comfortConditions = {"rest_area",      "navigation",     "drinking_water",
                                        "sanitary_rooms", "sanitary_state", "transport",
                                        "appointment",    "other"};
        in.expert->premisesAccessibility = {"ramps", "parking", "lifts_handrails_doors",
                                            "wheelchairs", "sanitary_room"};
        in.expert->serviceAccessibility = {"sound_visual_duplication", "braille",
                                           "sign_interpreter",         "site_low_vision",
                                           "trained_staff_help",       "remote_or_home"};
        in.expert->stand = {10, 12}; // more than the legal list: counts as complete, no more
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE_NEAR(indicator(o, "1.2").value, 100.0); // 5 · 30 = 150 → 100
        QCOMPARE_NEAR(indicator(o, "2.1").value, 100.0); // 8 · 20 = 160 → 100
        QCOMPARE_NEAR(indicator(o, "3.1").value, 100.0); // 5 · 20
        QCOMPARE_NEAR(indicator(o, "3.2").value, 100.0); // 6 · 20 = 120 → 100
        QCOMPARE_NEAR(indicator(o, "1.1").value, 87.5);  // 50 · (1 + 18/24)
        QCOMPARE_NEAR(criterion(o, 1), 91.25);           // 26.25 + 30 + 35
    }

    void onlySiteChannelUsed() {
        OrgInput in = workedInput();
        in.survey.questions["stand_used"] = tally(0, 20);
        in.survey.questions["stand_satisfied"] = tally(0, 0);
        in.survey.questions["site_satisfied"] = tally(4, 5);
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE_NEAR(indicator(o, "1.3").value, 80.0); // mean over the site alone, not (0+80)/2
        QVERIFY(o.notMeasurable.empty());
        QCOMPARE_NEAR(criterion(o, 1), 82.25); // 23.25 + 27 + 0.4 · 80
    }

    void noChannelUsed_data() {
        QTest::addColumn<bool>("asZero");
        QTest::addColumn<double>("k1");
        QTest::addColumn<double>("total");
        // Redistribute: (0.3 · 77.5 + 0.3 · 90) / 0.6 = 83.75; total (83.75 + 85.5 + 58.5 +
        // 96 + 90.5) / 5 = 82.85. Empty as zero: 23.25 + 27 + 0 = 50.25; total 76.15.
        QTest::newRow("redistribute") << false << 83.75 << 82.85;
        QTest::newRow("empty_as_zero") << true << 50.25 << 76.15;
    }
    void noChannelUsed() {
        QFETCH(bool, asZero);
        QFETCH(double, k1);
        QFETCH(double, total);
        Methodology m = builtin();
        if (asZero) m.rules.emptyRule = EmptyRule::EmptyAsZero;
        OrgInput in = workedInput();
        in.survey.questions["stand_satisfied"] = tally(0, 0);
        in.survey.questions["site_satisfied"] = tally(0, 0);
        const OrgResult& o = scoreOne(m, in);
        QVERIFY(!indicator(o, "1.3").value);
        QVERIFY(!indicator(o, "1.3").measurable);
        QCOMPARE(o.notMeasurable, std::vector<std::string>{"1.3"});
        QCOMPARE_NEAR(criterion(o, 1), k1);
        QCOMPARE_NEAR(o.total, total);
    }

    void emptyDenominatorsRedistribute() {
        OrgInput in = workedInput();
        in.survey.questions["disability"] = tally(0, 20);
        in.survey.questions.erase("accessibility_satisfied"); // nobody reached it
        in.survey.questions["remote_used"] = tally(0, 20);
        in.survey.questions["remote_polite"] = tally(0, 0);
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE(o.notMeasurable, (std::vector<std::string>{"3.3", "4.3"}));
        // K3 = (0.3 · 40 + 0.4 · 60) / (0.3 + 0.4) = 36 / 0.7; K4 = (38 + 40) / 0.8 = 97.5
        QCOMPARE_NEAR(criterion(o, 3), 36.0 / 0.7);
        QCOMPARE_NEAR(criterion(o, 4), 97.5);
        QCOMPARE_NEAR(o.total, (85.25 + 85.5 + 36.0 / 0.7 + 97.5 + 90.5) / 5);
        QVERIFY(!hasWarning(o, "criterion_below_50")); // 51.43 is not below 50
    }

    // 344n-social-rounded rounds each indicator, criterion and total half up to 0.01 before the
    // next step. With 4.3 = 1 of 3 and 5.1 = 3 of 7 the unrounded total is 78.0547… (shown
    // 78,05) while the rounded steps give 78.06.
    void roundedVariant() {
        OrgInput in = workedInput();
        in.survey.questions["remote_polite"] = tally(1, 3);
        in.survey.questions["recommend"] = tally(3, 7);
        // Unrounded: K4 = 0.4·95 + 0.4·100 + 0.2·(100/3); K5 = 0.3·(300/7) + 0.2·80 + 0.5·95.
        const double k4 = 38 + 40 + 0.2 * (100.0 / 3);
        const double k5 = 0.3 * (300.0 / 7) + 16 + 47.5;
        const OrgResult& plain = scoreOne(builtin(), in);
        QCOMPARE_NEAR(plain.total, (85.25 + 85.5 + 58.5 + k4 + k5) / 5); // 78.0547619…
        QVERIFY(std::fabs(*plain.total - 78.0547619) < 1e-6);

        const Methodology rounded = builtin("344n-social-rounded");
        QVERIFY(rounded.rules.roundDecimals && *rounded.rules.roundDecimals == 2);
        QVERIFY(!builtin().rules.roundDecimals); // the default stays unrounded
        const OrgResult& o = scoreOne(rounded, in);
        QCOMPARE_NEAR(indicator(o, "4.3").value, 33.33); // 33.333… → 33.33
        QCOMPARE_NEAR(indicator(o, "5.1").value, 42.86); // 42.857… → 42.86
        // K4 = 38 + 40 + 0.2 · 33.33 = 84.666 → 84.67; K5 = 0.3 · 42.86 + 63.5 = 76.358 → 76.36
        QCOMPARE_NEAR(criterion(o, 4), 84.67);
        QCOMPARE_NEAR(criterion(o, 5), 76.36);
        QCOMPARE_NEAR(criterion(o, 1), 85.25); // round figures stay as they are
        // (85.25 + 85.5 + 58.5 + 84.67 + 76.36) / 5 = 390.28 / 5 = 78.056 → 78.06
        QCOMPARE_NEAR(o.total, 78.06);
        QVERIFY(roundHalfUp(*plain.total, 2) != *o.total); // 78.05 published unrounded
        // Half up as written, not as the double stores it: 2.675 is 2.67499… in binary.
        QCOMPARE(roundHalfUp(2.675, 2), 2.68);
        QCOMPARE(roundHalfUp(0.125, 2), 0.13);
        QCOMPARE(roundHalfUp(83.144999, 2), 83.14);
    }

    void emptyDenominatorsAsZero() {
        Methodology m = builtin();
        m.rules.emptyRule = EmptyRule::EmptyAsZero;
        OrgInput in = workedInput();
        in.survey.questions["accessibility_satisfied"] = tally(0, 0);
        in.survey.questions["remote_polite"] = tally(0, 0);
        const OrgResult& o = scoreOne(m, in);
        QCOMPARE(o.notMeasurable, (std::vector<std::string>{"3.3", "4.3"}));
        QVERIFY(!indicator(o, "3.3").value);  // reported as not measurable, counted as 0
        QCOMPARE_NEAR(criterion(o, 3), 36.0); // 12 + 24 + 0
        QCOMPARE_NEAR(criterion(o, 4), 78.0); // 38 + 40 + 0
        QCOMPARE_NEAR(o.total, 75.05);        // (85.25 + 85.5 + 36 + 78 + 90.5) / 5
        QCOMPARE(warning(o, "criterion_below_50").criteria, std::vector<std::string>{"K3"});
    }

    void requiredZero() {
        OrgInput in = workedInput();
        in.expert->stand = {0, 0};
        const OrgResult& half = scoreOne(builtin(), in);
        QCOMPARE_NEAR(indicator(half, "1.1").value, 75.0); // 100 · 18/24
        QCOMPARE_NEAR(criterion(half, 1), 84.5);           // 22.5 + 27 + 35
        QVERIFY(half.notMeasurable.empty());

        in.expert->site = {0, 0};
        const OrgResult& none = scoreOne(builtin(), in);
        QVERIFY(!indicator(none, "1.1").value);
        QCOMPARE(none.notMeasurable, std::vector<std::string>{"1.1"});
        QCOMPARE_NEAR(criterion(none, 1), 62.0 / 0.7); // (0.3 · 90 + 0.4 · 87.5) / 0.7
        for (const auto& s : none.shortcomings)
            QVERIFY(s.indicator != "1.1");
    }

    void waitingTimePoints() {
        OrgInput in = workedInput();
        in.expert->waitingTimePoints = 70;
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE_NEAR(indicator(o, "2.2").value, 80.0); // (70 + 90) / 2
        QCOMPARE_NEAR(criterion(o, 2), 81.5);           // 24 + 32 + 25.5
        QCOMPARE_NEAR(o.total, 82.35);                  // (85.25 + 81.5 + 58.5 + 96 + 90.5) / 5
        // Only the survey half is uncertain: the interval of 18/20 moved halfway towards 70.
        QVERIFY(indicator(o, "2.2").wilson);
        QCOMPARE_NEAR(indicator(o, "2.2").wilson->low, (70 + 69.89663547715128) / 2);
        QCOMPARE_NEAR(indicator(o, "2.2").wilson->high, (70 + 97.21335187862319) / 2);

        in.expert->waitingTimePoints = 100;
        QCOMPARE_NEAR(indicator(scoreOne(builtin(), in), "2.2").value, 95.0);
    }

    void noExpertRecord() {
        OrgInput in = workedInput("org-2", "Без проверки");
        in.expert.reset();
        auto r = score(builtin(), {in, workedInput()});
        const OrgResult& o = org(r, "org-2");
        QCOMPARE(o.reason, std::string("no_expert_record"));
        QVERIFY(!o.total && !o.rank && !o.rankInCategory);
        for (const auto& c : o.criteria)
            QVERIFY(!c);
        QVERIFY(!indicator(o, "1.1").value);
        QCOMPARE_NEAR(indicator(o, "1.3").value, 87.5); // the survey part is still shown
        QCOMPARE(o.notMeasurable, (std::vector<std::string>{"1.1", "1.2", "2.1", "3.1", "3.2"}));
        QCOMPARE(org(r, "org-1").rank, std::optional<int>(1));
        QCOMPARE(r.organizations.back().organization.id, std::string("org-2")); // listed last
    }

    void noCompleteResponses() {
        OrgInput in = workedInput();
        in.survey = {};
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE(o.reason, std::string("no_complete_responses"));
        QVERIFY(!o.total && !o.rank);
        QCOMPARE_NEAR(indicator(o, "1.1").value, 77.5);
        QVERIFY(!indicator(o, "5.3").value);
        QCOMPARE(warning(o, "sample_below_minimum").required, std::int64_t(16));
        QCOMPARE(warning(o, "sample_below_minimum").actual, std::int64_t(0));
    }

    void criterionNotMeasurable() {
        OrgInput in = workedInput();
        for (const char* q : {"staff_first_contact", "staff_service", "remote_polite"})
            in.survey.questions[q] = tally(0, 0);
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE(o.reason, std::string("criterion_not_measurable"));
        QVERIFY(!o.total && !o.rank);
        QVERIFY(!criterion(o, 4));
        QCOMPARE_NEAR(criterion(o, 1), 85.25);

        Methodology zero = builtin();
        zero.rules.emptyRule = EmptyRule::EmptyAsZero;
        const OrgResult& z = scoreOne(zero, in);
        QCOMPARE_NEAR(criterion(z, 4), 0.0);
        QCOMPARE_NEAR(z.total, 63.95); // (85.25 + 85.5 + 58.5 + 0 + 90.5) / 5
        QCOMPARE(warning(z, "criterion_below_50").criteria, std::vector<std::string>{"K4"});
    }

    void variant2018() {
        const Methodology m = builtin("344n-2018-common-denominator");
        const OrgResult& o = scoreOne(m, workedInput());
        // Every share over the 20 complete responses.
        QCOMPARE_NEAR(indicator(o, "1.3").value, 35.0); // 100 · (9 + 5) / (2 · 20)
        QCOMPARE_NEAR(indicator(o, "3.3").value, 15.0); // 100 · 3 / 20
        QCOMPARE_NEAR(indicator(o, "4.3").value, 45.0); // 100 · 9 / 20
        QCOMPARE_NEAR(indicator(o, "2.2").value, 90.0);
        QCOMPARE_NEAR(indicator(o, "1.1").value, 77.5); // expert indicators unchanged
        QCOMPARE(indicator(o, "3.3").answered, std::int64_t(20));
        QCOMPARE_NEAR(criterion(o, 1), 64.25); // 23.25 + 27 + 14
        QCOMPARE_NEAR(criterion(o, 2), 85.5);
        QCOMPARE_NEAR(criterion(o, 3), 40.5); // 12 + 24 + 4.5
        QCOMPARE_NEAR(criterion(o, 4), 87.0); // 38 + 40 + 9
        QCOMPARE_NEAR(criterion(o, 5), 90.5);
        QCOMPARE_NEAR(o.total, 73.55); // (64.25 + 85.5 + 40.5 + 87 + 90.5) / 5
        QCOMPARE(warning(o, "criterion_below_50").criteria, std::vector<std::string>{"K3"});

        // An unused channel is a zero there, not left out: 100 · (9 + 0) / 40.
        OrgInput noSite = workedInput();
        noSite.survey.questions["site_satisfied"] = tally(0, 0);
        QCOMPARE_NEAR(indicator(scoreOne(m, noSite), "1.3").value, 22.5);
        QCOMPARE_NEAR(indicator(scoreOne(builtin(), noSite), "1.3").value, 75.0);
    }
};

} // namespace tst_scoring_engine

NOK_TEST_APPLESS_MAIN(tst_scoring_engine, TstScoringEngine)
#include "tst_scoring_engine.moc"
