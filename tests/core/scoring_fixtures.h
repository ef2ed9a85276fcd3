// Inputs shared by the scoring tests: the METHODOLOGY.md worked example as tallies, and helpers
// to read results by indicator or criterion id and compare doubles to 1e-9.
#pragma once

#include "nok/scoring/scoring_engine.h"

#include <QTest>

#include <cmath>

namespace fixtures {

using namespace nok::scoring;

inline QuestionTally tally(std::int64_t yes, std::int64_t answered) {
    return {yes, answered};
}

// One organisation of METHODOLOGY.md's worked example (total 83.15).
inline OrgInput workedInput(const std::string& id = "org-1",
                            const std::string& name = "Пример: организация из расчёта",
                            const std::string& category = "ЦСОН") {
    OrgInput in;
    in.organization = {id, name, category, 40};
    ExpertRecord e;
    e.org = id;
    e.stand = {10, 8};
    e.site = {24, 18};
    e.distanceMethods = {"phone", "email", "faq"};
    e.comfortConditions = {"rest_area", "navigation", "drinking_water", "sanitary_rooms"};
    e.premisesAccessibility = {"ramps", "wheelchairs"};
    e.serviceAccessibility = {"trained_staff_help", "remote_or_home", "site_low_vision"};
    in.expert = e;
    in.survey.complete = 20;
    in.survey.questions = {{"stand_used", tally(12, 20)},
                           {"stand_satisfied", tally(9, 12)},
                           {"site_used", tally(5, 20)},
                           {"site_satisfied", tally(5, 5)},
                           {"timely", tally(18, 20)},
                           {"comfort_satisfied", tally(17, 20)},
                           {"disability", tally(4, 20)},
                           {"accessibility_satisfied", tally(3, 4)},
                           {"staff_first_contact", tally(19, 20)},
                           {"staff_service", tally(20, 20)},
                           {"remote_used", tally(10, 20)},
                           {"remote_polite", tally(9, 10)},
                           {"recommend", tally(18, 20)},
                           {"organisational_satisfied", tally(16, 20)},
                           {"overall_satisfied", tally(19, 20)}};
    return in;
}

inline Methodology builtin(std::string_view id = "344n-social") {
    auto m = builtinMethodology(id);
    if (!m.ok()) qFatal("builtin methodology: %s", m.error().describe().c_str());
    return *m;
}

inline CampaignResults score(const Methodology& m, const std::vector<OrgInput>& inputs) {
    auto r = scoreCampaign(m, inputs);
    if (!r.ok()) qFatal("scoring failed: %s", r.error().describe().c_str());
    return *r;
}

// One organisation scored alone, returned by value so no reference outlives the results.
inline OrgResult scoreOne(const Methodology& m, const OrgInput& input) {
    return score(m, {input}).organizations.at(0);
}

inline const OrgResult& org(const CampaignResults& r, const std::string& id) {
    for (const auto& o : r.organizations)
        if (o.organization.id == id) return o;
    qFatal("no organisation %s", id.c_str());
}

inline const IndicatorResult& indicator(const OrgResult& o, const std::string& id) {
    for (const auto& i : o.indicators)
        if (i.id == id) return i;
    qFatal("no indicator %s", id.c_str());
}

inline const OrgResult& only(const CampaignResults& r) {
    return r.organizations.at(0);
}

inline bool hasWarning(const OrgResult& o, const std::string& code) {
    for (const auto& w : o.warnings)
        if (w.code == code) return true;
    return false;
}

inline const Warning& warning(const OrgResult& o, const std::string& code) {
    for (const auto& w : o.warnings)
        if (w.code == code) return w;
    qFatal("no warning %s", code.c_str());
}

inline std::optional<double> criterion(const OrgResult& o, int k) {
    return o.criteria.at(static_cast<std::size_t>(k - 1));
}

inline bool near(std::optional<double> actual, double expected) {
    return actual && std::fabs(*actual - expected) <= 1e-9;
}

inline QByteArray show(std::optional<double> v) {
    return v ? QByteArray::number(*v, 'g', 17) : QByteArray("null");
}

} // namespace fixtures

// Compares an optional<double> to an expected value to 1e-9, printing both on failure.
#define QCOMPARE_NEAR(actual, expected)                                                            \
    QVERIFY2(fixtures::near((actual), (expected)),                                                 \
             (QByteArray(#actual " = ") + fixtures::show(actual) + ", want " +                     \
              QByteArray::number((expected), 'g', 17))                                             \
                 .constData())
