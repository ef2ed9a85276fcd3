#include "sync_worker.h"

#include "device_identity.h"
#include "enrolment_client.h"
#include "expert_store.h"
#include "expert_sync_client.h"
#include "kiosk_database.h"
#include "kiosk_log.h"
#include "outbox_store.h"
#include "sync_client.h"

#include <QDateTime>
#include <QDebug>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace nok::kiosk {

namespace {
// After a pass, never wake sooner than this: a row due "now" that a pass could not send is not
// worth a busy loop.
constexpr std::int64_t kMinWakeMs = 250;

// The same failure, its text led by the part of the kiosk it happened in ("outbox: …"); the
// code stays, so the status screen can still say in Russian what kind of failure it was.
Error failedIn(const char* where, const Error& error) {
    return makeError(error.code, std::string(where) + ": " + error.describe());
}
} // namespace

SyncWorker::SyncWorker(SyncWorkerConfig config)
    : m_config(std::move(config)), m_endpoint(m_config.serverUrl, m_config.timeouts) {}

SyncWorker::~SyncWorker() = default;

std::int64_t SyncWorker::nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

void SyncWorker::abortNetwork() {
    m_endpoint.abort();
}

void SyncWorker::start() {
    auto db = openKioskDatabase(m_config.databasePath);
    if (!db) {
        qCWarning(lcKioskSync, "%s", db.error().describe().c_str());
        return;
    }
    m_db = std::move(*db);
    m_outbox = std::make_unique<OutboxStore>(*m_db);
    m_expert = std::make_unique<ExpertStore>(*m_db);
    if (auto st = m_outbox->recoverInterrupted(); !st)
        qCWarning(lcKioskSync, "%s", st.error().describe().c_str());
    if (auto st = m_expert->recoverInterrupted(); !st)
        qCWarning(lcKioskSync, "%s", st.error().describe().c_str());

    m_sendTimer = new QTimer(this);
    m_sendTimer->setSingleShot(true);
    connect(m_sendTimer, &QTimer::timeout, this, [this] { runPass(false); });
    m_configTimer = new QTimer(this);
    m_configTimer->setInterval(m_config.configIntervalMs);
    connect(m_configTimer, &QTimer::timeout, this, &SyncWorker::pullConfiguration);
    m_configTimer->start();

    pullConfiguration();
    runPass(true);
}

void SyncWorker::wake() {
    if (m_outbox) runPass(false);
}

void SyncWorker::syncNow() {
    if (m_outbox) runPass(true);
}

void SyncWorker::shutdown() {
    if (m_sendTimer) m_sendTimer->stop();
    if (m_configTimer) m_configTimer->stop();
    m_expert.reset();
    m_outbox.reset();
    m_db.reset();
}

void SyncWorker::recordFailure(const Error& error) {
    if (auto st = m_outbox->recordSyncFailure(error.code, error.describe()); !st)
        qCWarning(lcKioskSync, "%s", st.error().describe().c_str());
}

void SyncWorker::runPass(bool ignoreSchedule) {
    bool responsesFailed = false;
    std::int64_t afterSeq = 0;
    while (true) {
        const std::int64_t now = nowMs();
        auto rows = m_outbox->due(now, m_config.batchLimit, ignoreSchedule, afterSeq);
        if (!rows) {
            recordFailure(failedIn("outbox", rows.error()));
            break;
        }
        if (rows->empty()) break;
        afterSeq = rows->back().seq;

        std::vector<OutboxStore::Attempt> attempts;
        std::vector<SyncItem> items;
        for (const auto& row : *rows) {
            attempts.push_back({row.id, now + m_config.backoff.delayMs(row.attempts + 1)});
            items.push_back({row.id, row.sealed});
        }
        if (auto st = m_outbox->markSending(attempts, now); !st) {
            recordFailure(failedIn("outbox", st.error()));
            break;
        }

        qCDebug(lcKioskSync, "sending a batch of %d responses", int(items.size()));
        auto receipts = exchangeBatch(m_endpoint, m_config.deviceId, m_config.serverSignKey, items);
        // Cut short by shutdown: not the server's fault, nothing to record; the rows stay
        // 'sending' and become pending again at the next start.
        if (m_endpoint.aborted()) return;
        OutboxStore::Outcome outcome;
        if (!receipts) {
            const std::string message = receipts.error().describe();
            qCDebug(lcKioskSync, "batch not accepted: %s", message.c_str());
            for (const auto& item : items)
                outcome.failed.emplace_back(item.id, message);
            if (auto st = m_outbox->apply(outcome, nowMs()); !st)
                qCWarning(lcKioskSync, "%s", st.error().describe().c_str());
            recordFailure(receipts.error());
            emit statusChanged();
            responsesFailed = true;
            break; // the server or the network is the problem: the rest waits for its backoff
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& r = (*receipts)[i];
            if (!r)
                outcome.failed.emplace_back(items[i].id, "no usable receipt for this item");
            else if (r->status == ReceiptStatus::Rejected)
                outcome.rejected.emplace_back(items[i].id, r->reason);
            else
                outcome.acknowledged.push_back(items[i].id);
        }
        qCDebug(lcKioskSync, "receipts: %d stored, %d rejected, %d without a usable receipt",
                int(outcome.acknowledged.size()), int(outcome.rejected.size()), int(outcome.failed.size()));
        if (auto st = m_outbox->apply(outcome, nowMs()); !st) {
            recordFailure(failedIn("outbox", st.error()));
            emit statusChanged();
            break;
        }
        if (auto st = m_outbox->recordSyncSuccess(nowMs()); !st)
            qCWarning(lcKioskSync, "%s", st.error().describe().c_str());
        emit statusChanged();
    }
    if (m_endpoint.aborted()) return;
    // Checks wait while the server cannot take responses: its last error stays on the screen.
    if (!responsesFailed) runExpertPass(ignoreSchedule);
    scheduleNext();
}

void SyncWorker::runExpertPass(bool ignoreSchedule) {
    if (!m_config.deviceSecret) return;
    auto rows = m_expert->due(nowMs(), ignoreSchedule);
    if (!rows) {
        recordFailure(failedIn("expert outbox", rows.error()));
        return;
    }
    for (const auto& row : *rows) {
        const std::int64_t now = nowMs();
        if (auto st = m_expert->markSending(row.id, now, now + m_config.backoff.delayMs(row.attempts + 1)); !st) {
            recordFailure(failedIn("expert outbox", st.error()));
            return;
        }
        // Photos first, so the server can show them with the check; each one uploaded is marked
        // at once, so a kill here resends only the rest, and the check after them.
        auto photos = m_expert->pendingEvidence(row.id);
        std::optional<Error> failure;
        if (!photos) failure = failedIn("expert outbox", photos.error());
        for (const auto& photo : photos ? *photos : std::vector<EvidenceBlob>()) {
            auto st = uploadEvidence(m_endpoint, m_config.deviceId, *m_config.deviceSecret, nowMs() / 1000,
                                     photo.sha256, photo.mime, photo.bytes);
            if (m_endpoint.aborted()) return;
            if (!st && st.error().code == "evidence_refused") {
                // The server will never take these bytes; the check goes without them and the
                // server lists the photo as missing. Said in the sync log, kept on the device.
                qCWarning(lcKioskSync, "%s", st.error().describe().c_str());
                continue;
            }
            if (!st) {
                failure = st.error();
                break;
            }
            if (auto marked = m_expert->markUploaded(photo.sha256); !marked) {
                failure = failedIn("expert outbox", marked.error());
                break;
            }
        }
        if (!failure) {
            auto receipt = postExpertCheck(m_endpoint, m_config.deviceId, m_config.serverSignKey, row.id,
                                           row.payload, row.sig);
            if (m_endpoint.aborted()) return;
            if (!receipt) {
                failure = receipt.error();
            } else {
                const bool refused = receipt->outcome == CheckOutcome::Refused;
                auto st = m_expert->apply(row.id,
                                          refused ? ExpertStore::Outcome::Rejected
                                                  : ExpertStore::Outcome::Acknowledged,
                                          receipt->reason, nowMs());
                if (!st) failure = failedIn("expert outbox", st.error());
                else if (auto ok = m_outbox->recordSyncSuccess(nowMs()); !ok)
                    qCWarning(lcKioskSync, "%s", ok.error().describe().c_str());
            }
        }
        if (failure) {
            if (auto st = m_expert->apply(row.id, ExpertStore::Outcome::Failed, failure->describe(), nowMs()); !st)
                qCWarning(lcKioskSync, "%s", st.error().describe().c_str());
            recordFailure(*failure);
            emit statusChanged();
            return; // the rest waits for its backoff
        }
        emit statusChanged();
    }
}

void SyncWorker::scheduleNext() {
    auto earliest = m_outbox->earliestDue();
    auto earliestCheck = m_expert->earliestDue();
    std::optional<std::int64_t> due;
    if (earliest && *earliest) due = **earliest;
    if (earliestCheck && *earliestCheck) due = due ? std::min(*due, **earliestCheck) : **earliestCheck;
    if (!due) {
        m_sendTimer->stop();
        return;
    }
    const std::int64_t wait =
        std::clamp<std::int64_t>(*due - nowMs(), kMinWakeMs, m_config.backoff.capMs);
    m_sendTimer->start(static_cast<int>(wait));
}

void SyncWorker::pullConfiguration() {
    if (!m_db || !m_config.deviceSecret) return;
    auto doc =
        requestConfiguration(m_endpoint, m_config.deviceId, *m_config.deviceSecret, nowMs() / 1000);
    if (m_endpoint.aborted()) return; // shutting down: not an error worth showing
    if (!doc) {
        recordFailure(failedIn("config", doc.error()));
        emit statusChanged();
        return;
    }
    EnrolmentStore store(*m_db);
    if (auto st = store.applyConfiguration(*doc, nowMs()); !st) {
        recordFailure(failedIn("config", st.error()));
        emit statusChanged();
        return;
    }
    emit configurationUpdated();
}

} // namespace nok::kiosk
