// The server's secrets stay its own whatever the umask: the database (with the signing and
// sealing secret keys), its -wal and -shm, and `backup --out` files are created 0600; `serve`
// warns on every start while an existing database is readable by others; `check` reports a
// corrupt page, a schema from a newer nok-server, and such a file mode, and says ok otherwise.
#include "child_server.h"

#include "../support/cli_run.h"
#include "storage/server_database.h"

#include <QFile>
#include <QTest>

#include <fstream>

#include <sys/stat.h>
#include "test_program.h"

namespace tst_private_files {

using namespace nok;
using namespace nok::test;

namespace {

unsigned modeOf(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return 07777;
    return st.st_mode & 0777;
}

// Restores the umask the test found, however it ends.
struct UmaskScope {
    explicit UmaskScope(mode_t mask) : previous(::umask(mask)) {}
    ~UmaskScope() { ::umask(previous); }
    mode_t previous;
};

} // namespace

class TstPrivateFiles : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void databaseWalShmAndBackupAreOwnerOnly() {
        UmaskScope loose(000); // the worst case: everything would be world-writable
        QTemporaryDir dir;
        const std::string db = dir.filePath("nok.db").toStdString();
        auto init = runCli({"init", "--db", db});
        QCOMPARE(init.code, 0);
        QCOMPARE(modeOf(db), 0600u);
        {
            // A second connection that writes, as `serve` does, makes the -wal and -shm.
            auto open = server::openServerDatabase(db, false);
            QVERIFY(open);
            QVERIFY((*open)->exec("CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1)"));
            QCOMPARE(modeOf(db + "-wal"), 0600u);
            QCOMPARE(modeOf(db + "-shm"), 0600u);
            auto backup =
                runCli({"backup", "--db", db, "--out", dir.filePath("b.db").toStdString()});
            QCOMPARE(backup.code, 0);
            QCOMPARE(modeOf(dir.filePath("b.db").toStdString()), 0600u);
        }
        auto check = runCli({"check", "--db", db});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.find("integrity ok") != std::string::npos, check.out.c_str());
        QVERIFY2(check.out.find("readable by its owner only") != std::string::npos,
                 check.out.c_str());
    }

    void serveAndCheckWarnAboutAReadableDatabase() {
        QTemporaryDir dir;
        const std::string db = makeDatabase(dir);
        QVERIFY(!db.empty());
        QVERIFY(::chmod(db.c_str(), 0644) == 0);
        auto check = runCli({"check", "--db", db});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.err.find("mode 0644") != std::string::npos, check.err.c_str());
        QVERIFY2(check.err.find("chmod 600") != std::string::npos, check.err.c_str());

        ChildServer server;
        QVERIFY(server.start(db));
        const std::string log = server.log();
        server.process().terminate();
        server.process().waitForFinished(10000);
        QVERIFY2(log.find("WARNING: " + db + " can be read by group or others (mode 0644)") !=
                     std::string::npos,
                 log.c_str());

        QVERIFY(::chmod(db.c_str(), 0600) == 0);
        ChildServer quiet;
        QVERIFY(quiet.start(db));
        const std::string quietLog = quiet.log();
        quiet.process().terminate();
        quiet.process().waitForFinished(10000);
        QVERIFY2(quietLog.find("WARNING") == std::string::npos, quietLog.c_str());
    }

    void checkFindsACorruptPageAndANewerSchema() {
        QTemporaryDir dir;
        const std::string db = makeDatabase(dir);
        QVERIFY(!db.empty());
        {
            // Enough rows that the tables span many pages.
            auto open = server::openServerDatabase(db, false);
            QVERIFY(open);
            QVERIFY((*open)->exec("CREATE TABLE filler (t TEXT); WITH RECURSIVE n(i) AS (SELECT 1 "
                                  "UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO "
                                  "filler SELECT printf('%0200d', i) FROM n; PRAGMA "
                                  "wal_checkpoint(TRUNCATE)"));
        }
        const std::string broken = dir.filePath("broken.db").toStdString();
        QVERIFY(QFile::copy(QString::fromStdString(db), QString::fromStdString(broken)));
        {
            std::fstream f(broken, std::ios::in | std::ios::out | std::ios::binary);
            const auto size = QFileInfo(QString::fromStdString(broken)).size();
            f.seekp(size - 3 * 4096); // a page of table data near the end
            const std::string junk(4096, '\x5a');
            f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        }
        auto corrupt = runCli({"check", "--db", broken});
        QCOMPARE(corrupt.code, 1);
        QVERIFY2(corrupt.err.find("integrity") != std::string::npos ||
                     corrupt.err.find("malformed") != std::string::npos,
                 corrupt.err.c_str());

        {
            auto open = sqlite::Database::open(db, {.create = false});
            QVERIFY(open);
            QVERIFY((*open)->exec("PRAGMA user_version = 99"));
        }
        auto newer = runCli({"check", "--db", db});
        QCOMPARE(newer.code, 1);
        QVERIFY2(newer.err.find("schema version 99 was written by a newer nok-server") !=
                     std::string::npos,
                 newer.err.c_str());
        auto missing = runCli({"check", "--db", db + ".typo"});
        QCOMPARE(missing.code, 1);
    }
};

} // namespace tst_private_files

NOK_TEST_GUILESS_MAIN(tst_private_files, TstPrivateFiles)
#include "tst_private_files.moc"
