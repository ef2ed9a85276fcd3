#pragma once
// Valid answer sets for the standard questionnaire (social-675n/1), shared by tests and benches.
// Two paths cover what tests need: every "did you use…" question answered «да» (so every
// follow-up is shown and answered), and the shortest complete path (each of them «нет», so the
// follow-ups are skipped and absent). A test that needs a variant starts from one of these and
// changes the answers its case is about, so the questionnaire's ids live in one place here.
#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace nok::test {

// Every yes/no question answered «да», no demographics or suggestion.
inline nlohmann::json allYesAnswers() {
    return nlohmann::json{{"stand_used", "yes"},
                          {"stand_satisfied", "yes"},
                          {"site_used", "yes"},
                          {"site_satisfied", "yes"},
                          {"timely", "yes"},
                          {"comfort_satisfied", "yes"},
                          {"disability", "yes"},
                          {"accessibility_satisfied", "yes"},
                          {"staff_first_contact", "yes"},
                          {"staff_service", "yes"},
                          {"remote_used", "yes"},
                          {"remote_polite", "yes"},
                          {"recommend", "yes"},
                          {"organisational_satisfied", "yes"},
                          {"overall_satisfied", "yes"}};
}

// The shortest complete path: stand, site, disability and distance channels answered «нет»,
// their follow-ups absent; every other yes/no question «да".
inline nlohmann::json shortPathAnswers() {
    nlohmann::json a = allYesAnswers();
    for (const char* used : {"stand_used", "site_used", "disability", "remote_used"}) a[used] = "no";
    for (const char* followUp : {"stand_satisfied", "site_satisfied", "accessibility_satisfied", "remote_polite"})
        a.erase(followUp);
    return a;
}

// The same answers as the web questionnaire's form posts them: every value a string, numbers as
// typed. Callers add the form's own fields (csrf, invitation).
inline std::multimap<std::string, std::string> asFormFields(const nlohmann::json& answers) {
    std::multimap<std::string, std::string> form;
    for (const auto& [id, value] : answers.items())
        form.emplace(id, value.is_string() ? value.get<std::string>() : value.dump());
    return form;
}

} // namespace nok::test
