// What the HTML report shows beyond the results JSON: Russian names for criteria, indicators,
// expert items and questions (taken from the methodology and questionnaire by the results
// service, so the renderer knows no engine types), and the respondents' suggestions per
// organisation. Missing names fall back to the ids. The results service fills these types and
// the report renders them, so they live here, below both (a service does not include a
// renderer's header).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nok::server {

struct ReportLabels {
    std::map<std::string, std::string> criteria; // "K1" → "Открытость и доступность ..."
    std::map<std::string, std::string> indicators; // "1.1" → title
    std::map<std::string, std::string> sets;       // "distance_methods" / "stand_items" → name
    std::map<std::string, std::string> items;      // "distance_methods/phone" → name
    std::map<std::string, std::string> questions;  // "stand_used" → question text

    [[nodiscard]] std::string criterion(const std::string& id) const;
    [[nodiscard]] std::string indicator(const std::string& id) const;
    [[nodiscard]] std::string set(const std::string& id) const;
    [[nodiscard]] std::string item(const std::string& set, const std::string& id) const;
    [[nodiscard]] std::string question(const std::string& id) const;
};

// One checked item of the newest device expert check of an organisation.
struct ExpertItemView {
    std::string id;
    std::string name; // Russian name from the checklist (the id when the list no longer has it)
    bool present = false;
    std::string note, operatorName, checkedAt;
    std::vector<std::string> evidence; // sha256 hex
};

struct ExpertCheckView {
    std::string id, operatorName, recordedAt, receivedDay;
    std::int64_t version = 0;       // the expert record version the check produced
    std::int64_t newestVersion = 0; // > version: a later import or check replaced it in scoring
    std::vector<ExpertItemView> items;
};

// How evidence photos appear: hashes only (default; the printed list names the files), embedded
// as data: URIs (a self-contained printed report), or linked under `evidenceUrlPrefix`.
enum class EvidenceMode { Hashes, Inline, Links };

struct ReportContext {
    ReportLabels labels;
    std::map<std::string, std::vector<std::string>> suggestions; // org id → texts
    std::map<std::string, ExpertCheckView> expertChecks;          // org id → newest device check
    EvidenceMode evidence = EvidenceMode::Hashes;
    std::map<std::string, std::string> evidenceDataUris; // sha256 → data: URI (Inline)
    std::string evidenceUrlPrefix;                       // Links: prefix + sha256
    std::string proposals; // the council's proposals for the campaign ("" when none entered)
};

} // namespace nok::server
