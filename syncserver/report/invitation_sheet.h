// The printable sheet of one batch of invitation codes: A4 pages of cut-out cards, each with the
// organisation, the campaign, the survey address, a short instruction in Russian and the code in
// large monospace type. Made only when the batch is issued (the plain codes are never stored, so
// the sheet cannot be printed again later). A pure function; every text is escaped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nok::server::report {

struct InvitationSheet {
    std::string campaignTitle;
    std::string orgName;
    std::string batch;
    std::string createdDay;
    std::string surveyUrl; // <base-url>/survey/<campaign>/<org>
    std::vector<std::string> codes;
};

[[nodiscard]] std::string renderInvitationSheet(const InvitationSheet& sheet);

// "<base>/survey/<campaign>/<org>" with ids percent-encoded and one slash between the parts.
[[nodiscard]] std::string surveyAddress(std::string_view baseUrl, std::string_view campaign,
                                        std::string_view org);

} // namespace nok::server::report
