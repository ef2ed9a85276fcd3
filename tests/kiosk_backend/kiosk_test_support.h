// Shared helpers of the kiosk backend tests: a complete valid answer set, enrolling a data dir
// at the fake server, writing an offline enrolment (tests that need no network), and reading
// kiosk.db directly, the way a restarted kiosk would.
#pragma once

#include "fake_sync_server.h"
#include "kiosk_backend.h"
#include "outbox_store.h"

#include "nok/expert/expert_check.h"
#include "nok/sqlite/database.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <memory>
#include <string>

namespace nok::kiosk::test {

[[nodiscard]] nlohmann::json validAnswers();

// Enrols `dataDir` at `server` through the backend; returns the device id ("" on failure, with a
// QWARN naming the error).
[[nodiscard]] QString enrollAt(const QString& dataDir, FakeSyncServer& server);

// Stores an enrolment for org-1 sealed to `sealPublic`, with no server URL, so the backend
// opens enrolled but starts no sync worker.
[[nodiscard]] bool writeOfflineEnrolment(const QString& dataDir, const crypto::Bytes& sealPublic,
                                         const crypto::Bytes& signPublic,
                                         int minIntervalSeconds = 0);

// kiosk.db of a data dir, opened the way the kiosk opens it.
[[nodiscard]] std::unique_ptr<sqlite::Database> openStore(const QString& dataDir);
[[nodiscard]] int outboxRows(const QString& dataDir);
[[nodiscard]] std::optional<OutboxRow> outboxRow(const QString& dataDir, const std::string& id);
// Rows of any kiosk.db table (expert_outbox, evidence, interview_count ...).
[[nodiscard]] int tableRows(const QString& dataDir, const std::string& table);

// A small JPEG-typed file (magic bytes FF D8 FF, then `seed` so photos differ).
[[nodiscard]] QByteArray tinyJpeg(const std::string& seed);
// An expert check of `org` in `campaign` with every built-in checklist item present, checked by
// `operatorName` at a fixed time, `evidence` attached to the first item (id/device/recorded_at
// are left for the backend).
[[nodiscard]] expert::ExpertCheck completeCheck(const std::string& org, const std::string& campaign,
                                                const std::vector<std::string>& evidence = {});

} // namespace nok::kiosk::test
