// SQLite helpers: pragmas, statements and caching, transactions that roll back, migrations
// applied once, a newer database refused, online backup.
#include "nok/sqlite/database.h"

#include <QTemporaryDir>
#include <QTest>
#include "test_program.h"

namespace tst_sqlite {

using namespace nok::sqlite;

namespace {

const std::vector<Migration> kTwo = {
    {1, "0001_init", "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"},
    {2, "0002_price", "ALTER TABLE item ADD COLUMN price REAL; CREATE TABLE applied (n INTEGER);"
                      "INSERT INTO applied VALUES (2);"},
};

std::int64_t count(Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    if (!st) return -1;
    auto row = st->step();
    return row.ok() && *row ? st->columnInt(0) : -1;
}

std::string pragma(Database& db, const std::string& name) {
    auto st = db.prepare("PRAGMA " + name);
    auto row = st->step();
    return row.ok() && *row ? st->columnText(0) : std::string();
}

} // namespace

class TstSqlite : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const char* name) { return m_dir.filePath(name).toStdString(); }

private slots:
    void opensWithWalForeignKeysAndDurability() {
        auto db = Database::open(path("a.db"), {.durability = Durability::Full});
        QVERIFY(db.ok());
        QCOMPARE(pragma(**db, "journal_mode"), std::string("wal"));
        QCOMPARE(pragma(**db, "foreign_keys"), std::string("1"));
        QCOMPARE(pragma(**db, "synchronous"), std::string("2")); // FULL
        auto normal = Database::open(path("b.db"));
        QCOMPARE(pragma(**normal, "synchronous"), std::string("1")); // NORMAL
    }
    void openFailureNamesTheFile() {
        auto db = Database::open(path("missing/dir/x.db"));
        QVERIFY(!db.ok());
        QVERIFY(db.error().field.find("missing/dir/x.db") != std::string::npos);
        auto noCreate = Database::open(path("absent.db"), {.create = false});
        QVERIFY(!noCreate.ok());
    }
    void notADatabaseIsAnError() {
        const auto p = path("garbage.db");
        FILE* f = fopen(p.c_str(), "wb");
        fputs("this is not an sqlite database, just some text that is long enough to look like a header", f);
        fclose(f);
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, std::string("database_corrupt"));
    }
    void statementsBindAndRead() {
        auto db = std::move(Database::open(path("c.db")).value());
        QVERIFY(db->exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)").ok());
        auto ins = db->prepare("INSERT INTO t (i, d, s, b, n) VALUES (?, ?, ?, ?, ?)");
        QVERIFY(ins.ok());
        const std::string blob("\0\x01\xff", 3);
        ins->bind(1, std::int64_t(1) << 40).bind(2, 2.5).bind(3, "привет").bindBlob(4, blob.data(), blob.size()).bindNull(5);
        QVERIFY(ins->run().ok());
        auto sel = db->prepare("SELECT i, d, s, b, n FROM t");
        QVERIFY(*sel->step());
        QCOMPARE(sel->columnInt(0), std::int64_t(1) << 40);
        QCOMPARE(sel->columnDouble(1), 2.5);
        QCOMPARE(sel->columnText(2), std::string("привет"));
        QCOMPARE(sel->columnBlob(3), blob);
        QVERIFY(!sel->columnOptionalText(4).has_value());
        QVERIFY(!*sel->step());
        QVERIFY(!db->prepare("SELEKT nonsense").ok());
    }
    void cachedStatementsAreReusedAndReset() {
        auto db = std::move(Database::open(path("d.db")).value());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER)").ok());
        auto first = db->cached("INSERT INTO t (v) VALUES (?)");
        QVERIFY(first.ok());
        QVERIFY((*first)->bind(1, 1).run().ok());
        auto second = db->cached("INSERT INTO t (v) VALUES (?)");
        QCOMPARE(*second, *first);
        // Bindings were cleared: an unbound parameter inserts NULL, not the old 1.
        QVERIFY((*second)->run().ok());
        QCOMPARE(count(*db, "SELECT count(*) FROM t WHERE v IS NULL"), std::int64_t(1));
        QCOMPARE(count(*db, "SELECT count(*) FROM t WHERE v = 1"), std::int64_t(1));
    }
    void constraintViolationIsReported() {
        auto db = std::move(Database::open(path("e.db")).value());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER NOT NULL UNIQUE)").ok());
        QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
        auto st = db->exec("INSERT INTO t VALUES (1)");
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, std::string("constraint_violation"));
    }
    // The kiosk tells a resident what to do from these codes, so each must survive the trip.
    void fullAndReadOnlyStorageHaveTheirOwnCodes() {
        auto db = std::move(Database::open(path("full.db")).value());
        QVERIFY(db->exec("CREATE TABLE t (x TEXT)").ok());
        QVERIFY(db->exec("PRAGMA max_page_count = 3").ok()); // a disk that is already full
        auto full = db->exec("INSERT INTO t VALUES (printf('%.*c', 20000, 'x'))");
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code, std::string("disk_full"));
        auto ro = std::move(Database::open(path("full.db"), {.readOnly = true}).value());
        auto write = ro->exec("INSERT INTO t VALUES ('y')");
        QVERIFY(!write.ok());
        QCOMPARE(write.error().code, std::string("read_only"));
    }

    // A loop that stops early (an error in a row) leaves no statement mid-result: the WAL can
    // still be checkpointed to nothing, which a half-read statement's snapshot would prevent.
    void forEachRowResetsWhateverEndsTheLoop() {
        auto db = std::move(Database::open(path("rows.db")).value());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1), (2), (3)").ok());
        auto st = db->cached("SELECT v FROM t ORDER BY v");
        QVERIFY(st.ok());
        int seen = 0;
        auto stopped = forEachRow(**st, [&](const Statement& row) -> nok::Status {
            ++seen;
            if (row.columnInt(0) == 2) return nok::makeError("bad_row", "stop at 2");
            return {};
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, std::string("bad_row"));
        QCOMPARE(seen, 2);
        auto cp = db->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(cp.ok());
        QVERIFY(cp->step().value());
        QCOMPARE(cp->columnInt(0), std::int64_t(0)); // not busy: nothing holds a snapshot

        auto all = collectRows<std::int64_t>(**st, [](const Statement& row) { return row.columnInt(0); });
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->back(), std::int64_t(3));
    }

    // A single-row lookup reads the first row and leaves the statement reset: the WAL can be
    // checkpointed at once, and the same cached statement asked again starts from the top.
    void firstRowReadsOneRowAndResets() {
        auto db = std::move(Database::open(path("first.db")).value());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (7), (8)").ok());
        auto st = db->cached("SELECT v FROM t WHERE v >= ? ORDER BY v");
        QVERIFY(st.ok());
        auto read = [](const Statement& row) { return row.columnInt(0); };
        for (int round = 0; round < 2; ++round) {
            (*st)->bind(1, 0);
            auto first = firstRow(**st, read);
            QVERIFY(first.ok());
            QVERIFY(first->has_value());
            QCOMPARE(**first, std::int64_t(7)); // not 8 on the second round
        }
        auto cp = db->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(cp.ok());
        QVERIFY(cp->step().value());
        QCOMPARE(cp->columnInt(0), std::int64_t(0)); // not busy: nothing holds a snapshot

        (*st)->bind(1, 100);
        auto none = firstRow(**st, read);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        (*st)->bind(1, 8);
        QCOMPARE(hasRow(**st).value(), true);
        (*st)->bind(1, 9);
        QCOMPARE(hasRow(**st).value(), false);
        QCOMPARE(firstInt(**st, -1).value(), std::int64_t(-1)); // bindings were cleared: no row

        auto sum = db->cached("SELECT sum(v) FROM t");
        QCOMPARE(firstInt(**sum).value(), std::int64_t(15));
        // A failing step is the lookup's error, and the statement is still reset afterwards.
        auto bad = db->cached("SELECT abs(-9223372036854775807 - 1)"); // integer overflow
        auto failed = firstInt(**bad);
        QVERIFY(!failed.ok());
        QVERIFY(db->exec("INSERT INTO t VALUES (9)").ok());
    }

    void transactionRollsBackUnlessCommitted() {
        auto db = std::move(Database::open(path("f.db")).value());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER)").ok());
        {
            Transaction tx(*db);
            QVERIFY(tx.begun().ok());
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
        }
        QCOMPARE(count(*db, "SELECT count(*) FROM t"), std::int64_t(0));
        {
            Transaction tx(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(!tx.commit().ok()); // already ended
        }
        QCOMPARE(count(*db, "SELECT count(*) FROM t"), std::int64_t(1));
    }
    void migrationsApplyOnceInOrder() {
        const auto p = path("m.db");
        {
            auto db = std::move(Database::open(p).value());
            QVERIFY(migrate(*db, {kTwo[0]}).ok());
            QCOMPARE(db->userVersion(), 1);
        }
        auto db = std::move(Database::open(p).value());
        QVERIFY(migrate(*db, kTwo).ok());
        QCOMPARE(db->userVersion(), 2);
        QVERIFY(migrate(*db, kTwo).ok()); // nothing to do: not applied twice
        QCOMPARE(count(*db, "SELECT count(*) FROM applied"), std::int64_t(1));
    }
    void failingMigrationRollsBackAndNamesItself() {
        auto db = std::move(Database::open(path("bad.db")).value());
        std::vector<Migration> ms = {kTwo[0], {2, "0002_broken", "CREATE TABLE x (a INTEGER); CREATE TABLE item (dup INTEGER);"}};
        auto st = migrate(*db, ms);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, std::string("migration_failed"));
        QCOMPARE(st.error().field, std::string("0002_broken"));
        QCOMPARE(db->userVersion(), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'x'"), std::int64_t(0));
    }
    void newerDatabaseIsRefused() {
        const auto p = path("new.db");
        {
            auto db = std::move(Database::open(p).value());
            QVERIFY(migrate(*db, kTwo).ok());
        }
        auto db = std::move(Database::open(p).value());
        auto st = migrate(*db, {kTwo[0]});
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, std::string("database_too_new"));
        QCOMPARE(db->userVersion(), 2); // untouched
    }
    void gapsInMigrationNumbersAreRejected() {
        auto db = std::move(Database::open(path("gap.db")).value());
        auto st = migrate(*db, {kTwo[0], {3, "0003_x", "SELECT 1"}});
        QVERIFY(!st.ok());
        QCOMPARE(db->userVersion(), 0);
    }
    void onlineBackupCopiesEverything() {
        auto db = std::move(Database::open(path("src.db")).value());
        QVERIFY(migrate(*db, kTwo).ok());
        QVERIFY(db->exec("INSERT INTO item (name, price) VALUES ('a', 1.5), ('b', 2)").ok());
        QVERIFY(db->backupTo(path("copy.db")).ok());
        auto copy = std::move(Database::open(path("copy.db")).value());
        QCOMPARE(count(*copy, "SELECT count(*) FROM item"), std::int64_t(2));
        QCOMPARE(copy->userVersion(), 2);
    }
};

} // namespace tst_sqlite

NOK_TEST_APPLESS_MAIN(tst_sqlite, TstSqlite)
#include "tst_sqlite.moc"
