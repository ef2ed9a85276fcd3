// `checklist import` and `checklist show`: the council replaces the expert checklist the devices
// receive (validated like the built-in one; every import is a new version, the newest is current)
// and prints the current one.
#include "cli/commands.h"
#include "nok/survey/response_payload.h"
#include "service/checklist_service.h"
#include "storage/server_database.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace nok::server::cli {

namespace {

constexpr std::size_t kMaxChecklistBytes = 4 * 1024 * 1024;

Result<std::string> readChecklistFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("file_unreadable", "cannot open the file", path);
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().size() > kMaxChecklistBytes)
        return makeError("file_too_large", "a checklist file is at most 4 MiB", path);
    return text.str();
}

int checklistImport(const Arguments& args, Io& io) {
    const std::string file = args.positional.front();
    auto text = readChecklistFile(file);
    if (!text) return reportError(io, text.error());
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto version = importChecklist(**db, *text, survey::todayUtc());
    if (!version) {
        Error e = version.error();
        // "FILE: items[3].name.en: message": the file and the place in it.
        e.field = e.field.empty() ? file : file + ": " + e.field;
        return reportError(io, e);
    }
    auto current = currentChecklist(**db);
    if (!current) return reportError(io, current.error());
    io.out << "checklist " << current->checklist.id << " imported as version " << *version << " ("
           << current->checklist.items.size() << " items); devices receive it at their next config pull\n";
    return kExitOk;
}

int checklistShow(const Arguments& args, Io& io) {
    auto db = openServerDatabase(*args.get("db"), false);
    if (!db) return reportError(io, db.error());
    auto current = currentChecklist(**db);
    if (!current) return reportError(io, current.error());
    io.out << current->json;
    if (current->json.empty() || current->json.back() != '\n') io.out << "\n";
    return kExitOk;
}

} // namespace

Command checklistImportCommand() {
    Command c;
    c.name = "checklist import";
    c.synopsis = "--db FILE CHECKLIST.json";
    c.summary = "replace the expert checklist (nok-checklist/1) devices receive; kept as a new version";
    c.options = {dbOption()};
    c.minPositional = 1;
    c.maxPositional = 1;
    c.run = checklistImport;
    return c;
}

Command checklistShowCommand() {
    Command c;
    c.name = "checklist show";
    c.synopsis = "--db FILE";
    c.summary = "print the current expert checklist as JSON";
    c.options = {dbOption()};
    c.run = checklistShow;
    return c;
}

} // namespace nok::server::cli
