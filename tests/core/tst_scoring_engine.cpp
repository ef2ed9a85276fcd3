// The scoring engine per organisation: the METHODOLOGY.md worked example to 1e-9, and every rule
// of the method (caps, 1.3 per channel, empty denominators both ways, required = 0, waiting-time
// points, missing sources, the 2018 variant, warnings, Wilson intervals, shortcomings). Expected
// values are worked out by hand in the comments, never by calling the engine's own helpers.
#include "scoring_fixtures.h"

#include <QFile>

#include <nlohmann/json.hpp>

using namespace nok::scoring;
using namespace fixtures;

namespace {

const char* kIds[] = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2",
                      "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3"};
const double kWorked[] = {77.5, 90, 87.5, 80, 90, 85, 40, 60, 75, 95, 100, 90, 90, 80, 95};
const double kWorkedCriteria[] = {85.25, 85.5, 58.5, 96, 90.5};

const OrgResult& only(const CampaignResults& r) {
    return r.organizations.at(0);
}

bool hasWarning(const OrgResult& o, const std::string& code) {
    for (const auto& w : o.warnings)
        if (w.code == code) return true;
    return false;
}

const Warning& warning(const OrgResult& o, const std::string& code) {
    for (const auto& w : o.warnings)
        if (w.code == code) return w;
    qFatal("no warning %s", code.c_str());
}

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

    void countsResponses() {
        SurveyTally t;
        countCompleteResponse(t, nlohmann::json{{"stand_used", "yes"},
                                                {"stand_satisfied", "no"},
                                                {"site_used", "no"},
                                                {"age", 70},
                                                {"sex", "female"},
                                                {"suggestions", "yes"}});
        countCompleteResponse(t, nlohmann::json{{"stand_used", "yes"}, {"stand_satisfied", "yes"}});
        QCOMPARE(t.complete, std::int64_t(2));
        QCOMPARE(t.questions.at("stand_used").yes, std::int64_t(2));
        QCOMPARE(t.questions.at("stand_satisfied").yes, std::int64_t(1));
        QCOMPARE(t.questions.at("stand_satisfied").answered, std::int64_t(2));
        QCOMPARE(t.questions.at("site_used").yes, std::int64_t(0));
        QCOMPARE(t.questions.at("site_used").answered, std::int64_t(1));
        QVERIFY(!t.questions.count("site_satisfied") && !t.questions.count("sex"));
        // A free-text answer that happens to read "yes" is still counted: the server validates
        // answers against the questionnaire before they reach the tally.
        QCOMPARE(t.questions.at("suggestions").answered, std::int64_t(1));
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

    void sampleBelowMinimum_data() {
        QTest::addColumn<qint64>("recipients");
        QTest::addColumn<qint64>("required"); // 0: no warning expected
        QTest::newRow("40% of 100") << qint64(100) << qint64(40);
        QTest::newRow("40% of 51 rounds up") << qint64(51) << qint64(21);
        QTest::newRow("exactly enough") << qint64(50) << qint64(0);
        QTest::newRow("capped at 600") << qint64(5000) << qint64(600);
        QTest::newRow("no recipients") << qint64(0) << qint64(0);
    }
    void sampleBelowMinimum() {
        QFETCH(qint64, recipients);
        QFETCH(qint64, required);
        OrgInput in = workedInput();
        in.organization.recipients = recipients;
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE(hasWarning(o, "sample_below_minimum"), required > 0);
        if (required > 0) {
            QCOMPARE(warning(o, "sample_below_minimum").required, std::int64_t(required));
            QCOMPARE(warning(o, "sample_below_minimum").actual, std::int64_t(20));
        }
        QVERIFY(o.total); // a warning, never a block
    }

    void criterionBelow50() {
        OrgInput in = workedInput();
        in.expert->premisesAccessibility.clear();
        in.expert->serviceAccessibility.clear();
        in.survey.questions["remote_polite"] = tally(0, 10);
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE_NEAR(criterion(o, 3), 22.5); // 0 + 0 + 0.3 · 75
        QCOMPARE_NEAR(criterion(o, 4), 78.0); // 38 + 40 + 0
        const Warning& w = warning(o, "criterion_below_50");
        QCOMPARE(w.criteria, std::vector<std::string>{"K3"});
        QCOMPARE(w.threshold, 50.0);
    }

    void wilsonKnownCase() {
        // Textbook form: (2np + z² ± z·√(z² + 4np(1−p))) / (2(n + z²)), n = 12, p = 0.75.
        const double z = 1.959963984540054, n = 12, p = 0.75;
        const double root = z * std::sqrt(z * z + 4 * n * p * (1 - p));
        const double low = 100 * (2 * n * p + z * z - root) / (2 * (n + z * z));
        const double high = 100 * (2 * n * p + z * z + root) / (2 * (n + z * z));
        auto w = wilsonInterval(9, 12);
        QVERIFY(w);
        QCOMPARE_NEAR(std::optional<double>(w->low), low);
        QCOMPARE_NEAR(std::optional<double>(w->high), high);
        QVERIFY(std::fabs(w->low - 46.77) < 0.005 && std::fabs(w->high - 91.11) < 0.005);
        QVERIFY(!wilsonInterval(0, 0));
        QCOMPARE(wilsonInterval(5, 5)->high, 100.0);
        QCOMPARE(wilsonInterval(0, 5)->low, 0.0);

        // In results: 3.3 is 3 of 4; 1.3 averages two shares, so its parts carry the intervals.
        const OrgResult& o = scoreOne(builtin(), workedInput());
        QCOMPARE_NEAR(std::optional<double>(indicator(o, "3.3").wilson->low),
                      wilsonInterval(3, 4)->low);
        QCOMPARE(indicator(o, "3.3").yes, std::int64_t(3));
        QCOMPARE(indicator(o, "3.3").answered, std::int64_t(4));
        QVERIFY(!indicator(o, "1.3").wilson);
        QCOMPARE_NEAR(std::optional<double>(o.questions.at("stand_satisfied").wilson->low), low);
    }

    void shortcomingsOfWorkedExample() {
        const OrgResult& o = scoreOne(builtin(), workedInput());
        struct Want {
            const char* indicator;
            const char* kind;
            const char* set;
            const char* item;
        };
        const Want want[] = {
            {"1.1", "missing", "stand_items", ""},
            {"1.1", "missing", "site_items", ""},
            {"1.1", "below", "", ""},
            {"1.2", "missing", "distance_methods", "e_services"},
            {"1.2", "missing", "distance_methods", "opinion_form"}, // "other" is not listed
            {"1.2", "below", "", ""},
            {"1.3", "below", "", ""},
            {"2.1", "missing", "comfort_conditions", "sanitary_state"},
            {"2.1", "missing", "comfort_conditions", "transport"},
            {"2.1", "missing", "comfort_conditions", "appointment"},
            {"2.1", "below", "", ""},
            {"2.3", "below", "", ""}, // 2.2 = 90 is not below 90
            {"3.1", "missing", "premises_accessibility", "parking"},
            {"3.1", "missing", "premises_accessibility", "lifts_handrails_doors"},
            {"3.1", "missing", "premises_accessibility", "sanitary_room"},
            {"3.1", "below", "", ""},
            {"3.2", "missing", "service_accessibility", "sound_visual_duplication"},
            {"3.2", "missing", "service_accessibility", "braille"},
            {"3.2", "missing", "service_accessibility", "sign_interpreter"},
            {"3.2", "below", "", ""},
            {"3.3", "below", "", ""},
            {"5.2", "below", "", ""}, // 4.3 = 90 and 5.1 = 90 are not below 90
        };
        QCOMPARE(o.shortcomings.size(), std::size(want));
        for (std::size_t i = 0; i < std::size(want); ++i) {
            const Shortcoming& s = o.shortcomings[i];
            QCOMPARE(s.indicator, std::string(want[i].indicator));
            QCOMPARE(s.kind == ShortcomingKind::MissingItem,
                     std::string(want[i].kind) == "missing");
            QCOMPARE(s.set, std::string(want[i].set));
            QCOMPARE(s.item, std::string(want[i].item));
            QCOMPARE(s.criterion, "K" + std::string(1, want[i].indicator[0]));
            QVERIFY(!s.text.empty());
        }
        QCOMPARE_NEAR(o.shortcomings[0].value, 8.0);
        QCOMPARE(o.shortcomings[0].threshold, 10.0);
        QCOMPARE(o.shortcomings[6].threshold, 90.0);
        QCOMPARE_NEAR(o.shortcomings[6].value, 87.5);
        QVERIFY(o.shortcomings[6].text.find("87,5") != std::string::npos);
        QCOMPARE(o.shortcomings[2].threshold, 100.0);
        QVERIFY(o.shortcomings[3].text.find("Отсутствует") == 0);
    }

    void rejectsImpossibleInputs_data() {
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("field");
        QTest::newRow("yes > answered") << 0 << "organizations[1].survey.questions.timely";
        QTest::newRow("answered > complete") << 1 << "organizations[1].survey.questions.timely";
        QTest::newRow("unknown item") << 2 << "organizations[1].expert.distance_methods";
        QTest::newRow("negative count") << 3 << "organizations[1].expert.site_items";
        QTest::newRow("waiting points") << 4 << "organizations[1].expert.waiting_time_points";
        QTest::newRow("duplicate id") << 5 << "organizations[1].id";
        QTest::newRow("record of another org") << 6 << "organizations[1].expert.org";
    }
    void rejectsImpossibleInputs() {
        QFETCH(int, broken);
        QFETCH(QString, field);
        OrgInput in = workedInput("org-2");
        switch (broken) {
        case 0:
            in.survey.questions["timely"] = tally(21, 20);
            break;
        case 1:
            in.survey.questions["timely"] = tally(18, 21);
            break;
        case 2:
            in.expert->distanceMethods.insert("fax");
            break;
        case 3:
            in.expert->site = {24, -1};
            break;
        case 4:
            in.expert->waitingTimePoints = 120;
            break;
        case 5:
            in.organization.id = "org-1";
            break;
        case 6:
            in.expert->org = "org-1";
            break;
        }
        auto r = scoreCampaign(builtin(), {workedInput(), in});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("invalid_input"));
        QCOMPARE(QString::fromStdString(r.error().field), field);
    }
};

QTEST_APPLESS_MAIN(TstScoringEngine)
#include "tst_scoring_engine.moc"
