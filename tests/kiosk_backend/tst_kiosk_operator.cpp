// Operator mode below the screens: interview counters bumped only with a committed interview,
// expert checks and their photos kept in kiosk.db across restarts, synced photo-first to a
// loopback server that verifies everything, leaving the outbox only by a verified receipt,
// refusals kept as dead letters, the config pull's checklist and counts, and demo mode offline.
#include "device_identity.h"
#include "kiosk_test_support.h"

#include "nok/expert/checklist.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>
#include "test_program.h"

namespace tst_kiosk_operator {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;

class TestKioskOperator : public QObject {
    Q_OBJECT

    // An enrolled backend talking to `server`.
    std::unique_ptr<KioskBackend> openAt(const QString& dir, FakeSyncServer& server) {
        if (enrollAt(dir, server).isEmpty()) return nullptr;
        auto backend = KioskBackend::open({dir, QString::fromStdString(server.url()), false});
        return backend ? std::move(*backend) : nullptr;
    }

    QString storePhoto(KioskBackend& backend, const std::string& seed) {
        auto sha = backend.storeEvidence(tinyJpeg(seed), QStringLiteral("image/jpeg"));
        return sha ? *sha : QString();
    }

  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void interviewCountsOnlyCommittedInterviews() {
        QTemporaryDir dir;
        const auto seal = crypto::generateSealingKeyPair();
        const auto sign = crypto::generateSigningKeyPair();
        QVERIFY(writeOfflineEnrolment(dir.path(), seal.publicKey, sign.publicKey, 60));
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(backend);
        KioskBackend& b = **backend;
        QVERIFY(b.interviewCounts().empty());

        auto bad = validAnswers();
        bad["age"] = 7;
        QVERIFY(!b.submit(bad, "org-1", "interview"));                // invalid: nothing stored
        QVERIFY(!b.submit(validAnswers(), "org-9", "interview"));     // not enrolled for org-9
        QVERIFY(b.interviewCounts().empty());
        QCOMPARE(outboxRows(dir.path()), 0);

        QVERIFY(b.submit(validAnswers(), "org-1", "interview"));
        // No minimum interval for interviews (the kiosk's is 60 s here).
        QVERIFY(b.submit(validAnswers(), "org-1", "interview"));
        QVERIFY(b.submit(validAnswers(), "org-1", "kiosk"));           // a kiosk response: not counted
        auto tooSoon = b.submit(validAnswers(), "org-1", "kiosk");
        QVERIFY(!tooSoon);
        QCOMPARE(tooSoon.error().code, std::string("too_soon"));
        QCOMPARE(outboxRows(dir.path()), 3);
        const auto counts = b.interviewCounts();
        QCOMPARE(int(counts.size()), 1);
        QVERIFY(counts.count("org-1") == 1);
        QCOMPARE(counts.at("org-1").today, 2);
        QCOMPARE(counts.at("org-1").total, 2);
        // The counter holds the organisation and the day only.
        QCOMPARE(tableRows(dir.path(), "interview_count"), 1);
    }

    void checksAndPhotosSurviveReopening() {
        QTemporaryDir dir;
        const auto seal = crypto::generateSealingKeyPair();
        const auto sign = crypto::generateSigningKeyPair();
        QVERIFY(writeOfflineEnrolment(dir.path(), seal.publicKey, sign.publicKey));
        QString id;
        crypto::Bytes devicePublic;
        {
            auto backend = KioskBackend::open({dir.path(), QString(), false});
            QVERIFY(backend);
            const QString sha = storePhoto(**backend, "a");
            QVERIFY(!sha.isEmpty());
            auto stored = (*backend)->submitExpertCheck(completeCheck("org-1", "kem-2026", {sha.toStdString()}),
                                                        (*backend)->checklistJson());
            QVERIFY2(stored, stored ? "" : stored.error().describe().c_str());
            id = *stored;
        }
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(backend);
        const auto status = (*backend)->status();
        QCOMPARE(status.pendingChecks, 1);
        QCOMPARE(status.pendingEvidence, 1);
        QCOMPARE(tableRows(dir.path(), "evidence"), 1);
        // The stored payload is the exact signed bytes of a valid check with that id.
        auto db = openStore(dir.path());
        auto stmt = db->prepare("SELECT payload, sig FROM expert_outbox");
        QVERIFY(stmt);
        auto row = stmt->step();
        QVERIFY(row && *row);
        auto check = expert::decodeExpertCheck(stmt->columnBlob(0));
        QVERIFY(check);
        QCOMPARE(QString::fromStdString(check->id), id);
        QCOMPARE(check->device, std::string("dev-0123456789ab"));
        QVERIFY(expert::validateExpertCheck(*check, expert::builtinChecklist()));
        const auto key = loadOrCreateDeviceKey(dir.path().toStdString());
        QVERIFY(key);
        const std::string sig = stmt->columnBlob(1);
        QVERIFY(crypto::verify(key->publicKey, stmt->columnBlob(0), crypto::Bytes(sig.begin(), sig.end())));
    }

    void invalidChecksAndPhotosAreRefused() {
        QTemporaryDir dir;
        const auto seal = crypto::generateSealingKeyPair();
        const auto sign = crypto::generateSigningKeyPair();
        QVERIFY(writeOfflineEnrolment(dir.path(), seal.publicKey, sign.publicKey));
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(backend);
        KioskBackend& b = **backend;
        QVERIFY(!b.storeEvidence(QByteArray("GIF89a..."), "image/jpeg"));
        QVERIFY(!b.storeEvidence(tinyJpeg("x"), "image/png")); // type does not match the bytes
        QCOMPARE(tableRows(dir.path(), "evidence"), 0);

        auto incomplete = completeCheck("org-1", "kem-2026");
        incomplete.items.pop_back();
        auto refused = b.submitExpertCheck(incomplete, b.checklistJson());
        QVERIFY(!refused);
        QVERIFY2(refused.error().describe().find("items") != std::string::npos, refused.error().describe().c_str());
        // A photo that is not on the device.
        auto missing = b.submitExpertCheck(completeCheck("org-1", "kem-2026", {std::string(64, 'a')}), b.checklistJson());
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, std::string("missing_evidence"));
        QVERIFY(!b.submitExpertCheck(completeCheck("org-9", "kem-2026"), b.checklistJson()));
        QCOMPARE(tableRows(dir.path(), "expert_outbox"), 0);
    }

    void aCheckSyncsPhotoFirstAndLeavesOnlyByAVerifiedReceipt() {
        FakeSyncServer server;
        QTemporaryDir dir;
        server.setExpertFault(FakeSyncServer::ExpertFault::BadSignature);
        auto backend = openAt(dir.path(), server);
        QVERIFY(backend);
        const QString sha = storePhoto(*backend, "stand");
        auto id = backend->submitExpertCheck(completeCheck("org-1", "kem-2026", {sha.toStdString()}),
                                             backend->checklistJson());
        QVERIFY2(id, id ? "" : id.error().describe().c_str());
        // A wrongly signed answer removes nothing, even though the server did store the check.
        QTRY_VERIFY_WITH_TIMEOUT(server.checkPosts() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(backend->status().lastError.contains("signed"), 20000);
        QCOMPARE(backend->status().pendingChecks, 1);
        QCOMPARE(server.evidenceStored(sha.toStdString()), 1);

        server.setExpertFault(FakeSyncServer::ExpertFault::None);
        backend->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pendingChecks, 0, 20000);
        QCOMPARE(server.timesCheckStored(id->toStdString()), 1);
        // The photo went once (marked uploaded before the first POST); none is left on the tablet.
        QCOMPARE(server.evidenceUploads(), 1);
        QCOMPARE(tableRows(dir.path(), "evidence"), 0);
        QCOMPARE(backend->status().pendingEvidence, 0);
        QVERIFY(backend->status().lastError.isEmpty());
    }

    void aRefusedCheckIsKeptAsDeadLetter() {
        FakeSyncServer server;
        QTemporaryDir dir;
        server.setExpertFault(FakeSyncServer::ExpertFault::Refuse409);
        auto backend = openAt(dir.path(), server);
        QVERIFY(backend);
        const QString sha = storePhoto(*backend, "site");
        QVERIFY(backend->submitExpertCheck(completeCheck("org-1", "kem-2026", {sha.toStdString()}),
                                           backend->checklistJson()));
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().deadLetterChecks, 1, 20000);
        QCOMPARE(backend->status().pendingChecks, 0);
        QCOMPARE(tableRows(dir.path(), "expert_dead_letter"), 1);
        QCOMPARE(tableRows(dir.path(), "evidence"), 1); // its photo is kept with it
    }

    void aServerErrorKeepsTheCheckForLater() {
        FakeSyncServer server;
        QTemporaryDir dir;
        server.setExpertFault(FakeSyncServer::ExpertFault::ServerError);
        auto backend = openAt(dir.path(), server);
        QVERIFY(backend);
        auto id = backend->submitExpertCheck(completeCheck("org-1", "kem-2026"), backend->checklistJson());
        QVERIFY(id);
        QTRY_VERIFY_WITH_TIMEOUT(!backend->status().lastError.isEmpty(), 20000);
        QCOMPARE(backend->status().pendingChecks, 1);
        QCOMPARE(backend->status().deadLetterChecks, 0);
        server.setExpertFault(FakeSyncServer::ExpertFault::None);
        backend->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(backend->status().pendingChecks, 0, 20000);
        QCOMPARE(server.timesCheckStored(id->toStdString()), 1);
    }

    void configPullBringsChecklistAndServerCounts() {
        FakeSyncServer server;
        // The council's checklist: the built-in one with another id and one stand item less.
        auto doc = nlohmann::json::parse(expert::builtinChecklistJson());
        doc["id"] = "886n-1239/2";
        auto& items = doc["items"];
        items.erase(items.begin());
        server.setChecklistJson(doc.dump());
        server.setCompleteResponses("org-1", 37);
        QTemporaryDir dir;
        auto backend = openAt(dir.path(), server);
        QVERIFY(backend);
        QVERIFY(backend->checklistJson().find("886n-1239/2") != std::string::npos);
        QCOMPARE(backend->organizations().front().completeResponses, 37);
        // The periodic pull (here: the one at the next start) updates the server's count.
        server.setCompleteResponses("org-1", 38);
        backend.reset();
        auto reopened = KioskBackend::open({dir.path(), QString::fromStdString(server.url()), false});
        QVERIFY(reopened);
        QTRY_COMPARE_WITH_TIMEOUT((*reopened)->organizations().front().completeResponses, 38, 20000);
        QVERIFY((*reopened)->checklistJson().find("886n-1239/2") != std::string::npos);
    }

    void demoModeWorksOffline() {
        QTemporaryDir dir;
        auto backend = KioskBackend::open({dir.path(), QString(), true});
        QVERIFY(backend);
        KioskBackend& b = **backend;
        QCOMPARE(b.organizations().front().id, QStringLiteral("demo-org"));
        QVERIFY(b.checklistJson() == std::string(expert::builtinChecklistJson()));
        QVERIFY(b.submit(validAnswers(), "demo-org", "interview"));
        const auto counts = b.interviewCounts();
        QVERIFY(counts.count("demo-org") == 1);
        QCOMPARE(counts.at("demo-org").total, 1);
        const QString sha = storePhoto(b, "demo");
        auto id = b.submitExpertCheck(completeCheck("demo-org", "demo", {sha.toStdString()}), b.checklistJson());
        QVERIFY2(id, id ? "" : id.error().describe().c_str());
        QCOMPARE(b.status().pendingChecks, 1);
    }
};

} // namespace tst_kiosk_operator

NOK_TEST_GUILESS_MAIN(tst_kiosk_operator, TestKioskOperator)
#include "tst_kiosk_operator.moc"
