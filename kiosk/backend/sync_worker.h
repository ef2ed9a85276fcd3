// The sync worker: a QObject living in its own QThread, so HTTP never blocks the screens. It
// sends the outbox in batches of at most 500, oldest first, when rows are due, when told to
// ("sync now", a new response), and once fully at start (a restart is a natural retry point).
// Before a send it commits attempts+1 and the next attempt time (exponential backoff with
// jitter, capped at 15 min), so a crash mid-send leaves rows counted and retryable. Rows leave
// the outbox only by a receipt whose signature verifies with the enrolled server key. It also
// pulls the device configuration at start and periodically. It opens its own DB connection.
// After the responses it sends the expert checks, one at a time, oldest first: each check's
// photos not yet uploaded (PUT /api/v1/evidence/{sha}), then the check (POST /api/v1/expert);
// a check leaves the expert outbox only by a verified signed receipt, or as a dead letter when
// the server refuses it (400, 409), and a network failure leaves it for its backoff.
#pragma once

#include "backoff.h"
#include "http_endpoint.h"
#include "nok/crypto/crypto.h"
#include "nok/result.h"
#include "nok/sqlite/database.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>

class QTimer;

namespace nok::kiosk {

class OutboxStore;
class ExpertStore;

struct SyncWorkerConfig {
    std::string databasePath;
    std::string serverUrl;
    std::string deviceId;
    crypto::Bytes serverSignKey;
    std::shared_ptr<const crypto::SecretBytes> deviceSecret; // signs config pulls
    BackoffPolicy backoff;
    int batchLimit = 500;
    int configIntervalMs = 15 * 60 * 1000;
    HttpTimeouts timeouts;
};

class SyncWorker : public QObject {
    Q_OBJECT
  public:
    explicit SyncWorker(SyncWorkerConfig config);
    ~SyncWorker() override;

    // Thread-safe: cuts a request in flight short and fails later ones (used at shutdown).
    void abortNetwork();

  public slots:
    void start();   // opens the DB, recovers interrupted sends, full pass, config pull
    void wake();    // a new response was committed: send what is due
    void syncNow(); // send everything pending, ignoring the schedule
    void pullConfiguration();
    void shutdown(); // stops timers and closes the DB, in the worker thread

  signals:
    void statusChanged();        // outbox or sync log changed
    void configurationUpdated(); // a config pull was stored in kiosk.db

  private:
    void runPass(bool ignoreSchedule);
    void runExpertPass(bool ignoreSchedule);
    void scheduleNext();
    void recordFailure(const Error& error); // into sync_state: code and text
    [[nodiscard]] static std::int64_t nowMs();

    SyncWorkerConfig m_config;
    HttpEndpoint m_endpoint;
    std::unique_ptr<sqlite::Database> m_db;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<ExpertStore> m_expert;
    QTimer* m_sendTimer = nullptr;
    QTimer* m_configTimer = nullptr;
};

} // namespace nok::kiosk
