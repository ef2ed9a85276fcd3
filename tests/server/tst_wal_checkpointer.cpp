// The server's checkpointer: connections with a WAL commit hook no longer checkpoint inside their
// own commits (which hold the write lock), so the WalCheckpointer thread must copy the WAL into the
// database once it passes its threshold, and once more when the server stops. If it did not, the
// database file would never receive the data and the WAL would grow without end.
#include "http/wal_checkpointer.h"
#include "nok/sqlite/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <string>
#include "test_program.h"

namespace tst_wal_checkpointer {

using namespace nok;
using nok::server::http::WalCheckpointer;

namespace {

std::uintmax_t fileSize(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : size;
}

// Commits `commits` transactions of one 64 KiB blob each (16 pages of 4 KiB).
void writeBlobs(sqlite::Database& db, int commits) {
    for (int i = 0; i < commits; ++i)
        QVERIFY(db.exec("INSERT INTO blobs (data) VALUES (randomblob(65536))").ok());
}

} // namespace

class TstWalCheckpointer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<sqlite::Database> hookedConnection(const std::string& path,
                                                       WalCheckpointer& checkpointer,
                                                       std::atomic<int>* lastFrames = nullptr) {
        auto db = sqlite::Database::open(path, {.create = false, .durability = sqlite::Durability::Full});
        if (!db) return nullptr;
        (*db)->setWalCommitHook([&checkpointer, lastFrames](int frames) {
            if (lastFrames) *lastFrames = frames;
            checkpointer.commitReported(frames);
        });
        return std::move(*db);
    }

    std::string freshDatabase(const char* name) {
        const auto path = m_dir.filePath(name).toStdString();
        auto db = sqlite::Database::open(path);
        if (!db || !(*db)->exec("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)").ok())
            return {};
        return path;
    }

  private slots:
    void copiesTheWalIntoTheDatabaseOncePastTheThreshold() {
        const auto path = freshDatabase("threshold.db");
        QVERIFY(!path.empty());
        const auto emptySize = fileSize(path);
        WalCheckpointer checkpointer(path);
        std::atomic<int> frames{0};
        auto db = hookedConnection(path, checkpointer, &frames);
        QVERIFY(db);
        // Below the threshold nothing is due: the commits stay in the WAL only (the hook turned the
        // connection's own automatic checkpoint off).
        writeBlobs(*db, 10);
        QVERIFY(frames > 100 && frames < WalCheckpointer::kThresholdFrames);
        QCOMPARE(fileSize(path), emptySize);
        // Past it, the checkpointer thread copies about 5 MB into the database file.
        writeBlobs(*db, 60);
        QVERIFY(frames >= WalCheckpointer::kThresholdFrames);
        QTRY_VERIFY2_WITH_TIMEOUT(fileSize(path) >= emptySize + 60 * 65536,
                                  ("database file is " + std::to_string(fileSize(path)) + " bytes").c_str(),
                                  20000);
    }

    void stopCopiesWhatIsLeft() {
        const auto path = freshDatabase("stop.db");
        QVERIFY(!path.empty());
        const auto emptySize = fileSize(path);
        WalCheckpointer checkpointer(path);
        auto db = hookedConnection(path, checkpointer);
        QVERIFY(db);
        writeBlobs(*db, 5); // far below the threshold: nothing would be copied before stop()
        QCOMPARE(fileSize(path), emptySize);
        checkpointer.stop();
        QVERIFY(fileSize(path) >= emptySize + 5 * 65536);
        auto rows = db->prepare("SELECT count(*), sum(length(data)) FROM blobs");
        QVERIFY(rows.ok() && *rows->step());
        QCOMPARE(rows->columnInt(0), std::int64_t(5));
        QCOMPARE(rows->columnInt(1), std::int64_t(5 * 65536));
    }
};

} // namespace tst_wal_checkpointer

NOK_TEST_GUILESS_MAIN(tst_wal_checkpointer, TstWalCheckpointer)
#include "tst_wal_checkpointer.moc"
