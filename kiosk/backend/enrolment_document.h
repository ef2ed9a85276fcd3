// The answer of the server to an enrolment (POST /api/v1/enroll, 201) and to a config pull
// (GET /api/v1/device/config, 200): device id, organisations, questionnaire definition, server
// keys and settings. It is outside input, so parsing checks every field and names the JSON path
// of the first problem (`organizations[2].recipients: must be a non-negative integer`).
#pragma once

#include "kiosk_backend.h"
#include "nok/crypto/crypto.h"
#include "nok/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace nok::kiosk {

struct Enrolment {
    std::string deviceId;
    std::string serverUrl; // not part of the document: where it came from (empty in demo mode)
    crypto::Bytes serverSignKey; // Ed25519, verifies receipts
    crypto::Bytes serverSealKey; // X25519, responses are sealed to it
    QList<OrganizationInfo> organizations;
    std::string questionnaireJson; // the definition, re-serialised compactly
    KioskSettings settings;
    std::string checklistJson; // the server's checklist document; empty = none sent (built-in)

    [[nodiscard]] const OrganizationInfo* findOrganization(const QString& id) const;
};

// Parses and checks the document; the questionnaire must parse as a definition as well.
[[nodiscard]] Result<Enrolment> parseEnrolmentDocument(std::string_view body);

// The organisations as JSON (the form kept in kiosk.db) and back.
[[nodiscard]] std::string organizationsToJson(const QList<OrganizationInfo>& organizations);
[[nodiscard]] Result<QList<OrganizationInfo>> organizationsFromJson(std::string_view json);
[[nodiscard]] std::string settingsToJson(const KioskSettings& settings);
[[nodiscard]] Result<KioskSettings> settingsFromJson(std::string_view json);

} // namespace nok::kiosk
