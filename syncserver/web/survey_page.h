// Pages of the online questionnaire: the form (one page, in sections by criterion, every
// question a fieldset with its number, hint, skip condition and error), the thank-you page and
// the short message pages (not found, too many attempts, expired form). Pure functions of their
// data; every data text goes through escape().
#pragma once

#include "nok/survey/questionnaire.h"
#include "web/html.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace nok::web {

struct SurveyForm {
    Display display;
    std::string campaignId, campaignTitle;
    std::string orgId, orgName;
    const survey::Questionnaire* questionnaire = nullptr;
    nlohmann::json answers = nlohmann::json::object(); // re-filled after an error
    std::map<std::string, std::string> errors;         // question id or "invitation" → message
    bool invitationRequired = false;
    std::string invitation;
    std::string csrfToken;
};

// "?lang=en&contrast=high&size=large" for the current display (empty parts left out), with
// one setting changed when `key` is given.
[[nodiscard]] std::string displayQuery(const Display& d, const std::string& key = {},
                                       const std::string& value = {});
// Language and display switches as links (they work without JavaScript).
[[nodiscard]] std::string displaySwitches(const Display& d, const std::string& path);

[[nodiscard]] std::string surveyFormAction(const std::string& campaignId, const std::string& orgId);
[[nodiscard]] std::string renderSurveyPage(const SurveyForm& form);
[[nodiscard]] std::string renderThanksPage(const Display& d, const std::string& campaignTitle,
                                           const std::string& orgName);
// A short page with a title, a message and optionally one link (e.g. back to the form).
[[nodiscard]] std::string renderMessagePage(const Display& d, const std::string& title,
                                            const std::string& message,
                                            const std::string& linkHref = {},
                                            const std::string& linkText = {});

} // namespace nok::web
