// The durable outbox seen through KioskBackend::submit(): what a finished questionnaire leaves
// on disk (sealed, signed, day only, seq counting up), what it refuses (and that a refusal stores
// nothing), the device key file, and demo mode. No network: the enrolment is written offline.
#include "kiosk_test_support.h"

#include "device_identity.h"
#include "nok/survey/response_payload.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <set>
#include <sys/stat.h>
#include "test_program.h"

namespace tst_kiosk_submit {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;

class TestKioskSubmit : public QObject {
    Q_OBJECT

    crypto::SigningKeyPair m_serverSign;
    crypto::SealingKeyPair m_serverSeal;

    std::unique_ptr<KioskBackend> openBackend(const QString& dir, bool demo = false) {
        KioskOptions options;
        options.dataDir = dir;
        options.demo = demo;
        auto backend = KioskBackend::open(options);
        if (!backend) qWarning("%s", backend.error().describe().c_str());
        return backend ? std::move(*backend) : nullptr;
    }

  private slots:
    void initTestCase() {
        QVERIFY(crypto::init());
        m_serverSign = crypto::generateSigningKeyPair();
        m_serverSeal = crypto::generateSealingKeyPair();
    }

    void submitCommitsASealedSignedPayloadThatSurvivesTheProcess() {
        QTemporaryDir dir;
        QVERIFY(writeOfflineEnrolment(dir.path(), m_serverSeal.publicKey, m_serverSign.publicKey));
        QStringList ids;
        {
            auto backend = openBackend(dir.path());
            QVERIFY(backend);
            QSignalSpy statusSpy(backend.get(), &KioskBackend::statusChanged);
            for (int i = 0; i < 2; ++i) {
                auto id = backend->submit(validAnswers(), QStringLiteral("org-1"));
                QVERIFY2(id, id ? "" : id.error().describe().c_str());
                ids << *id;
            }
            QCOMPARE(statusSpy.count(), 2);
            QCOMPARE(backend->status().pending, 2);
        } // the backend is gone: what follows reads only the file
        auto deviceKey = crypto::loadSigningKeyPair(dir.filePath("device.key").toStdString());
        QVERIFY(deviceKey);
        for (int i = 0; i < 2; ++i) {
            auto row = outboxRow(dir.path(), ids[i].toStdString());
            QVERIFY(row);
            QCOMPARE(row->state, std::string("pending"));
            QCOMPARE(row->attempts, 0);
            auto opened = survey::openSealedItem(
                crypto::Bytes(row->sealed.begin(), row->sealed.end()), m_serverSeal);
            QVERIFY2(opened, "the stored blob must open with the server's sealing key");
            QVERIFY2(crypto::verify(deviceKey->publicKey, opened->payload, opened->sig),
                     "the payload must carry the device's signature");
            const auto doc = nlohmann::json::parse(opened->payload);
            std::set<std::string> keys;
            for (const auto& [key, value] : doc.items())
                keys.insert(key);
            const std::set<std::string> expected{
                "v",       "id",  "device", "org",    "campaign", "questionnaire",
                "channel", "day", "seq",    "answers"};
            QVERIFY2(keys == expected,
                     "the payload carries exactly the contract's fields: no time of day");
            QVERIFY(survey::isIsoDay(doc["day"].get<std::string>()));
            QCOMPARE(doc["seq"].get<int>(), i + 1);
            QCOMPARE(row->seq, static_cast<std::int64_t>(i + 1));
            QCOMPARE(QString::fromStdString(doc["id"].get<std::string>()), ids[i]);
            QCOMPARE(doc["org"].get<std::string>(), std::string("org-1"));
            QCOMPARE(doc["campaign"].get<std::string>(), std::string("kem-2026"));
            QCOMPARE(doc["channel"].get<std::string>(), std::string("kiosk"));
            QCOMPARE(doc["questionnaire"].get<std::string>(), std::string("social-675n/1"));
            QCOMPARE(doc["answers"], validAnswers());
        }
        // The counter lives in the file too: a restarted kiosk continues at 3.
        auto backend = openBackend(dir.path());
        auto third = backend->submit(validAnswers(), QStringLiteral("org-1"));
        QVERIFY(third);
        QCOMPARE(outboxRow(dir.path(), third->toStdString())->seq, std::int64_t(3));
    }

    void invalidAnswersAreRefusedNamingTheQuestionAndStoreNothing() {
        QTemporaryDir dir;
        QVERIFY(writeOfflineEnrolment(dir.path(), m_serverSeal.publicKey, m_serverSign.publicKey));
        auto backend = openBackend(dir.path());
        QVERIFY(backend);
        auto tooYoung = validAnswers();
        tooYoung["age"] = 7;
        auto r = backend->submit(tooYoung, QStringLiteral("org-1"));
        QVERIFY(!r);
        QCOMPARE(r.error().field, std::string("answers.age"));
        QCOMPARE(r.error().code, std::string("out_of_range"));

        auto missing = validAnswers();
        missing.erase("timely");
        r = backend->submit(missing, QStringLiteral("org-1"));
        QVERIFY(!r);
        QCOMPARE(r.error().field, std::string("answers.timely"));

        r = backend->submit(validAnswers(), QStringLiteral("org-unknown"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("unknown_organization"));
        r = backend->submit(validAnswers(), QStringLiteral("org-1"), QStringLiteral("telepathy"));
        QVERIFY(!r);
        QCOMPARE(r.error().field, std::string("channel"));

        QCOMPARE(backend->status().pending, 0);
        QCOMPARE(outboxRows(dir.path()), 0);
        // Refusals consume no seq: the first stored response is still number 1.
        auto ok = backend->submit(validAnswers(), QStringLiteral("org-1"));
        QVERIFY(ok);
        QCOMPARE(outboxRow(dir.path(), ok->toStdString())->seq, std::int64_t(1));
    }

    void aNotEnrolledKioskStoresNothing() {
        QTemporaryDir dir;
        auto backend = openBackend(dir.path());
        QVERIFY(backend);
        QVERIFY(!backend->status().enrolled);
        QCOMPARE(QString::fromStdString(backend->questionnaire().key()),
                 QStringLiteral("social-675n/1"));
        auto r = backend->submit(validAnswers(), QStringLiteral("org-1"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string("not_enrolled"));
        QCOMPARE(outboxRows(dir.path()), 0);
    }

    void aSecondCompletionWithinTheMinimumIntervalIsRefused() {
        QTemporaryDir dir;
        QVERIFY(
            writeOfflineEnrolment(dir.path(), m_serverSeal.publicKey, m_serverSign.publicKey, 20));
        auto backend = openBackend(dir.path());
        QCOMPARE(backend->settings().minIntervalSeconds, 20);
        QVERIFY(backend->submit(validAnswers(), QStringLiteral("org-1")));
        auto mashed = backend->submit(validAnswers(), QStringLiteral("org-1"));
        QVERIFY(!mashed);
        QCOMPARE(mashed.error().code, std::string("too_soon"));
        QCOMPARE(outboxRows(dir.path()), 1);
    }

    void theDeviceKeyFileIsPrivateAndStable() {
        QTemporaryDir parent;
        const QString dir = parent.filePath("data");
        crypto::Bytes first;
        {
            auto backend = openBackend(dir);
            QVERIFY(backend);
        }
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(dir + "/device.key").constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(dir).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
        first = crypto::loadSigningKeyPair((dir + "/device.key").toStdString())->publicKey;
        {
            auto again = openBackend(dir);
            QVERIFY(again);
        }
        QCOMPARE(crypto::loadSigningKeyPair((dir + "/device.key").toStdString())->publicKey, first);

        // A key others can read is refused, not silently replaced (the server knows this key).
        QCOMPARE(::chmod(QFile::encodeName(dir + "/device.key").constData(), 0644), 0);
        KioskOptions options;
        options.dataDir = dir;
        auto refused = KioskBackend::open(options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("key_file_permissions"));
        QVERIFY(QString::fromStdString(refused.error().describe()).contains("device.key"));
        ::chmod(QFile::encodeName(dir + "/device.key").constData(), 0600);
        QCOMPARE(crypto::loadSigningKeyPair((dir + "/device.key").toStdString())->publicKey, first);
    }

    void demoModeSealsToALocalStandInKeyAndKeepsItsOwnStore() {
        QTemporaryDir dir;
        auto backend = openBackend(dir.path(), true);
        QVERIFY(backend);
        const auto orgs = backend->organizations();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs.front().name, QStringLiteral("Демонстрационный дом-интернат"));
        QVERIFY(backend->status().enrolled);
        backend->syncNow(); // no server: nothing happens, nothing breaks
        auto id = backend->submit(validAnswers(), orgs.front().id);
        QVERIFY2(id, id ? "" : id.error().describe().c_str());
        QCOMPARE(backend->status().pending, 1);

        const QString demoDir = dir.filePath("demo");
        QVERIFY2(!QFile::exists(dir.filePath("kiosk.db")),
                 "demo answers never share the real outbox");
        auto standIn =
            crypto::loadSealingKeyPair((demoDir + "/demo-server-seal.key").toStdString());
        QVERIFY(standIn);
        auto row = outboxRow(demoDir, id->toStdString());
        QVERIFY(row);
        auto opened =
            survey::openSealedItem(crypto::Bytes(row->sealed.begin(), row->sealed.end()), *standIn);
        QVERIFY(opened);
        auto payload = survey::decodePayload(opened->payload);
        QVERIFY(payload);
        QCOMPARE(payload->org, std::string("demo-org"));
        QVERIFY(QString::fromStdString(payload->device).startsWith("demo-"));

        auto enrol = backend->enroll(QStringLiteral("code"));
        QVERIFY(!enrol);
        QCOMPARE(enrol.error().code, std::string("demo_mode"));
    }

    void aStoreFromANewerKioskOrADamagedFileIsRefusedUntouched() {
        QTemporaryDir dir;
        QVERIFY(writeOfflineEnrolment(dir.path(), m_serverSeal.publicKey, m_serverSign.publicKey));
        {
            auto db = openStore(dir.path());
            QVERIFY(db->exec("PRAGMA user_version = 99"));
        }
        auto newer = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, std::string("database_too_new"));

        QTemporaryDir damaged;
        QFile file(damaged.filePath("kiosk.db"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray junk(4096, 'x');
        file.write(junk);
        file.close();
        auto broken = KioskBackend::open({damaged.path(), QString(), false});
        QVERIFY(!broken);
        QVERIFY2(QString::fromStdString(broken.error().describe()).contains("kiosk.db"),
                 broken.error().describe().c_str());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), junk); // nothing overwritten: an operator can still rescue it
    }
};

} // namespace tst_kiosk_submit

NOK_TEST_GUILESS_MAIN(tst_kiosk_submit, TestKioskSubmit)
#include "tst_kiosk_submit.moc"
