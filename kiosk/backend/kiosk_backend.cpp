#include "kiosk_backend.h"
#include "kiosk_backend_impl.h"

#include "demo_mode.h"
#include "device_identity.h"
#include "enrolment_client.h"
#include "kiosk_database.h"
#include "kiosk_log.h"
#include "outbox_store.h"
#include "sync_worker.h"

#include "nok/survey/answer_validator.h"
#include "nok/survey/response_payload.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QThread>

#include <cstring>
#include <filesystem>
#include <optional>

namespace nok::kiosk {

namespace {

Status loadEnrolmentInto(sqlite::Database& db, std::optional<Enrolment>& enrolment,
                         survey::Questionnaire& questionnaire) {
    auto loaded = EnrolmentStore(db).load();
    if (!loaded) return loaded.error();
    enrolment = std::move(*loaded);
    auto q = enrolment ? survey::parseQuestionnaire(enrolment->questionnaireJson)
                       : survey::builtinQuestionnaire(survey::kDefaultQuestionnaire);
    if (!q) return q.error().under("enrolment.questionnaire");
    questionnaire = std::move(*q);
    return {};
}

std::shared_ptr<const crypto::SecretBytes> copySecret(const crypto::SecretBytes& secret) {
    auto copy = std::make_shared<crypto::SecretBytes>(secret.size());
    std::memcpy(copy->data(), secret.data(), secret.size());
    return copy;
}

} // namespace

KioskBackend::KioskBackend() : m_impl(std::make_unique<Impl>()) {}

KioskBackend::~KioskBackend() {
    m_impl->stopWorker();
}

Result<std::unique_ptr<KioskBackend>> KioskBackend::open(const KioskOptions& options) {
    if (!crypto::init())
        return makeError("crypto_unavailable", "libsodium cannot start (no entropy source?)");
    if (!options.demo && !options.serverUrl.isEmpty())
        if (auto st = checkServerUrl(options.serverUrl.toStdString()); !st) return st.error();
    std::unique_ptr<KioskBackend> backend(new KioskBackend());
    Impl& d = *backend->m_impl;
    d.options = options;
    d.dir = options.dataDir.toStdString();
    if (auto st = ensureDataDir(d.dir); !st) return st.error();
    if (options.demo) {
        d.dir = demoDataDir(d.dir);
        if (auto st = ensureDataDir(d.dir); !st) return st.error();
    }
    auto key = loadOrCreateDeviceKey(d.dir);
    if (!key) return key.error();
    d.deviceKey = std::move(*key);

    auto db = openKioskDatabase((std::filesystem::path(d.dir) / "kiosk.db").string());
    if (!db) return db.error();
    d.db = std::move(*db);
    d.outbox = std::make_unique<OutboxStore>(*d.db);
    d.expert = std::make_unique<ExpertStore>(*d.db);

    if (auto st = loadEnrolmentInto(*d.db, d.enrolment, d.questionnaire); !st) return st.error();
    if (options.demo && !d.enrolment) {
        auto demo = makeDemoEnrolment(d.dir);
        if (!demo) return demo.error();
        if (auto st = EnrolmentStore(*d.db).save(*demo, QDateTime::currentMSecsSinceEpoch()); !st)
            return st.error();
        if (auto st = loadEnrolmentInto(*d.db, d.enrolment, d.questionnaire); !st)
            return st.error();
    }
    d.startWorker(backend.get());
    return backend;
}

void KioskBackend::Impl::startWorker(KioskBackend* q) {
    Impl& d = *this;
    if (d.worker || d.options.demo || !d.enrolment || d.serverUrl().empty()) return;
    SyncWorkerConfig config;
    config.databasePath = d.db->path();
    config.serverUrl = d.serverUrl();
    config.deviceId = d.enrolment->deviceId;
    config.serverSignKey = d.enrolment->serverSignKey;
    config.deviceSecret = copySecret(d.deviceKey.secretKey);
    d.thread = new QThread();
    d.thread->setObjectName(QStringLiteral("nok-sync"));
    d.worker = new SyncWorker(std::move(config));
    d.worker->moveToThread(d.thread);
    QObject::connect(d.thread, &QThread::started, d.worker, &SyncWorker::start);
    QObject::connect(d.worker, &SyncWorker::statusChanged, q, &KioskBackend::statusChanged,
                     Qt::QueuedConnection);
    QObject::connect(
        d.worker, &SyncWorker::configurationUpdated, q, [this, q] { reloadConfiguration(q); },
        Qt::QueuedConnection);
    d.thread->start();
}

void KioskBackend::Impl::stopWorker() {
    Impl& d = *this;
    if (!d.worker) return;
    d.worker->abortNetwork();
    QMetaObject::invokeMethod(d.worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    d.thread->quit();
    d.thread->wait();
    delete d.worker;
    delete d.thread;
    d.worker = nullptr;
    d.thread = nullptr;
}

void KioskBackend::Impl::reloadConfiguration(KioskBackend* q) {
    if (auto st = loadEnrolmentInto(*db, enrolment, questionnaire); !st) {
        qCWarning(lcKioskConfig, "cannot reload the configuration: %s", st.error().describe().c_str());
        return;
    }
    emit q->configurationChanged();
}

const survey::Questionnaire& KioskBackend::questionnaire() const {
    return m_impl->questionnaire;
}

QList<OrganizationInfo> KioskBackend::organizations() const {
    return m_impl->enrolment ? m_impl->enrolment->organizations : QList<OrganizationInfo>();
}

KioskSettings KioskBackend::settings() const {
    return m_impl->enrolment ? m_impl->enrolment->settings : KioskSettings();
}

SyncStatus KioskBackend::status() const {
    const Impl& d = *m_impl;
    SyncStatus s;
    s.enrolled = d.enrolment.has_value();
    if (d.enrolment) s.deviceId = QString::fromStdString(d.enrolment->deviceId);
    if (auto n = d.outbox->pendingCount()) s.pending = *n;
    if (auto n = d.outbox->deadLetterCount()) s.deadLetter = *n;
    if (auto n = d.expert->pendingCount()) s.pendingChecks = *n;
    if (auto n = d.expert->deadLetterCount()) s.deadLetterChecks = *n;
    if (auto n = d.expert->pendingEvidenceCount()) s.pendingEvidence = *n;
    if (auto log = d.outbox->syncLog()) {
        if (log->lastSyncAtMs)
            s.lastSync = QDateTime::fromMSecsSinceEpoch(*log->lastSyncAtMs, Qt::UTC);
        s.lastError = QString::fromStdString(log->lastError);
        s.lastErrorCode = QString::fromStdString(log->lastErrorCode);
    } else {
        s.lastError = QString::fromStdString(log.error().describe());
        s.lastErrorCode = QString::fromStdString(log.error().code);
    }
    return s;
}

Result<QString> KioskBackend::submit(const nlohmann::json& answers, const QString& organizationId,
                                     const QString& channel) {
    Impl& d = *m_impl;
    if (!d.enrolment)
        return makeError("not_enrolled",
                         "the kiosk is not enrolled; enrol it from the operator screen");
    const std::string channelText = channel.toStdString();
    if (!survey::isKnownChannel(channelText))
        return makeError("invalid_value", "must be one of kiosk, interview, web, paper", "channel");
    const OrganizationInfo* org = d.enrolment->findOrganization(organizationId);
    if (!org)
        return makeError("unknown_organization",
                         "this kiosk does not collect answers for that organisation",
                         "organization");
    if (auto st = survey::checkAnswers(d.questionnaire, answers, "answers"); !st) return st.error();
    // The minimum interval guards an unattended kiosk; an operator enters interviews one after
    // the other.
    const bool interview = channelText == "interview";
    const qint64 minIntervalMs = qint64(d.enrolment->settings.minIntervalSeconds) * 1000;
    if (!interview && d.sinceLastSubmit.isValid() && d.sinceLastSubmit.elapsed() < minIntervalMs)
        return makeError("too_soon", "another response was completed less than " +
                                         std::to_string(d.enrolment->settings.minIntervalSeconds) +
                                         " s ago; this one is not stored");

    const Enrolment& e = *d.enrolment;
    auto id = d.outbox->commitNew([&](std::int64_t seq) -> Result<SealedResponse> {
        survey::ResponsePayload payload;
        payload.id = crypto::uuidV4();
        payload.device = e.deviceId;
        payload.org = org->id.toStdString();
        payload.campaign = org->campaign.toStdString();
        payload.questionnaire = d.questionnaire.key();
        payload.channel = channelText;
        payload.day = survey::todayUtc(); // the day only: a time could identify the respondent
        payload.seq = seq;
        payload.answers = answers;
        const auto signedItem =
            survey::signPayload(survey::encodePayload(payload), d.deviceKey.secretKey);
        auto sealed = survey::sealItem(signedItem, e.serverSealKey);
        if (!sealed) return sealed.error();
        // Counted in the same transaction as the outbox row: a count without a stored interview
        // (or the reverse) cannot happen. Only the organisation and the local day.
        if (interview)
            if (auto st = d.expert->bumpInterview(payload.org, localDay()); !st) return st.error();
        return SealedResponse{payload.id, std::string(sealed->begin(), sealed->end())};
    });
    if (!id) return id.error();
    if (!interview) d.sinceLastSubmit.start();
    emit statusChanged();
    if (d.worker) QMetaObject::invokeMethod(d.worker, &SyncWorker::wake, Qt::QueuedConnection);
    return QString::fromStdString(*id);
}

Status KioskBackend::enroll(const QString& code, const QString& label) {
    Impl& d = *m_impl;
    if (d.options.demo)
        return makeError("demo_mode", "a demo kiosk has no server to enrol with", "--demo");
    const std::string url = d.serverUrl();
    if (auto st = checkServerUrl(url); !st) return st;
    const std::string codeText = code.trimmed().toStdString();
    if (codeText.empty()) return makeError("invalid_value", "the enrolment code is empty", "code");
    if (auto pending = d.outbox->pendingCount(); pending && *pending > 0)
        return makeError("outbox_not_empty", std::to_string(*pending) +
                                                 " responses are sealed for the current server and "
                                                 "not yet sent; sync them before enrolling again");
    const std::string labelText = label.isEmpty()
                                      ? "nok-kiosk on " + QSysInfo::machineHostName().toStdString()
                                      : label.toStdString();
    HttpEndpoint endpoint(url);
    auto doc = requestEnrolment(endpoint, codeText, d.deviceKey.publicKey, labelText);
    if (!doc) return doc.error();
    doc->serverUrl = url;
    d.stopWorker();
    if (auto st = EnrolmentStore(*d.db).save(*doc, QDateTime::currentMSecsSinceEpoch()); !st) {
        d.startWorker(this);
        return st;
    }
    if (auto st = loadEnrolmentInto(*d.db, d.enrolment, d.questionnaire); !st) return st;
    d.startWorker(this);
    emit configurationChanged();
    emit statusChanged();
    return {};
}

void KioskBackend::syncNow() {
    if (m_impl->worker)
        QMetaObject::invokeMethod(m_impl->worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace nok::kiosk
