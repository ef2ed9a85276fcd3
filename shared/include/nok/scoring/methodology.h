// A scoring methodology as data (shared/data/methodologies/*.json, format "nok-methodology/1"):
// criteria and their weights in the total, the indicators with their formula parameters (points
// per item, caps, questions, weights inside the criterion), the denominator and empty-denominator
// rules, sample-size, shortcoming and risk thresholds, and the known expert item sets with Russian
// and English names. Weights, points, caps, thresholds and rules are data so a council can load
// a variant without a rebuild; only the formula *kinds* (FormulaKind) are code. Parsing validates
// everything the engine relies on and names the JSON path of the first problem.
#pragma once

#include "nok/result.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::scoring {

using Texts = std::map<std::string, std::string>; // language code ("ru", "en") → text

// Where an indicator's figure comes from; selects the default shortcoming threshold.
enum class IndicatorKind { Survey, Expert };

// The formula kinds the engine implements. Everything else about a formula is a parameter.
enum class FormulaKind {
    ItemsRatio,            // 1.1: fullPoints · mean over item lists of present/required
    ItemCount,             // 1.2, 2.1, 3.1, 3.2: min(cap, pointsPerItem · count(set))
    Share,                 // 100 · yes(q) / denominator(q)
    MeanOfShares,          // 1.3: mean of the measurable shares of several questions
    ShareWithExpertPoints, // 2.2: share, blended with the expert's waiting-time points if given
};

// Which denominator a survey share uses.
enum class Denominator {
    Answered,      // answered(q): the respondents the skip logic led to the question (default)
    TotalComplete, // all complete responses of the organisation (2018–2023 operators' practice)
};

// What a not-measurable indicator does to its criterion.
enum class EmptyRule {
    Redistribute, // its weight is shared out among the measurable indicators of the criterion
    EmptyAsZero,  // it counts as 0
};

[[nodiscard]] std::string_view toString(FormulaKind kind);
[[nodiscard]] std::string_view toString(Denominator denominator);
[[nodiscard]] std::string_view toString(EmptyRule rule);

struct ExpertItem {
    std::string id; // "phone"
    Texts name;
    bool shortcoming = true; // false: its absence is not listed as a shortcoming ("other")
};

// One of the expert item sets: distance_methods, comfort_conditions, premises_accessibility,
// service_accessibility (the ids the expert record carries).
struct ExpertSet {
    std::string id;
    Texts name;
    std::vector<ExpertItem> items; // in report order
    [[nodiscard]] const ExpertItem* find(std::string_view itemId) const;
};

// A required/present checklist of the expert record: stand_items or site_items.
struct ItemList {
    std::string id;
    Texts name;
};

struct Indicator {
    std::string id;        // "1.3"
    std::string criterion; // "K1"
    IndicatorKind kind = IndicatorKind::Survey;
    FormulaKind formula = FormulaKind::Share;
    double weight = 0; // inside its criterion; a criterion's weights sum to 1
    Texts title;

    std::vector<std::string> questions; // Share, ShareWithExpertPoints: one; MeanOfShares: ≥ 1
    std::vector<std::string> lists;     // ItemsRatio: item list ids
    std::string set;                    // ItemCount: expert set id
    double fullPoints = 100;            // ItemsRatio: points for full compliance
    double pointsPerItem = 0;           // ItemCount
    double cap = 100;                   // ItemCount, and the ceiling of every indicator
    double expertWeight = 0.5;          // ShareWithExpertPoints: weight of the expert's points
    std::optional<double> shortcomingThreshold; // overrides the kind's default
};

struct Criterion {
    std::string id; // "K1"
    Texts title;
    double weight = 1;                   // in the total (normalised by the sum of all weights)
    std::vector<std::size_t> indicators; // indexes into Methodology::indicators, in order
};

struct Rules {
    Denominator denominator = Denominator::Answered;
    EmptyRule emptyRule = EmptyRule::Redistribute;
    double sampleShare = 0.4;     // complete responses needed, as a share of recipients
    std::int64_t sampleCap = 600; // ... but never more than this
    double expertThreshold = 100; // an expert indicator below this is a shortcoming
    double surveyThreshold = 90;  // a survey indicator below this is a shortcoming
    double riskThreshold = 50;    // a criterion below this raises criterion_below_50
    // Operators publish figures rounded at every step: when set, each indicator, criterion and
    // total is rounded half up to this many decimals before the next step uses it
    // ("rounding": {"decimals": 2, "mode": "half_up"}). Unset: nothing is rounded (the default).
    std::optional<int> roundDecimals;
};

// `value` rounded half up to `decimals` places (2.675 → 2.68 even though the double is
// 2.67499…: operators round the decimal figure they see, as a spreadsheet does).
[[nodiscard]] double roundHalfUp(double value, int decimals);

struct Methodology {
    std::string id; // "344n-social"
    int version = 0;
    Texts title;
    Texts description;
    Rules rules;
    std::vector<ItemList> itemLists;
    std::vector<ExpertSet> expertSets;
    std::vector<Criterion> criteria;   // in report order; total = weighted mean of these
    std::vector<Indicator> indicators; // in report order

    [[nodiscard]] const Indicator* findIndicator(std::string_view id) const;
    [[nodiscard]] const ExpertSet* findSet(std::string_view id) const;
    [[nodiscard]] const ItemList* findList(std::string_view id) const;
    [[nodiscard]] int criterionIndex(std::string_view id) const; // -1 if unknown
    [[nodiscard]] double thresholdFor(const Indicator& indicator) const;
};

// The expert set and item list ids an expert record carries; a methodology may use only these.
[[nodiscard]] const std::vector<std::string>& knownExpertSetIds();
[[nodiscard]] const std::vector<std::string>& knownItemListIds();

// Parses and validates a definition. Errors: code "invalid_methodology", field = JSON path.
[[nodiscard]] Result<Methodology> parseMethodology(const nlohmann::json& definition);
[[nodiscard]] Result<Methodology> parseMethodology(std::string_view jsonText);
// Loads a council's variant from a file (code "io" if unreadable).
[[nodiscard]] Result<Methodology> loadMethodologyFile(const std::string& path);

// The methodologies compiled into every binary; "344n-social" is the default.
inline constexpr std::string_view kDefaultMethodologyId = "344n-social";
[[nodiscard]] std::vector<std::string> builtinMethodologyIds();
[[nodiscard]] Result<Methodology> builtinMethodology(std::string_view id); // "unknown_methodology"

} // namespace nok::scoring
