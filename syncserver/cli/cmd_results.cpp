#include "cli/commands.h"

#include "cli/output_file.h"
#include "report/results_csv.h"
#include "report/results_html.h"
#include "service/report_source.h"
#include "service/results_json_writer.h"
#include "service/results_service.h"
#include "storage/server_database.h"

#include <ostream>

namespace nok::server::cli {

Command resultsCommand() {
    Command c;
    c.name = "results";
    c.synopsis = "--db FILE --campaign ID [--format json|csv|html] [--out FILE] "
                 "[--brief] [--csv-dialect excel-ru] [--methodology ID|FILE] "
                 "[--evidence none|inline] [--compare PREVIOUS_ID | --no-compare]";
    c.summary = "the scored results of a campaign: json (default, to stdout), csv or a printable "
                "html report";
    c.options = {
        dbOption(),
        {"campaign", true, false, true, "ID", "the campaign to score"},
        {"format", true, false, false, "FORMAT", "json (default), csv or html"},
        {"out", true, false, false, "FILE", "write here (atomically) instead of stdout"},
        {"brief", false, false, false, "",
         "json: each organisation's totals, criteria, ranks and warnings only, no regional "
         "summary (for dashboards and scripts)"},
        {"csv-dialect", true, false, false, "DIALECT",
         "standard (comma, decimal point; default) or excel-ru (semicolon, decimal comma)"},
        {"methodology", true, false, false, "ID|FILE",
         "score with this methodology instead of the campaign's"},
        {"evidence", true, false, false, "MODE",
         "html: none (default; photos listed by sha256) or inline (photos embedded, self-contained)"},
        {"compare", true, false, false, "ID",
         "add each organisation's figures in that earlier campaign and the change (default: the "
         "campaign the dataset names as previous, if imported)"},
        {"no-compare", false, false, false, "",
         "no comparison, even when the dataset names a previous campaign"}};
    c.run = [](const Arguments& args, Io& io) {
        const std::string format = args.get("format").value_or("json");
        if (format != "json" && format != "csv" && format != "html")
            return reportError(io, makeError("invalid_argument",
                                             "must be json, csv or html, got '" + format + "'",
                                             "--format"));
        auto dialect = report::parseCsvDialect(args.get("csv-dialect").value_or("standard"));
        if (!dialect)
            return reportError(
                io, makeError("invalid_argument", "must be standard or excel-ru", "--csv-dialect"));
        const std::string evidence = args.get("evidence").value_or("none");
        if (evidence != "none" && evidence != "inline")
            return reportError(io, makeError("invalid_argument",
                                             "must be none or inline, got '" + evidence + "'",
                                             "--evidence"));
        if (args.has("evidence") && format != "html")
            return reportError(
                io, makeError("invalid_argument", "applies only to --format html", "--evidence"));
        if (args.has("brief") && format != "json")
            return reportError(
                io, makeError("invalid_argument", "applies only to --format json", "--brief"));
        if (args.has("csv-dialect") && format != "csv")
            return reportError(
                io, makeError("invalid_argument", "applies only to --format csv", "--csv-dialect"));
        auto db = openServerDatabase(*args.get("db"), false);
        if (!db) return reportError(io, db.error());
        if (args.has("compare") && args.has("no-compare"))
            return reportError(io, makeError("invalid_argument", "cannot be used with --compare",
                                             "--no-compare"));
        const ResultsRequest request{*args.get("campaign"), args.get("methodology"),
                                     args.has("no-compare") ? std::optional<std::string>("")
                                                            : args.get("compare")};
        auto scored = scoreStoredCampaign(**db, request);
        if (!scored) return reportError(io, scored.error());
        std::unique_ptr<AtomicFile> file;
        if (auto out = args.get("out")) {
            auto created = AtomicFile::create(*out);
            if (!created) return reportError(io, created.error());
            file = std::move(*created);
        }
        const TextSink sink = [&](std::string_view piece) -> Status {
            if (file) return file->write(piece);
            io.out << piece;
            return {};
        };
        Status written;
        if (format == "json" && args.has("brief")) {
            ResultsJsonOptions brief;
            brief.form = OrgForm::Brief;
            brief.summary = false;
            written = writeResultsJson(*scored, 1, sink, brief);
            if (written) written = sink("\n");
        } else if (format == "json") {
            // Streamed: a region of thousands of organisations never sits in memory as one tree.
            written = writeResultsJson(std::move(*scored), 1, sink);
            if (written) written = sink("\n");
        } else if (format == "csv") {
            written = sink(report::renderResultsCsv(
                resultsTree(std::move(*scored), {OrgForm::Report, true, nullptr}), *dialect));
        } else {
            auto context = reportLabelsAndProposals(**db, request);
            if (!context) return reportError(io, context.error());
            context->evidence = evidence == "inline" ? EvidenceMode::Inline : EvidenceMode::Hashes;
            // Written as it is rendered, one organisation at a time: the results tree and the
            // document of 5,000 organisations took most of the memory.
            auto source = ScoredReportSource::create(**db, *scored, std::move(*context));
            if (!source) return reportError(io, source.error());
            written = report::writeResultsHtml(*source, sink);
        }
        if (!written) return reportError(io, written.error());
        if (file)
            if (auto st = file->commit(); !st) return reportError(io, st.error());
        return kExitOk;
    };
    return c;
}

} // namespace nok::server::cli
