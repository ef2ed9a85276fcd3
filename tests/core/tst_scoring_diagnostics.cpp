// What the council sees beside the scores: the sample-size and risk warnings, the Wilson
// intervals, the shortcomings of the improvement plan, the counting of responses, and inputs the
// engine refuses. Expected values are worked out by hand.
#include "scoring_fixtures.h"

#include <nlohmann/json.hpp>
#include "test_program.h"

namespace tst_scoring_diagnostics {

using namespace nok::scoring;
using namespace fixtures;

class TstScoringDiagnostics : public QObject {
    Q_OBJECT
  private slots:
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

    // 566н's risk indicator is "below 50 on each criterion": only then all_criteria_below_50,
    // and only when all five are measured (an unmeasured one might be above 50).
    void allCriteriaBelow50_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("expectAll");
        QTest::addColumn<int>("belowCount");
        QTest::newRow("all five measured, all 0") << "all" << true << 5;
        QTest::newRow("K5 at 95, four below") << "k5_high" << false << 4;
        QTest::newRow("K4 not measurable, four below") << "k4_unmeasured" << false << 4;
    }
    void allCriteriaBelow50() {
        QFETCH(QString, variant);
        QFETCH(bool, expectAll);
        QFETCH(int, belowCount);
        OrgInput in = workedInput();
        in.expert->stand.present = 0;
        in.expert->site.present = 0;
        in.expert->distanceMethods.clear();
        in.expert->comfortConditions.clear();
        in.expert->premisesAccessibility.clear();
        in.expert->serviceAccessibility.clear();
        in.expert->waitingTimePoints = 0;
        for (auto& [id, t] : in.survey.questions)
            t.yes = 0; // nobody satisfied: every share 0, every criterion 0
        if (variant == "k5_high")
            for (const char* q : {"recommend", "organisational_satisfied", "overall_satisfied"})
                in.survey.questions[q] = tally(19, 20); // K5 = 95
        if (variant == "k4_unmeasured")
            for (const char* q : {"staff_first_contact", "staff_service", "remote_polite"})
                in.survey.questions[q] = tally(0, 0);
        const OrgResult& o = scoreOne(builtin(), in);
        QCOMPARE(int(warning(o, "criterion_below_50").criteria.size()), belowCount);
        QCOMPARE(hasWarning(o, "all_criteria_below_50"), expectAll);
        if (expectAll) {
            const Warning& all = warning(o, "all_criteria_below_50");
            QCOMPARE(all.criteria, (std::vector<std::string>{"K1", "K2", "K3", "K4", "K5"}));
            QCOMPARE(all.threshold, 50.0);
            QVERIFY(all.message.find("566") != std::string::npos);
        }
        // The single-criterion signal never cites the order.
        QVERIFY(warning(o, "criterion_below_50").message.find("566") == std::string::npos);
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

    void expertRecordWithoutOrgIdBelongsToItsInput() {
        OrgInput in = workedInput();
        in.expert->org.clear();
        auto r = scoreCampaign(builtin(), {in});
        QVERIFY(r.ok());
        QCOMPARE_NEAR(r->organizations.at(0).total, 83.15);
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

} // namespace tst_scoring_diagnostics

NOK_TEST_APPLESS_MAIN(tst_scoring_diagnostics, TstScoringDiagnostics)
#include "tst_scoring_diagnostics.moc"
