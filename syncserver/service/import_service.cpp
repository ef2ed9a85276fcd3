#include "service/import_service.h"

#include "nok/survey/questionnaire.h"
#include "service/dataset_import.h"
#include "service/import_run.h"
#include "service/paper_csv.h"
#include "storage/campaign_store.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace nok::server {

namespace {

ImportOutcome failure(Error e) {
    ImportOutcome out;
    out.errors.push_back(std::move(e));
    return out;
}

std::optional<std::string> questionnaireOf(sqlite::Database& db, const std::string& campaign,
                                           Error& error) {
    auto c = findCampaign(db, campaign);
    if (!c) {
        error = c.error();
        return std::nullopt;
    }
    if (!*c) {
        error = makeError("unknown_campaign",
                          "no campaign '" + campaign +
                              "' in the database (import its nok-dataset/1 file first)",
                          "--campaign");
        return std::nullopt;
    }
    return (*c)->questionnaire;
}

} // namespace

ImportFormat formatForPath(const std::string& path) {
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.size() >= 4 && lower.compare(lower.size() - 4, 4, ".csv") == 0
               ? ImportFormat::PaperCsv
               : ImportFormat::Json;
}

// A CSV of paper questionnaires is small enough to check as a whole; its responses then go
// through the same ImportRun as a streamed dataset's.
ImportOutcome importPaperCsv(sqlite::Database& db, std::string_view text,
                             const ImportOptions& options) {
    if (!options.campaign)
        return failure(makeError("invalid_argument",
                                 "is required for a CSV of paper questionnaires (the CSV has "
                                 "no campaign block)",
                                 "--campaign"));
    Error error;
    auto key = questionnaireOf(db, *options.campaign, error);
    if (!key) return failure(error);
    auto q = survey::builtinQuestionnaire(*key);
    if (!q) return failure(q.error());
    Problems problems;
    auto ds = parsePaperCsv(text, *options.campaign, *q, problems, options.today);
    if (!ds) return {problems.take(), {}};
    ImportRun run(db, problems);
    if (auto st = run.begin(*ds); !st) return failure(st.error());
    for (const auto& r : ds->responses) {
        if (problems.full()) break;
        if (auto st = run.add(r); !st) return failure(st.error());
    }
    ImportReport report;
    if (auto st = run.finish(report); !st) return failure(st.error());
    if (!problems.empty()) return {problems.take(), {}};
    return {{}, report};
}

ImportOutcome importText(sqlite::Database& db, std::string_view text,
                         const ImportOptions& options) {
    if (options.format == ImportFormat::Json)
        return importDatasetJson(db, textDatasetInput(text), options);
    return importPaperCsv(db, text, options);
}

ImportOutcome importFile(sqlite::Database& db, const std::string& path,
                         const ImportOptions& options) {
    if (options.format == ImportFormat::Json) {
        if (!std::ifstream(path, std::ios::binary))
            return failure(makeError("io", "cannot open the file", path));
        return importDatasetJson(db, fileDatasetInput(path), options);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return failure(makeError("io", "cannot open the file", path));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return failure(makeError("io", "cannot read the file", path));
    return importText(db, buffer.str(), options);
}

} // namespace nok::server
