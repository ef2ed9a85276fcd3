// The printable report's input, one organisation at a time. A report of 5,000 organisations built
// as one document (the results tree of every organisation, every suggestion and expert check,
// then the whole HTML text) took 550–730 MB in the server (issue 15); the renderer
// (report/results_html.h) instead walks the organisations in a few passes, and a source hands
// it one organisation at a time: its results object in the report form, and, for the
// organisation pages, its respondents' suggestions and newest device expert check. The small
// blocks (campaign, methodology, categories, region, summary, approval) and the labels are
// kept whole. Two sources: over a results tree and a filled context (tests, small campaigns),
// and over a scored campaign (the CLI and the server, whose results cache already holds it),
// which converts each organisation when it is visited and reads its suggestions and check
// from the database then.
#pragma once

#include "nok/expert/checklist.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"
#include "service/report_context.h"
#include "service/results_service.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace nok::server {

// One organisation as the report shows it; valid during the visit only.
struct ReportOrganization {
    const nlohmann::json& results;               // its object in OrgForm::Report
    const std::vector<std::string>& suggestions; // the respondents' suggestions
    const ExpertCheckView* check;                // the newest device check; nullptr: none
    // sha256 → data: URI of this organisation's evidence photos (EvidenceMode::Inline).
    const std::map<std::string, std::string>& evidenceDataUris;
};

using OrganizationVisitor = std::function<Status(const ReportOrganization&)>;

class ReportSource {
  public:
    virtual ~ReportSource() = default;
    // The results JSON without its organisations: campaign, methodology, categories, region,
    // summary, approval and compared_with when compared.
    [[nodiscard]] virtual const nlohmann::json& head() const = 0;
    // Labels, proposals and how evidence appears (its suggestions and expert checks are not
    // used: they come with each organisation).
    [[nodiscard]] virtual const ReportContext& context() const = 0;
    // Visits every organisation in the results' order (by rank), stopping at the first error.
    // Without `extras` the suggestions are empty and the check null (only the organisation
    // pages show them, and reading them costs a query or two per organisation).
    [[nodiscard]] virtual Status forEachOrganization(bool extras,
                                                     const OrganizationVisitor& visit) const = 0;
};

// Over a results JSON (the shape of `results --format json`, any form with the report's keys)
// and a context filled with every organisation's suggestions and checks. Both must outlive it.
class TreeReportSource : public ReportSource {
  public:
    TreeReportSource(const nlohmann::json& results, const ReportContext& context);
    [[nodiscard]] const nlohmann::json& head() const override { return m_head; }
    [[nodiscard]] const ReportContext& context() const override { return m_context; }
    [[nodiscard]] Status forEachOrganization(bool extras,
                                             const OrganizationVisitor& visit) const override;

  private:
    const nlohmann::json& m_results;
    const ReportContext& m_context;
    nlohmann::json m_head;
};

// Over a scored campaign, whose results must outlive the source, and `db`, which it reads
// during the organisation pages' pass. `context` holds the labels and proposals
// (reportLabelsAndProposals) and the evidence mode and link prefix.
class ScoredReportSource : public ReportSource {
  public:
    [[nodiscard]] static Result<ScoredReportSource>
    create(sqlite::Database& db, const ScoredCampaign& scored, ReportContext context);
    [[nodiscard]] const nlohmann::json& head() const override { return m_head; }
    [[nodiscard]] const ReportContext& context() const override { return m_context; }
    [[nodiscard]] Status forEachOrganization(bool extras,
                                             const OrganizationVisitor& visit) const override;

  private:
    ScoredReportSource(sqlite::Database& db, const ScoredCampaign& scored, ReportContext context,
                       expert::Checklist checklist);

    sqlite::Database* m_db;
    const ScoredCampaign* m_scored;
    ReportContext m_context;
    nlohmann::json m_head;
    expert::Checklist m_checklist; // the current one: the checks' item names
};

} // namespace nok::server
