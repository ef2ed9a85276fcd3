// An expert check: one expert's walk through the checklist at one organisation — for every
// checklist item present or absent, a note, who checked it and when, and the sha256 of each
// photo taken as evidence. The tablet encodes it to exact payload bytes (fixed key order), signs
// them with the device key and posts them; the server verifies, decodes, validates against its
// current checklist and stores the bytes as they came. summarizeExpertCheck turns a check into
// the nok-dataset/1 expert record the scoring reads.
#pragma once

#include "nok/expert/checklist.h"
#include "nok/result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nok::expert {

struct ItemCheck {
    std::string item; // checklist item id
    bool present = false;
    std::string note;      // at most 2000 characters (Unicode code points)
    std::string checkedAt; // ISO 8601 with offset, e.g. "2026-11-23T10:15:00+07:00"
    std::string operatorName;
    std::vector<std::string> evidence; // lowercase sha256 hex of each evidence file, at most 10
};

struct ExpertCheck {
    std::string id; // UUIDv4, one per saved version
    std::string device, campaign, org;
    std::string checklist; // the checklist id, "886n-1239/1"
    std::string operatorName;
    std::string recordedAt;      // ISO 8601 with offset
    std::vector<ItemCheck> items; // in checklist order
    std::optional<int> waitingTimePoints; // 0..100, absent when the org has no set waiting term
};

constexpr std::size_t kMaxEvidencePerItem = 10;
constexpr std::size_t kMaxNoteChars = 2000;
constexpr std::size_t kMaxOperatorChars = 200;

// The payload bytes: compact UTF-8 JSON with keys in this fixed order
// {"v":1,"kind":"expert_check","id","device","campaign","org","checklist","operator",
//  "recorded_at","waiting_time_points":null|0..100,
//  "items":[{"item","present","note","checked_at","operator","evidence":[sha...]}]}
// Items are written in the order of `check.items`.
[[nodiscard]] std::string encodeExpertCheck(const ExpertCheck& check);

// Parses payload bytes: every field present with its type, no unknown fields, "v" 1 and "kind"
// "expert_check". Errors (code "invalid_expert_check") name the field path ("items[2].present").
[[nodiscard]] Result<ExpertCheck> decodeExpertCheck(std::string_view payload);

// Checks a decoded check against a checklist: id a UUIDv4, device/campaign/org/operator set,
// checklist id matching, timestamps ISO 8601 with offset, every checklist item checked exactly
// once and in checklist order, no unknown items, evidence 64 lowercase hex (at most 10 per item,
// no repeats), note at most 2000 characters, waiting points 0..100. The error names the field.
[[nodiscard]] Status validateExpertCheck(const ExpertCheck& check, const Checklist& checklist);

// The nok-dataset/1 expert record of the check's organisation:
// {"org", "stand_items": {"required": <stand items in the checklist>, "present": <present>},
//  "site_items": {...}, "distance_methods": [...], "comfort_conditions": [...],
//  "premises_accessibility": [...], "service_accessibility": [...] (sorted ids after the dot of
//  the present items), "waiting_time_points": null|N}. Expects a validated check.
[[nodiscard]] nlohmann::json summarizeExpertCheck(const ExpertCheck& check, const Checklist& checklist);

} // namespace nok::expert
