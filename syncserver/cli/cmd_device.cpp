// `device code`, `device list`, `device revoke`: enrolment codes and device administration.
#include "cli/commands.h"
#include "service/device_admin.h"
#include "service/enrolment_service.h"
#include "storage/server_database.h"

#include <ctime>
#include <ostream>

namespace nok::server::cli {

namespace {

std::int64_t now() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

int deviceCode(const Arguments& args, Io& io) {
    auto ttl = args.getInt("ttl-hours", 1, 24 * 90);
    if (!ttl) return reportError(io, ttl.error());
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    const std::int64_t hours = ttl->value_or(24);
    auto code = issueEnrolCode(**db, args.all("org"), hours * 3600, now());
    if (!code) return reportError(io, code.error());
    io.out << "enrolment code for " << args.all("org").size() << " organisation(s), valid " << hours
           << " hour(s), usable once:\n"
           << *code << "\n";
    return kExitOk;
}

int deviceList(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto devices = summarizeDevices(**db);
    if (!devices) return reportError(io, devices.error());
    if (devices->empty()) io.out << "no devices enrolled\n";
    for (const auto& d : *devices) {
        std::string orgs;
        for (const auto& o : d.orgs)
            orgs += (orgs.empty() ? "" : ",") + o;
        io.out << d.device.id << "  "
               << (d.device.revoked ? "revoked " + d.device.revokedDay.value_or("") : "active")
               << "  label=\"" << d.device.label << "\"  orgs=" << orgs
               << "  enrolled=" << d.device.enrolledDay << "  stored=" << d.stored
               << "  last_seq=" << d.device.lastSeq << "  missing_seq=" << formatRanges(d.gaps)
               << "  over_daily_limit=" << d.overLimit << "\n";
    }
    return kExitOk;
}

int deviceRevoke(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    const auto& id = args.positional.front();
    if (auto s = revokeDeviceAudited(**db, id, "cli", now()); !s) return reportError(io, s.error());
    io.out << "revoked " << id << "\n";
    return kExitOk;
}

} // namespace

Command deviceCodeCommand() {
    Command c;
    c.name = "device code";
    c.synopsis = "--db FILE --org ID [--org ID...] [--ttl-hours N]";
    c.summary = "issue a one-time enrolment code for a kiosk or tablet (last line of stdout)";
    c.options = {dbOption(),
                 {"org", true, true, true, "ID", "organisation the device answers for"},
                 {"ttl-hours", true, false, false, "N", "hours the code stays valid (default 24)"}};
    c.run = deviceCode;
    return c;
}

Command deviceListCommand() {
    Command c;
    c.name = "device list";
    c.synopsis = "--db FILE";
    c.summary = "list devices with organisations, state and missing seq ranges";
    c.options = {dbOption()};
    c.run = deviceList;
    return c;
}

Command deviceRevokeCommand() {
    Command c;
    c.name = "device revoke";
    c.synopsis = "--db FILE ID";
    c.summary = "revoke a device: a running server refuses its batches at once";
    c.options = {dbOption()};
    c.minPositional = c.maxPositional = 1;
    c.run = deviceRevoke;
    return c;
}

} // namespace nok::server::cli
