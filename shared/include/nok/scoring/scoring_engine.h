// The scoring engine: a pure function from a methodology and per-organisation inputs (the
// organisation record, its expert check, the yes/answered tallies of its complete responses) to
// the campaign's results: the 15 indicators, criteria K1..K5, total, ranks overall and within the
// category, warnings (sample size, risk), shortcomings for the improvement plan, category and
// region averages and the regional summary. No database, no I/O, no clock: the same inputs give
// the same results. Values are unrounded (0–100); rounding is for display only. Invalid inputs
// (negative counts, yes > answered, unknown expert items, duplicate ids) are an Error naming the
// organisation, never a silently wrong score.
#pragma once

#include "nok/result.h"
#include "nok/scoring/methodology.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace nok::scoring {

// ---- Inputs

struct Organization {
    std::string id, name, category;
    std::int64_t recipients = 0; // service recipients in the period (for the sample-size rule)
};

struct ItemCount {
    int required = 0; // 0: that half of 1.1 is not measurable
    int present = 0;
};

struct ExpertRecord {
    std::string org; // the organisation id; empty means the OrgInput's own
    ItemCount stand, site;
    std::set<std::string> distanceMethods, comfortConditions, premisesAccessibility,
        serviceAccessibility;
    std::optional<double> waitingTimePoints; // 0–100; absent when there is no set waiting term
};

// Counted over complete responses only.
struct QuestionTally {
    std::int64_t yes = 0;
    std::int64_t answered = 0; // yes or no; skipped questions are not answered
};

struct SurveyTally {
    std::int64_t complete = 0;
    std::map<std::string, QuestionTally> questions; // question id → tally
};

// Counts one complete response into a tally: every "yes"/"no" answer adds to answered (and yes);
// other answers (age, sex) and skipped questions are not counted. Answers must already be
// validated against the questionnaire: a free-text answer reading "yes" would be counted. The
// server calls this per stored response, or builds the same numbers with SQL.
void countCompleteResponse(SurveyTally& tally, const nlohmann::json& answers);

struct OrgInput {
    Organization organization;
    std::optional<ExpertRecord> expert;
    SurveyTally survey;
};

// The item set of a record by its methodology id; nullptr for an unknown id.
[[nodiscard]] const std::set<std::string>* itemsOf(const ExpertRecord& record,
                                                   std::string_view setId);
[[nodiscard]] const ItemCount* listOf(const ExpertRecord& record, std::string_view listId);

// ---- Outputs

struct Interval {
    double low = 0, high = 0; // percent
};

// 95% Wilson score interval of yes/n, in percent; nullopt when n = 0.
[[nodiscard]] std::optional<Interval> wilsonInterval(std::int64_t yes, std::int64_t n);

struct IndicatorResult {
    std::string id;
    std::optional<double> value; // nullopt: not measurable
    bool measurable = false;
    IndicatorKind kind = IndicatorKind::Survey;
    std::int64_t yes = 0;           // survey: yes over the indicator's questions
    std::int64_t answered = 0;      // survey: the denominators actually used, summed
    std::optional<Interval> wilson; // single-share indicators (and 2.2, shifted by the points)
};

// A survey question as used by the methodology (denominator per the methodology's rule).
struct QuestionShare {
    std::int64_t yes = 0, denominator = 0;
    std::optional<double> share;
    std::optional<Interval> wilson;
};

struct Warning {
    std::string code; // sample_below_minimum | criterion_below_50 | all_criteria_below_50
    std::string message;
    std::int64_t required = 0, actual = 0; // sample_below_minimum
    std::vector<std::string> criteria;     // criterion_below_50, all_criteria_below_50
    double threshold = 0;                  // criterion_below_50
};

enum class ShortcomingKind { MissingItem, BelowThreshold };

struct Shortcoming {
    std::string criterion; // "K1"
    std::string indicator; // "1.2"
    std::string set;       // expert set or item list id; empty for below_threshold
    std::string item;      // expert item id; empty otherwise
    ShortcomingKind kind = ShortcomingKind::MissingItem;
    std::optional<double> value; // indicator value, or present count of a checklist
    double threshold = 0;        // the threshold, or required count of a checklist
    std::string text;            // Russian, for the improvement plan
};

struct OrgResult {
    Organization organization;
    std::int64_t respondents = 0; // complete responses
    bool hasExpertRecord = false;
    std::vector<IndicatorResult> indicators;     // methodology order
    std::vector<std::optional<double>> criteria; // methodology order
    std::optional<double> total;
    std::optional<int> rank, rankInCategory;
    std::vector<std::string> notMeasurable; // indicator ids
    std::vector<Warning> warnings;
    std::string reason; // empty when there is a total
    std::vector<Shortcoming> shortcomings;
    std::map<std::string, QuestionShare> questions; // every question the methodology uses
};

struct GroupAverage {
    std::string category;          // empty for the region
    int organizations = 0;         // all organisations of the group
    int scored = 0;                // those with a total (the averages' base)
    std::int64_t respondents = 0;  // complete responses of all organisations of the group
    std::optional<double> average; // mean total
    std::vector<std::optional<double>> criteria; // mean per criterion, methodology order
};

struct ItemLack {
    std::string set, item;
    int lacking = 0;             // organisations with an expert record lacking it
    std::optional<double> share; // percent of organisations with an expert record
};

struct QuestionSummary {
    std::string question;
    std::int64_t yes = 0, answered = 0;
    std::optional<double> share; // 100 · yes / answered (those who answered the question)
};

struct RegionalSummary {
    int organizations = 0;
    int withExpertRecord = 0;
    std::int64_t respondents = 0;
    std::vector<ItemLack> listsNotCompliant; // item lists (stand, site): present < required
    std::vector<ItemLack> items;             // every item of every expert set
    std::vector<QuestionSummary> questions;
};

struct CampaignResults {
    std::string methodologyId;
    int methodologyVersion = 0;
    std::vector<std::string> criterionIds;
    std::vector<OrgResult> organizations; // by rank then name; those without a total last by name
    std::vector<GroupAverage> categories; // by category name
    GroupAverage region;
    RegionalSummary regionalSummary;
};

// Scores a campaign. Errors (code "invalid_input") name the organisation: "organizations[3]...".
[[nodiscard]] Result<CampaignResults> scoreCampaign(const Methodology& methodology,
                                                    const std::vector<OrgInput>& inputs);

// The CONTRACTS.md results fields: "methodology", "organizations", "categories", "region", plus
// "summary"; each organisation also carries "indicator_details", "questions" and "shortcomings".
// The caller adds the "campaign" block.
[[nodiscard]] nlohmann::json toJson(const CampaignResults& results);

} // namespace nok::scoring
