// Methodology definitions: both builtins load with the method's figures, a council's file loads,
// and malformed definitions are refused with the JSON path of the problem.
#include "nok/scoring/methodology.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include "test_program.h"

namespace tst_methodology {

using namespace nok::scoring;
using nlohmann::json;

namespace {

json defaultDefinition() {
    std::ifstream in(NOK_SOURCE_DIR "/shared/data/methodologies/344n-social.json");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return json::parse(buffer.str());
}

// Parses a broken copy and returns the error's field ("" when it unexpectedly parsed).
std::string failingField(const json& definition) {
    auto parsed = parseMethodology(definition);
    if (parsed.ok()) return "";
    return parsed.error().code == "invalid_methodology" ? parsed.error().field : "wrong code";
}

} // namespace

class TstMethodology : public QObject {
    Q_OBJECT
  private slots:
    void listsBuiltins() {
        auto ids = builtinMethodologyIds();
        QCOMPARE(ids.size(), std::size_t(3));
        QCOMPARE(ids.front(), std::string(kDefaultMethodologyId));
        QCOMPARE(ids[1], std::string("344n-2018-common-denominator"));
        QCOMPARE(ids.back(), std::string("344n-social-rounded"));
    }

    void loadsDefault() {
        auto m = builtinMethodology("344n-social");
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().describe().c_str());
        QCOMPARE(m->id, std::string("344n-social"));
        QCOMPARE(m->version, 1);
        QVERIFY(!m->title.at("ru").empty() && !m->title.at("en").empty());
        QCOMPARE(std::string(toString(m->rules.denominator)),
                 std::string(toString(Denominator::Answered)));
        QCOMPARE(std::string(toString(m->rules.emptyRule)),
                 std::string(toString(EmptyRule::Redistribute)));
        QCOMPARE(m->rules.sampleShare, 0.4);
        QCOMPARE(m->rules.sampleCap, std::int64_t(600));
        QCOMPARE(m->rules.expertThreshold, 100.0);
        QCOMPARE(m->rules.surveyThreshold, 90.0);
        QCOMPARE(m->rules.riskThreshold, 50.0);

        QCOMPARE(m->criteria.size(), std::size_t(5));
        QCOMPARE(m->indicators.size(), std::size_t(15));
        const char* ids[] = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2",
                             "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3"};
        const double weights[] = {0.3, 0.3, 0.4, 0.3, 0.4, 0.3, 0.3, 0.4,
                                  0.3, 0.4, 0.4, 0.2, 0.3, 0.2, 0.5};
        for (std::size_t i = 0; i < 15; ++i) {
            QCOMPARE(m->indicators[i].id, std::string(ids[i]));
            QCOMPARE(m->indicators[i].weight, weights[i]);
            QCOMPARE(m->indicators[i].criterion, "K" + std::string(1, ids[i][0]));
        }
        for (const auto& c : m->criteria) {
            QCOMPARE(c.weight, 1.0);
            QCOMPARE(c.indicators.size(), std::size_t(3));
        }
        const Indicator* distance = m->findIndicator("1.2");
        QCOMPARE(std::string(toString(distance->formula)),
                 std::string(toString(FormulaKind::ItemCount)));
        QCOMPARE(distance->set, std::string("distance_methods"));
        QCOMPARE(distance->pointsPerItem, 30.0);
        QCOMPARE(distance->cap, 100.0);
        QCOMPARE(m->findIndicator("2.1")->pointsPerItem, 20.0);
        QCOMPARE(std::string(toString(m->findIndicator("1.1")->formula)),
                 std::string(toString(FormulaKind::ItemsRatio)));
        QCOMPARE(std::string(toString(m->findIndicator("1.3")->formula)),
                 std::string(toString(FormulaKind::MeanOfShares)));
        QCOMPARE(m->findIndicator("1.3")->questions,
                 (std::vector<std::string>{"stand_satisfied", "site_satisfied"}));
        QCOMPARE(std::string(toString(m->findIndicator("2.2")->formula)),
                 std::string(toString(FormulaKind::ShareWithExpertPoints)));
        QCOMPARE(m->findIndicator("2.2")->expertWeight, 0.5);
        QCOMPARE(m->findIndicator("5.3")->questions.front(), std::string("overall_satisfied"));
        QCOMPARE(m->thresholdFor(*m->findIndicator("3.2")), 100.0);
        QCOMPARE(m->thresholdFor(*m->findIndicator("3.3")), 90.0);
    }

    void expertSetsHaveBilingualNames() {
        auto m = builtinMethodology("344n-social");
        QVERIFY(m.ok());
        const std::pair<const char*, std::size_t> sets[] = {{"distance_methods", 6},
                                                            {"comfort_conditions", 8},
                                                            {"premises_accessibility", 5},
                                                            {"service_accessibility", 6}};
        for (const auto& [id, size] : sets) {
            const ExpertSet* set = m->findSet(id);
            QVERIFY2(set, id);
            QCOMPARE(set->items.size(), size);
            for (const auto& item : set->items) {
                QVERIFY(!item.name.at("ru").empty());
                QVERIFY(!item.name.at("en").empty());
            }
        }
        QVERIFY(m->findSet("distance_methods")->find("e_services"));
        QVERIFY(m->findSet("service_accessibility")->find("remote_or_home"));
        QVERIFY(!m->findSet("distance_methods")->find("other")->shortcoming);
        QVERIFY(m->findSet("premises_accessibility")->find("ramps")->shortcoming);
        QVERIFY(m->findList("stand_items") && m->findList("site_items"));
    }

    void loadsVariant() {
        auto m = builtinMethodology("344n-2018-common-denominator");
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().describe().c_str());
        QCOMPARE(m->id, std::string("344n-2018-common-denominator"));
        QCOMPARE(m->version, 1);
        QCOMPARE(std::string(toString(m->rules.denominator)),
                 std::string(toString(Denominator::TotalComplete)));
        QCOMPARE(m->indicators.size(), std::size_t(15));
    }

    void unknownBuiltin() {
        auto m = builtinMethodology("344n-medical");
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, std::string("unknown_methodology"));
    }

    void loadsCouncilFile() {
        json variant = defaultDefinition();
        variant["id"] = "kem-council";
        variant["rules"]["empty_rule"] = "empty_as_zero";
        variant["indicators"][1]["formula"]["points_per_item"] = 25;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("kem.json").toStdString();
        std::ofstream(path) << variant.dump();
        auto m = loadMethodologyFile(path);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().describe().c_str());
        QCOMPARE(m->id, std::string("kem-council"));
        QCOMPARE(std::string(toString(m->rules.emptyRule)),
                 std::string(toString(EmptyRule::EmptyAsZero)));
        QCOMPARE(m->findIndicator("1.2")->pointsPerItem, 25.0);

        auto missing = loadMethodologyFile(dir.filePath("absent.json").toStdString());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, std::string("io"));
    }

    void emptyRuleDefaultsToRedistribute() {
        json d = defaultDefinition();
        d["rules"].erase("empty_rule");
        auto m = parseMethodology(d);
        QVERIFY(m.ok());
        QCOMPARE(std::string(toString(m->rules.emptyRule)),
                 std::string(toString(EmptyRule::Redistribute)));
    }

    void rejectsMalformed_data() {
        QTest::addColumn<QString>("pointer"); // JSON pointer to change
        QTest::addColumn<QString>("value");   // new value as JSON; "DELETE" removes it
        QTest::addColumn<QString>("field");   // expected error path
        QTest::newRow("format") << "/format"
                                << "\"nok-methodology/2\""
                                << "format";
        QTest::newRow("version") << "/version"
                                 << "1.5"
                                 << "version";
        QTest::newRow("no id") << "/id"
                               << "DELETE"
                               << "id";
        QTest::newRow("title en") << "/title/en"
                                  << "DELETE"
                                  << "title.en";
        QTest::newRow("denominator") << "/rules/denominator"
                                     << "\"respondents\""
                                     << "rules.denominator";
        QTest::newRow("empty rule") << "/rules/empty_rule"
                                    << "\"zero\""
                                    << "rules.empty_rule";
        QTest::newRow("sample share") << "/rules/sample_size/share"
                                      << "1.4"
                                      << "rules.sample_size.share";
        QTest::newRow("sample cap") << "/rules/sample_size/cap"
                                    << "\"600\""
                                    << "rules.sample_size.cap";
        QTest::newRow("survey threshold") << "/rules/shortcoming_thresholds/survey"
                                          << "DELETE"
                                          << "rules.shortcoming_thresholds.survey";
        QTest::newRow("risk") << "/rules/risk_threshold"
                              << "-1"
                              << "rules.risk_threshold";
        QTest::newRow("unknown set") << "/expert_sets/0/id"
                                     << "\"channels\""
                                     << "expert_sets[0].id";
        QTest::newRow("duplicate item") << "/expert_sets/0/items/1/id"
                                        << "\"phone\""
                                        << "expert_sets[0].items[1].id";
        QTest::newRow("item name") << "/expert_sets/2/items/0/name/ru"
                                   << "\"\""
                                   << "expert_sets[2].items[0].name.ru";
        QTest::newRow("criterion weight") << "/criteria/1/weight"
                                          << "0"
                                          << "criteria[1].weight";
        QTest::newRow("weights sum") << "/indicators/0/weight"
                                     << "0.4"
                                     << "criteria[0]";
        QTest::newRow("unknown criterion") << "/indicators/3/criterion"
                                           << "\"K9\""
                                           << "indicators[3].criterion";
        QTest::newRow("points not number") << "/indicators/1/formula/points_per_item"
                                           << "\"30\""
                                           << "indicators[1].formula.points_per_item";
        QTest::newRow("cap above 100") << "/indicators/1/formula/cap"
                                       << "150"
                                       << "indicators[1].formula.cap";
        QTest::newRow("formula type") << "/indicators/2/formula/type"
                                      << "\"median\""
                                      << "indicators[2].formula.type";
        QTest::newRow("unknown set ref") << "/indicators/3/formula/set"
                                         << "\"comfort\""
                                         << "indicators[3].formula.set";
        QTest::newRow("kind mismatch") << "/indicators/0/kind"
                                       << "\"survey\""
                                       << "indicators[0].kind";
        QTest::newRow("duplicate indicator") << "/indicators/1/id"
                                             << "\"1.1\""
                                             << "indicators[1].id";
        QTest::newRow("no question") << "/indicators/14/formula/question"
                                     << "DELETE"
                                     << "indicators[14].formula.question";
        QTest::newRow("blend input") << "/indicators/4/formula/expert_input"
                                     << "\"minutes\""
                                     << "indicators[4].formula.expert_input";
        QTest::newRow("indicators empty") << "/indicators"
                                          << "[]"
                                          << "indicators";
    }

    void rejectsMalformed() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, field);
        json d = defaultDefinition();
        const json::json_pointer ptr(pointer.toStdString());
        if (value == "DELETE")
            d[ptr.parent_pointer()].erase(ptr.back());
        else
            d[ptr] = json::parse(value.toStdString());
        QCOMPARE(QString::fromStdString(failingField(d)), field);
    }

    void rejectsNonJson() {
        auto m = parseMethodology(std::string_view("{\"format\": "));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, std::string("invalid_methodology"));
        auto notObject = parseMethodology(std::string_view("[1, 2]"));
        QVERIFY(!notObject.ok());
    }

    void theUntouchedDefinitionParses() {
        // Guards the malformed cases above: they fail because of the change, not the base.
        QCOMPARE(failingField(defaultDefinition()), std::string());
    }
};

} // namespace tst_methodology

NOK_TEST_APPLESS_MAIN(tst_methodology, TstMethodology)
#include "tst_methodology.moc"
