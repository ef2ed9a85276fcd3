// The page that asks for an invitation code before the questionnaire of an organisation that
// issued codes (the rule: service/invitation_service.h). A GET form on the survey address itself
// (`?code=`), so a printed link with the code opens the questionnaire directly; the code is
// checked there without being spent. Pure function of its data; every data text is escaped.
#pragma once

#include "web/html.h"

#include <string>

namespace nok::web {

struct InvitationGate {
    Display display;
    std::string campaignId, campaignTitle;
    std::string orgId, orgName;
    std::string code;  // what was typed, shown back after an error
    std::string error; // empty on first display
};

[[nodiscard]] std::string renderInvitationPage(const InvitationGate& gate);

// The respondent-facing text for an invitation error code ("invitation_used", ...).
[[nodiscard]] std::string invitationErrorText(const Display& d, const std::string& code);

} // namespace nok::web
