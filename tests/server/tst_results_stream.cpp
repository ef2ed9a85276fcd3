// The streamed results JSON (results_json_writer.h, written without a JSON tree) is byte for
// byte what the engine's toJson().dump() gives, pretty and compact (and its brief form is that
// tree cut to the brief keys), for the worked example, the
// demo region and synthetic campaigns with every kind of field: organisations without expert
// record or responses, warnings of both kinds, empty denominators, waiting-time points, names
// with quotes, backslashes, control characters and Cyrillic, and the 2018 variant.
#include "server_test_util.h"

#include "nok/scoring/scoring_engine.h"
#include "service/results_json_writer.h"
#include "service/results_service.h"
#include "storage/server_database.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>
#include "test_program.h"

namespace tst_results_stream {

using nlohmann::json;
using namespace nok;
using namespace nok::test;

namespace {

std::string streamed(const server::ScoredCampaign& scored, int indent) {
    std::string text;
    auto st = server::writeResultsJson(scored, indent, [&](std::string_view piece) {
        text += piece;
        return Status{};
    });
    if (!st) qFatal("writeResultsJson failed");
    return text;
}

// `results --brief`: the full tree without "summary", each organisation cut to the brief keys.
json briefOf(json tree) {
    tree.erase("summary");
    for (auto& org : tree["organizations"]) {
        json kept = json::object();
        for (const char* key : {"category", "criteria", "id", "name", "rank", "rank_in_category",
                                "reason", "respondents", "total", "warnings"})
            kept[key] = org.at(key);
        org = kept;
    }
    return tree;
}

void verifySameBytes(const server::ScoredCampaign& scored) {
    const json tree = server::resultsJson(scored);
    server::ResultsJsonOptions brief;
    brief.form = server::OrgForm::Brief;
    brief.summary = false;
    for (int indent : {-1, 1}) {
        std::string text;
        auto st = server::writeResultsJson(scored, indent, [&](std::string_view piece) {
            text += piece;
            return Status{};
        }, brief);
        QVERIFY(st.ok());
        QVERIFY2(text == briefOf(tree).dump(indent), text.substr(0, 300).c_str());
    }
    for (int indent : {-1, 1, 2}) {
        const std::string expected = tree.dump(indent);
        const std::string actual = streamed(scored, indent);
        if (actual != expected) {
            std::size_t at = 0;
            while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
                ++at;
            qWarning("indent %d: first difference at byte %zu:\n  stream: %s\n  tree:   %s", indent,
                     at, actual.substr(at > 40 ? at - 40 : 0, 120).c_str(),
                     expected.substr(at > 40 ? at - 40 : 0, 120).c_str());
        }
        QVERIFY(actual == expected);
    }
}

scoring::OrgInput randomOrg(std::mt19937& rng, int i) {
    scoring::OrgInput in;
    const std::string names[] = {"МБУ «КЦСОН» \"Центр\"", "Back\\slash\tTab", "Ctrl\x01\x1f",
                                 "Дом; интернат"};
    in.organization = {"org-" + std::to_string(i), names[i % 4] + " " + std::to_string(i),
                       i % 3 ? "КЦСОН" : "СРЦН", static_cast<std::int64_t>(rng() % 300)};
    if (i % 7 != 3) {
        scoring::ExpertRecord e;
        e.org = in.organization.id;
        e.stand = {static_cast<int>(rng() % 3) * 5, 0};
        e.stand.present = e.stand.required ? static_cast<int>(rng() % (e.stand.required + 1)) : 0;
        e.site = {24, static_cast<int>(rng() % 25)};
        for (const char* item : {"phone", "email", "faq", "e_services"})
            if (rng() % 2) e.distanceMethods.insert(item);
        for (const char* item : {"rest_area", "navigation", "transport"})
            if (rng() % 2) e.comfortConditions.insert(item);
        for (const char* item : {"ramps", "parking"})
            if (rng() % 3) e.premisesAccessibility.insert(item);
        if (rng() % 2) e.serviceAccessibility.insert("braille");
        if (i % 5 == 0) e.waitingTimePoints = 100.0 / 3;
        in.expert = e;
    }
    if (i % 11 != 5) {
        in.survey.complete = 1 + static_cast<std::int64_t>(rng() % 60);
        for (const char* q :
             {"stand_used", "stand_satisfied", "site_used", "site_satisfied", "timely",
              "comfort_satisfied", "disability", "accessibility_satisfied", "staff_first_contact",
              "staff_service", "remote_used", "remote_polite", "recommend",
              "organisational_satisfied", "overall_satisfied"}) {
            if (rng() % 9 == 0) continue; // nobody answered: not measurable
            const auto answered = static_cast<std::int64_t>(rng() % (in.survey.complete + 1));
            in.survey.questions[q] = {static_cast<std::int64_t>(rng() % (answered + 1)), answered};
        }
    }
    return in;
}

} // namespace

class TstResultsStream : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    server::ScoredCampaign fromDataset(const std::string& dataset, const std::string& campaign) {
        const auto db = m_dir.filePath(QString::fromStdString(campaign) + ".db").toStdString();
        if (runCli({"init", "--db", db}).code != 0 ||
            runCli({"import", "--db", db, dataset}).code != 0)
            qFatal("could not prepare %s", campaign.c_str());
        auto open = server::openServerDatabase(db, false);
        auto scored = server::scoreStoredCampaign(**open, {.campaign = campaign});
        if (!scored) qFatal("%s", scored.error().describe().c_str());
        return *scored;
    }

  private slots:
    void workedExample() {
        verifySameBytes(fromDataset(fixture("worked-example.json"), "example-2026"));
    }

    void demoRegion() {
        verifySameBytes(fromDataset(std::string(NOK_SOURCE_DIR) + "/deploy/demo/demo-region.json",
                                    "kuzbass-2026"));
    }

    void syntheticCampaignsWithEveryKindOfField() {
        std::mt19937 rng(7);
        for (const char* methodology : {"344n-social", "344n-2018-common-denominator"}) {
            auto m = scoring::builtinMethodology(methodology);
            QVERIFY(m.ok());
            std::vector<scoring::OrgInput> inputs;
            for (int i = 0; i < 150; ++i)
                inputs.push_back(randomOrg(rng, i));
            auto results = scoring::scoreCampaign(*m, inputs);
            QVERIFY2(results.ok(), results.ok() ? "" : results.error().describe().c_str());
            server::ScoredCampaign scored{.campaign = {.id = "synthetic",
                                                       .title = "Тест \"кавычки\"",
                                                       .region = "Регион",
                                                       .year = 2026,
                                                       .methodology = methodology,
                                                       .questionnaire = "social-675n/1"},
                                          .results = *results};
            bool sample = false, risk = false, unscored = false;
            for (const auto& o : results->organizations) {
                for (const auto& w : o.warnings) {
                    sample = sample || w.code == "sample_below_minimum";
                    risk = risk || w.code == "criterion_below_50";
                }
                unscored = unscored || !o.total;
            }
            QVERIFY(sample && risk && unscored); // the data really exercises those fields
            verifySameBytes(scored);
        }
    }

    void emptyCampaign() {
        auto m = scoring::builtinMethodology("344n-social");
        auto results = scoring::scoreCampaign(*m, {});
        QVERIFY(results.ok());
        verifySameBytes({.campaign = {.id = "empty",
                                      .title = "t",
                                      .region = "r",
                                      .year = 2026,
                                      .methodology = "344n-social",
                                      .questionnaire = "social-675n/1"},
                         .results = *results});
    }
};

} // namespace tst_results_stream

NOK_TEST_APPLESS_MAIN(tst_results_stream, TstResultsStream)
#include "tst_results_stream.moc"
