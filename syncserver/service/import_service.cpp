#include "service/import_service.h"

#include "nok/crypto/crypto.h"
#include "nok/survey/questionnaire.h"
#include "service/dataset_json.h"
#include "service/paper_csv.h"
#include "storage/campaign_store.h"
#include "storage/expert_store.h"
#include "storage/response_store.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace nok::server {

namespace {

// What a valid dataset would change; computed with reads only.
struct Plan {
    bool writeCampaign = false;
    std::vector<const OrganizationRecord*> organizations;
    std::vector<const ExpertEntry*> expert;
    std::vector<const ResponseEntry*> responses;
    int alreadyStored = 0;
    [[nodiscard]] bool empty() const {
        return !writeCampaign && organizations.empty() && expert.empty() && responses.empty();
    }
};

Status planOrganizations(sqlite::Database& db, const Dataset& ds, Plan& plan,
                         std::set<std::string>& known) {
    auto stored = listOrganizations(db, ds.campaignId);
    if (!stored) return stored.error();
    std::map<std::string, const OrganizationRecord*> byId;
    for (const auto& o : *stored) {
        known.insert(o.id);
        byId[o.id] = &o;
    }
    for (const auto& e : ds.organizations) {
        known.insert(e.record.id);
        auto it = byId.find(e.record.id);
        if (it == byId.end() || !(*it->second == e.record)) plan.organizations.push_back(&e.record);
    }
    return {};
}

Status planExpert(sqlite::Database& db, const Dataset& ds, const std::set<std::string>& known,
                  Plan& plan, Problems& problems) {
    for (const auto& e : ds.expert) {
        if (!known.count(e.org)) {
            problems.add("unknown_organization",
                         "no organisation '" + e.org + "' in this dataset or campaign '" +
                             ds.campaignId + "'",
                         e.place.field("org"));
            continue;
        }
        auto latest = latestExpertRecord(db, ds.campaignId, e.org);
        if (!latest) return latest.error();
        if (!*latest || (*latest)->contentHash != crypto::sha256Hex(e.recordJson))
            plan.expert.push_back(&e);
    }
    return {};
}

Status planResponses(sqlite::Database& db, const Dataset& ds, const std::set<std::string>& known,
                     Plan& plan, Problems& problems) {
    std::map<std::string, const ResponseEntry*> inFile;
    for (const auto& r : ds.responses) {
        if (problems.full()) break;
        if (!known.count(r.org)) {
            problems.add("unknown_organization",
                         "no organisation '" + r.org + "' in this dataset or campaign '" +
                             ds.campaignId + "'",
                         r.place.field("org"));
            continue;
        }
        if (auto [it, fresh] = inFile.emplace(r.id, &r); !fresh) {
            if (it->second->payload != r.payload)
                problems.add("conflict",
                             "response id " + r.id +
                                 " appears again with other content (first at " +
                                 it->second->place.base + ")",
                             r.place.field("id"));
            continue; // an identical repeat is the same response
        }
        auto hash = storedContentHash(db, r.id);
        if (!hash) return hash.error();
        if (!*hash)
            plan.responses.push_back(&r);
        else if (**hash == crypto::sha256Hex(r.payload))
            ++plan.alreadyStored;
        else
            problems.add("conflict",
                         "response id " + r.id +
                             " is already stored with other content; nothing was imported",
                         r.place.field("id"));
    }
    return {};
}

ImportOutcome failure(Error e) {
    ImportOutcome out;
    out.errors.push_back(std::move(e));
    return out;
}

ImportOutcome commitPlan(sqlite::Database& db, const Dataset& ds, const Plan& plan,
                         ImportReport report) {
    const std::string& questionnaire = ds.questionnaire;
    sqlite::Transaction tx(db);
    if (auto st = tx.begun(); !st) return failure(st.error());
    if (plan.writeCampaign) {
        auto changed = upsertCampaign(db, *ds.campaign);
        if (!changed) return failure(changed.error());
        report.campaignChanged = *changed;
    }
    for (const auto* o : plan.organizations) {
        auto changed = upsertOrganization(db, *o);
        if (!changed) return failure(changed.error());
        report.organizationsChanged += *changed ? 1 : 0;
    }
    for (const auto* e : plan.expert) {
        auto added = appendExpertRecord(db, ds.campaignId, e->org, e->recordJson, "import");
        if (!added) return failure(added.error().under(e->place.base));
        report.expertVersionsAdded += *added ? 1 : 0;
    }
    for (const auto* r : plan.responses) {
        NewResponse nr{r->id,         ds.campaignId, r->org,       r->channel,
                       questionnaire, r->day,        "import",     std::nullopt,
                       std::nullopt,  r->payload,    std::nullopt, r->answersJson,
                       std::nullopt,  {}};
        auto outcome = insertResponse(db, nr);
        if (!outcome) return failure(outcome.error().under(r->place.base));
        if (*outcome == InsertOutcome::Conflict) // stored by someone else since the check
            return failure(makeError("conflict",
                                     "response id " + r->id +
                                         " is already stored with other content; nothing was "
                                         "imported",
                                     r->place.field("id")));
        if (*outcome == InsertOutcome::Stored)
            ++report.responsesStored;
        else
            ++report.responsesAlreadyStored;
    }
    if (auto st = tx.commit(); !st) return failure(st.error());
    ImportOutcome out;
    out.report = report;
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

ImportOutcome importText(sqlite::Database& db, std::string_view text,
                         const ImportOptions& options) {
    Problems problems;
    std::optional<Dataset> ds;
    if (options.format == ImportFormat::Json) {
        ds = parseDatasetJson(text, problems);
        if (ds && options.campaign && *options.campaign != ds->campaignId)
            return failure(makeError("invalid_argument",
                                     "the dataset is for campaign '" + ds->campaignId + "'",
                                     "--campaign"));
    } else {
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
        ds = parsePaperCsv(text, *options.campaign, *q, problems);
    }
    if (!ds) return {problems.take(), {}};

    Plan plan;
    if (ds->campaign) {
        auto stored = findCampaign(db, ds->campaignId);
        if (!stored) return failure(stored.error());
        plan.writeCampaign = !*stored || !(**stored == *ds->campaign);
    }
    std::set<std::string> known;
    if (auto st = planOrganizations(db, *ds, plan, known); !st) return failure(st.error());
    if (auto st = planExpert(db, *ds, known, plan, problems); !st) return failure(st.error());
    if (auto st = planResponses(db, *ds, known, plan, problems); !st) return failure(st.error());
    if (!problems.empty()) return {problems.take(), {}};

    ImportReport report;
    report.campaign = ds->campaignId;
    report.responsesAlreadyStored = plan.alreadyStored;
    if (plan.empty()) return {{}, report}; // nothing new: no write transaction at all
    return commitPlan(db, *ds, plan, report);
}

ImportOutcome importFile(sqlite::Database& db, const std::string& path,
                         const ImportOptions& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return failure(makeError("io", "cannot open the file", path));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return failure(makeError("io", "cannot read the file", path));
    return importText(db, buffer.str(), options);
}

} // namespace nok::server
