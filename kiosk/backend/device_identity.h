// Who this kiosk is: its Ed25519 device key (device.key in the data dir, mode 0600, created on
// first start) and its enrolment state (device id, server keys, organisations, questionnaire,
// settings) kept in kiosk.db. The enrolment is replaced as a whole by an enrolment and updated
// (organisations, questionnaire, settings; never the server keys) by a config pull.
#pragma once

#include "enrolment_document.h"
#include "nok/crypto/crypto.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <optional>
#include <string>

namespace nok::kiosk {

// Creates the data dir (mode 0700) if needed; error "data_dir_unusable" naming it otherwise.
[[nodiscard]] Status ensureDataDir(const std::string& dir);

// Loads <dir>/<fileName>, or creates and saves a new key pair if the file does not exist.
// A file readable by others, or damaged, is an error naming the file (never silently replaced:
// the server knows this device by that key).
[[nodiscard]] Result<crypto::SigningKeyPair>
loadOrCreateDeviceKey(const std::string& dir, const std::string& fileName = "device.key");

class EnrolmentStore {
  public:
    explicit EnrolmentStore(sqlite::Database& db) : m_db(db) {}

    // nullopt: never enrolled.
    [[nodiscard]] Result<std::optional<Enrolment>> load();
    // Replaces the enrolment. A new device id restarts the response counter at 1 (seq counts a
    // device's responses). The caller makes sure no response sealed to the old server waits.
    [[nodiscard]] Status save(const Enrolment& enrolment, std::int64_t nowMs);
    // Applies a config pull: organisations, questionnaire and settings. Error "server_keys_changed"
    // (nothing applied) if the document carries other server keys than the enrolment: those are
    // trusted only from an enrolment, never from a periodic pull.
    [[nodiscard]] Status applyConfiguration(const Enrolment& fromServer, std::int64_t nowMs);

  private:
    sqlite::Database& m_db;
};

} // namespace nok::kiosk
