// `campaign approve | reopen`: the public council's decision on a campaign's results
// (service/approval_service.h). Recorded as done by "cli" with today's UTC date.
#include "cli/commands.h"
#include "service/approval_service.h"
#include "storage/server_database.h"

#include "nok/survey/response_payload.h"

#include <ctime>
#include <ostream>

namespace nok::server::cli {

namespace {

Actor cliActor() {
    return {"cli", survey::todayUtc(), static_cast<std::int64_t>(std::time(nullptr))};
}

int approve(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto a = approveCampaign(**db, *args.get("campaign"), *args.get("protocol"), cliActor());
    if (!a) return reportError(io, a.error());
    io.out << "campaign '" << a->campaign << "' approved (" << a->protocol << ", recorded "
           << a->approvedOn << "); its data can no longer change until `campaign reopen`\n";
    return kExitOk;
}

int reopen(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    if (auto s = reopenCampaign(**db, *args.get("campaign"), *args.get("reason"), cliActor()); !s)
        return reportError(io, s.error());
    io.out << "approval of campaign '" << *args.get("campaign")
           << "' withdrawn; its data may change again\n";
    return kExitOk;
}

} // namespace

Command campaignApproveCommand() {
    Command c;
    c.name = "campaign approve";
    c.synopsis = "--db FILE --campaign ID --protocol TEXT";
    c.summary = "record the council's approval of the results; later data changes are refused";
    c.options = {dbOption(),
                 {"campaign", true, false, true, "ID", "the campaign"},
                 {"protocol", true, false, true, "TEXT",
                  "the council's protocol, e.g. \"№ 12 от 28.09.2026\""}};
    c.run = approve;
    return c;
}

Command campaignReopenCommand() {
    Command c;
    c.name = "campaign reopen";
    c.synopsis = "--db FILE --campaign ID --reason TEXT";
    c.summary = "withdraw the approval (recorded with the reason) so the data may change again";
    c.options = {dbOption(),
                 {"campaign", true, false, true, "ID", "the campaign"},
                 {"reason", true, false, true, "TEXT", "why the approval is withdrawn"}};
    c.run = reopen;
    return c;
}

} // namespace nok::server::cli
