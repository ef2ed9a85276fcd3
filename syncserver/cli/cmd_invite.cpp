// `invite create` and `invite list`: single-use invitation codes for the web questionnaire of one
// organisation (service/invitation_service). The codes are printed once, on stdout one per line
// (the header goes to stderr, so `> codes.txt` holds only codes), optionally with the printable
// A4 sheet; `list` shows counts per batch, never which code was used or when.
#include "cli/commands.h"
#include "cli/output_file.h"
#include "report/invitation_sheet.h"
#include "service/invitation_service.h"
#include "storage/server_database.h"

#include <ctime>
#include <ostream>

namespace nok::server::cli {

namespace {

// Service errors name the request field; on the command line they name the option.
Error asOption(Error e) {
    if (e.field == "count" || e.field == "campaign" || e.field == "org") e.field = "--" + e.field;
    return e;
}

int inviteCreate(const Arguments& args, Io& io) {
    auto count = args.getInt("count", 1, kMaxInvitationsPerBatch);
    if (!count) return reportError(io, count.error());
    const auto baseUrl = args.get("base-url");
    const auto sheetPath = args.get("sheet");
    if (baseUrl)
        if (auto s = checkBaseUrl(*baseUrl, "--base-url"); !s) return reportError(io, s.error());
    if (sheetPath && !baseUrl)
        return reportError(io, makeError("invalid_argument",
                                         "is required with --sheet (the address printed on it)",
                                         "--base-url"));
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto issued = issueInvitations(**db, *args.get("campaign"), *args.get("org"),
                                   static_cast<int>(**count), "cli",
                                   static_cast<std::int64_t>(std::time(nullptr)));
    if (!issued) return reportError(io, asOption(issued.error()));
    const std::string url =
        baseUrl ? report::surveyAddress(*baseUrl, issued->campaign, issued->org) : std::string();
    io.err << issued->codes.size() << " invitation code(s) for " << issued->org << " of "
           << issued->campaign << ", batch " << issued->batch
           << "; each usable once, shown only now" << (url.empty() ? "" : "; survey: " + url)
           << "\n";
    for (const auto& code : issued->codes)
        io.out << code << "\n";
    if (sheetPath) {
        report::InvitationSheet sheet{issued->campaignTitle, issued->orgName, issued->batch,
                                      issued->createdDay, url, issued->codes};
        // The codes are stored already; a failed sheet leaves them printed on stdout above.
        if (auto s = writeFileAtomically(*sheetPath, report::renderInvitationSheet(sheet)); !s)
            return reportError(io, s.error());
        io.err << "sheet written: " << *sheetPath << "\n";
    }
    return kExitOk;
}

int inviteList(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto counts = invitationCounts(**db, *args.get("campaign"), args.get("org"));
    if (!counts) return reportError(io, asOption(counts.error()));
    if (counts->empty()) {
        io.out << "no invitations issued\n";
        return kExitOk;
    }
    io.out << "org\tbatch\tcreated\tissued\tused\tunused\n";
    for (const auto& c : *counts)
        io.out << c.org << "\t" << c.batch << "\t" << c.createdDay << "\t" << c.issued << "\t"
               << c.used << "\t" << (c.issued - c.used) << "\n";
    return kExitOk;
}

} // namespace

Command inviteCreateCommand() {
    Command c;
    c.name = "invite create";
    c.synopsis = "--db FILE --campaign ID --org ID --count N [--base-url URL] [--sheet FILE.html]";
    c.summary = "issue N single-use invitation codes for the web questionnaire (stdout)";
    c.options = {dbOption(),
                 {"campaign", true, false, true, "ID", "the campaign"},
                 {"org", true, false, true, "ID", "the organisation of the campaign"},
                 {"count", true, false, true, "N", "how many codes, 1 to 1000"},
                 {"base-url", true, false, false, "URL", "the server's public address"},
                 {"sheet", true, false, false, "FILE", "write a printable A4 sheet of the codes"}};
    c.run = inviteCreate;
    return c;
}

Command inviteListCommand() {
    Command c;
    c.name = "invite list";
    c.synopsis = "--db FILE --campaign ID [--org ID]";
    c.summary = "invitation codes issued, used and unused per organisation and batch";
    c.options = {dbOption(),
                 {"campaign", true, false, true, "ID", "the campaign"},
                 {"org", true, false, false, "ID", "only this organisation"}};
    c.run = inviteList;
    return c;
}

} // namespace nok::server::cli
