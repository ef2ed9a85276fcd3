#include "cli/commands.h"

#include "service/import_service.h"
#include "storage/server_database.h"

#include <ostream>

namespace nok::server::cli {

namespace {

constexpr std::size_t kErrorsShown = 20;

int reportProblems(Io& io, const std::vector<Error>& errors) {
    for (std::size_t i = 0; i < errors.size() && i < kErrorsShown; ++i)
        io.err << "nok-server: error: " << errors[i].describe() << "\n";
    if (errors.size() > kErrorsShown)
        io.err << "nok-server: error: ... and " << errors.size() - kErrorsShown
               << " more problems\n";
    io.err << "nok-server: error: nothing was imported (";
    if (errors.size() >= Problems::kLimit)
        io.err << "at least " << errors.size() << " problems; the check stopped there)\n";
    else
        io.err << errors.size() << (errors.size() == 1 ? " problem" : " problems") << ")\n";
    return errors.size() == 1 && errors.front().code == "invalid_argument" ? kExitUsage
                                                                           : kExitFailure;
}

} // namespace

Command importCommand() {
    Command c;
    c.name = "import";
    c.synopsis = "--db FILE DATASET.json | --db FILE --campaign ID PAPER.csv";
    c.summary = "import a campaign dataset (nok-dataset/1) or a CSV of paper questionnaires; all "
                "or nothing, idempotent by ids";
    c.options = {dbOption(),
                 {"campaign", true, false, false, "ID",
                  "the campaign a CSV of paper questionnaires belongs to"}};
    c.minPositional = 1;
    c.maxPositional = 1;
    c.run = [](const Arguments& args, Io& io) {
        const std::string file = args.positional.front();
        ImportOptions options;
        options.format = formatForPath(file);
        options.campaign = args.get("campaign");
        auto db = openServerDatabase(*args.get("db"), false);
        if (!db) return reportError(io, db.error());
        const auto outcome = importFile(**db, file, options);
        if (!outcome.ok()) return reportProblems(io, outcome.errors);
        const auto& r = outcome.report;
        if (!r.changedAnything()) {
            io.out << "campaign " << r.campaign << ": nothing new (" << r.responsesAlreadyStored
                   << " responses already stored)\n";
            return kExitOk;
        }
        io.out << "campaign " << r.campaign << ": " << r.responsesStored << " responses stored, "
               << r.responsesAlreadyStored << " already stored, " << r.organizationsChanged
               << " organisations added or changed, " << r.expertVersionsAdded
               << " expert records added" << (r.campaignChanged ? ", campaign record written" : "")
               << "\n";
        return kExitOk;
    };
    return c;
}

} // namespace nok::server::cli
