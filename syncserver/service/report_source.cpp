#include "service/report_source.h"

#include "service/checklist_service.h"
#include "service/expert_history.h"
#include "service/org_result_json.h"
#include "service/results_json_writer.h"
#include "storage/web_queries.h"

namespace nok::server {

using nlohmann::json;

TreeReportSource::TreeReportSource(const json& results, const ReportContext& context)
    : m_results(results), m_context(context), m_head(json::object()) {
    if (!results.is_object()) return;
    for (const auto& [key, value] : results.items())
        if (key != "organizations") m_head[key] = value;
}

Status TreeReportSource::forEachOrganization(bool extras, const OrganizationVisitor& visit) const {
    static const std::vector<std::string> none;
    const auto orgs = m_results.is_object() ? m_results.find("organizations") : m_results.end();
    if (orgs == m_results.end() || !orgs->is_array()) return {};
    for (const auto& org : *orgs) {
        const std::vector<std::string>* suggestions = &none;
        const ExpertCheckView* check = nullptr;
        if (extras) {
            const auto field = org.is_object() ? org.find("id") : org.end();
            const std::string id =
                field != org.end() && field->is_string() ? field->get<std::string>() : "";
            if (auto it = m_context.suggestions.find(id); it != m_context.suggestions.end())
                suggestions = &it->second;
            if (auto it = m_context.expertChecks.find(id); it != m_context.expertChecks.end())
                check = &it->second;
        }
        if (auto st = visit({org, *suggestions, check, m_context.evidenceDataUris}); !st) return st;
    }
    return {};
}

Result<ScoredReportSource> ScoredReportSource::create(sqlite::Database& db,
                                                      const ScoredCampaign& scored,
                                                      ReportContext context) {
    auto checklist = currentChecklist(db);
    if (!checklist) return checklist.error();
    return ScoredReportSource(db, scored, std::move(context), std::move(checklist->checklist));
}

ScoredReportSource::ScoredReportSource(sqlite::Database& db, const ScoredCampaign& scored,
                                       ReportContext context, expert::Checklist checklist)
    : m_db(&db), m_scored(&scored), m_context(std::move(context)), m_head(resultsHead(scored)),
      m_checklist(std::move(checklist)) {
    m_head.erase("organizations");
}

Status ScoredReportSource::forEachOrganization(bool extras,
                                               const OrganizationVisitor& visit) const {
    const std::string& campaign = m_scored->campaign.id;
    for (const auto& org : m_scored->results.organizations) {
        // The tree resultsTree(OrgForm::Report) would hold for this organisation.
        const json results = organizationTree(org, m_scored->results.criterionIds,
                                              OrgForm::Report, m_scored->comparison.get());
        std::vector<std::string> suggestions;
        std::optional<ExpertCheckView> check;
        std::map<std::string, std::string> evidence;
        if (extras) {
            auto found = suggestionsOf(*m_db, campaign, org.organization.id);
            if (!found) return found.error();
            suggestions = std::move(*found);
            auto latest = latestDeviceCheck(*m_db, campaign, org.organization.id);
            if (!latest) return latest.error();
            if (*latest) check = expertCheckView(**latest, m_checklist);
            if (check && m_context.evidence == EvidenceMode::Inline)
                if (auto st = addEvidenceDataUris(*m_db, *check, evidence); !st) return st;
        }
        if (auto st = visit({results, suggestions, check ? &*check : nullptr, evidence}); !st)
            return st;
    }
    return {};
}

} // namespace nok::server
