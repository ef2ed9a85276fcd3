// KioskBackend's private state, shared by its two source files (kiosk_backend.cpp: responses,
// enrolment, the sync worker; kiosk_backend_operator.cpp: interviews, drafts, photos, checks).
#pragma once

#include "kiosk_backend.h"

#include "device_identity.h"
#include "enrolment_document.h"
#include "expert_store.h"
#include "outbox_store.h"
#include "sync_worker.h"

#include <QDate>
#include <QElapsedTimer>
#include <QThread>

#include <optional>

namespace nok::kiosk {

// Today on the tablet's clock (YYYY-MM-DD): the interview counter's day.
inline std::string localDay() { return QDate::currentDate().toString(Qt::ISODate).toStdString(); }

struct KioskBackend::Impl {
    KioskOptions options;
    std::string dir; // the data dir, or its demo/ subfolder
    std::unique_ptr<sqlite::Database> db;
    std::unique_ptr<OutboxStore> outbox;
    std::unique_ptr<ExpertStore> expert;
    crypto::SigningKeyPair deviceKey;
    std::optional<Enrolment> enrolment;
    survey::Questionnaire questionnaire;
    QElapsedTimer sinceLastSubmit; // monotonic: a clock change cannot open the floodgates
    QThread* thread = nullptr;
    SyncWorker* worker = nullptr;

    void startWorker(KioskBackend* q);
    void stopWorker();
    void reloadConfiguration(KioskBackend* q);

    [[nodiscard]] std::string serverUrl() const {
        if (!options.serverUrl.isEmpty()) return options.serverUrl.toStdString();
        return enrolment ? enrolment->serverUrl : std::string();
    }
};

} // namespace nok::kiosk
