// `plan draft | import | export`: an organisation's improvement plan (nok-plan/1). The draft
// comes from the campaign's results (one item per shortcoming); import checks the whole document
// against the stored data and replaces the plan in one transaction, or stores nothing and names
// the JSON path of the problem; export writes one plan or all of a campaign's as JSON, the CSV
// table or the printable HTML form.
#include "cli/commands.h"
#include "cli/output_file.h"
#include "report/plan_documents.h"
#include "service/plan_document.h"
#include "service/plan_service.h"
#include "storage/server_database.h"

#include <ctime>
#include <fstream>
#include <ostream>
#include <sstream>

namespace nok::server::cli {

namespace {

constexpr std::size_t kMaxPlanBytes = 8 * 1024 * 1024;

Result<nlohmann::json> readPlanFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("file_unreadable", "cannot open the file", path);
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().size() > kMaxPlanBytes)
        return makeError("file_too_large", "a plan file is at most 8 MiB", path);
    try {
        return nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& e) {
        return makeError("invalid_plan", "not valid JSON (byte " + std::to_string(e.byte) + ")",
                         path);
    }
}

Status writeOut(const Arguments& args, Io& io, const std::string& bytes) {
    if (auto out = args.get("out")) return writeFileAtomically(*out, bytes);
    io.out << bytes;
    return {};
}

int planDraft(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto scored = scoreStoredCampaign(**db, {.campaign = *args.get("campaign")});
    if (!scored) return reportError(io, scored.error());
    auto draft = draftPlan(*scored, *args.get("org"));
    if (!draft) return reportError(io, draft.error());
    if (auto s = writeOut(args, io, draft->dump(2) + "\n"); !s) return reportError(io, s.error());
    return kExitOk;
}

int planImport(const Arguments& args, Io& io) {
    const std::string file = args.positional.front();
    auto doc = readPlanFile(file);
    if (!doc) return reportError(io, doc.error());
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    std::optional<ScoredCampaign> scored;
    const ScoredLookup lookup = [&](const std::string& campaign) -> Result<const ScoredCampaign*> {
        auto s = scoreStoredCampaign(**db, {.campaign = campaign});
        if (!s) return s.error();
        scored = std::move(*s);
        return &*scored;
    };
    auto plan = importPlan(**db, *doc, lookup, "cli", static_cast<std::int64_t>(std::time(nullptr)));
    if (!plan) {
        Error e = plan.error();
        // "FILE: items[3].due: message": the file and the place in it.
        e.field = e.field.empty() ? file : file + ": " + e.field;
        return reportError(io, e);
    }
    io.out << "plan of " << plan->org << " for " << plan->campaign << " stored ("
           << plan->items.size() << " items); it replaces the previous one\n";
    return kExitOk;
}

int planExport(const Arguments& args, Io& io) {
    const std::string format = args.get("format").value_or("json");
    if (format != "json" && format != "csv" && format != "html")
        return reportError(io, makeError("invalid_argument",
                                         "must be json, csv or html, got '" + format + "'",
                                         "--format"));
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    const std::string campaign = *args.get("campaign");
    std::vector<PlanRecord> plans;
    if (auto org = args.get("org")) {
        auto plan = planOf(**db, campaign, *org);
        if (!plan) return reportError(io, plan.error());
        plans.push_back(std::move(*plan));
    } else {
        auto all = plansOf(**db, campaign);
        if (!all) return reportError(io, all.error());
        plans = std::move(*all);
    }
    std::string bytes;
    if (format == "json") {
        bytes = (args.has("org") ? planJson(plans.front()) : plansJson(campaign, plans)).dump(2) +
                "\n";
    } else {
        auto labels = planLabels(**db, campaign);
        if (!labels) return reportError(io, labels.error());
        bytes = format == "csv" ? report::renderPlansCsv(plans, *labels)
                                : report::renderPlansHtml(plans, *labels);
    }
    if (auto s = writeOut(args, io, bytes); !s) return reportError(io, s.error());
    return kExitOk;
}

OptionSpec campaignOption() {
    return {"campaign", true, false, true, "ID", "the campaign"};
}

} // namespace

Command planDraftCommand() {
    Command c;
    c.name = "plan draft";
    c.synopsis = "--db FILE --campaign ID --org ID [--out FILE]";
    c.summary = "a draft improvement plan (nok-plan/1): one item per shortcoming in the results";
    c.options = {dbOption(), campaignOption(),
                 {"org", true, false, true, "ID", "the organisation"},
                 {"out", true, false, false, "FILE", "write here instead of stdout"}};
    c.run = planDraft;
    return c;
}

Command planImportCommand() {
    Command c;
    c.name = "plan import";
    c.synopsis = "--db FILE PLAN.json";
    c.summary = "store an organisation's plan, replacing its previous one (all or nothing)";
    c.options = {dbOption()};
    c.minPositional = 1;
    c.maxPositional = 1;
    c.run = planImport;
    return c;
}

Command planExportCommand() {
    Command c;
    c.name = "plan export";
    c.synopsis = "--db FILE --campaign ID [--org ID] [--format json|csv|html] [--out FILE]";
    c.summary = "one plan (--org) or all of a campaign's: json (default), csv or printable html";
    c.options = {dbOption(), campaignOption(),
                 {"org", true, false, false, "ID", "only this organisation's plan"},
                 {"format", true, false, false, "FORMAT", "json (default), csv or html"},
                 {"out", true, false, false, "FILE", "write here (atomically) instead of stdout"}};
    c.run = planExport;
    return c;
}

} // namespace nok::server::cli
