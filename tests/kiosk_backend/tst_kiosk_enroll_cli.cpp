// `nok-kiosk --enroll CODE` as an installer meets it: the real binary, run from a shell with no
// display, enrols, prints the device id and exits (a set-up script or deploy/run.sh goes on to
// start the kiosk), and `--help` says exactly that instead of promising that the kiosk then runs.
#include "kiosk_test_support.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>
#include "test_program.h"

namespace tst_kiosk_enroll_cli {

using namespace nok;
using namespace nok::kiosk;
using namespace nok::kiosk::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs nok-kiosk with no display at all: a command that tried to open a window would fail here.
Run runKiosk(const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NOK_KIOSK_BINARY), args);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("nok-kiosk did not exit within 30 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestKioskEnrollCli : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void helpSaysTheEnrolCommandExits() {
        const Run help = runKiosk({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        // The --enroll entry runs from its option line to the next option.
        const qsizetype from = help.out.indexOf(QStringLiteral("--enroll CODE  "));
        QVERIFY2(from >= 0, qPrintable(help.out));
        const qsizetype to = help.out.indexOf(QStringLiteral("\n  --"), from);
        const QString entry = help.out.mid(from, to - from).simplified();
        QVERIFY2(entry.contains(QStringLiteral("exit")), qPrintable(entry));
        QVERIFY2(entry.contains(QStringLiteral("start the kiosk without --enroll")), qPrintable(entry));
        QVERIFY2(!entry.contains(QStringLiteral("then run")), qPrintable(entry));
    }

    void enrolCommandEnrolsAndExitsWithoutAWindow() {
        FakeSyncServer server;
        QTemporaryDir dir;
        const Run enrol = runKiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--server"),
                                    QString::fromStdString(server.url()), QStringLiteral("--enroll"),
                                    QString::fromStdString(server.addEnrolmentCode())});
        QVERIFY2(enrol.exitCode == 0, qPrintable(enrol.err));
        QVERIFY2(enrol.out.startsWith(QStringLiteral("enrolled as dev-")), qPrintable(enrol.out));
        auto backend = KioskBackend::open({dir.path(), QString(), false});
        QVERIFY2(backend, backend ? "" : backend.error().describe().c_str());
        QVERIFY((*backend)->status().enrolled);
        QCOMPARE(QStringLiteral("enrolled as %1 for 1 organisation(s)\n").arg((*backend)->status().deviceId),
                 enrol.out);
    }

    void aRefusedCodeExitsWithOneAndSaysWhy() {
        FakeSyncServer server;
        QTemporaryDir dir;
        const Run enrol = runKiosk({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--server"),
                                    QString::fromStdString(server.url()), QStringLiteral("--enroll"),
                                    QStringLiteral("code-wrong")});
        QCOMPARE(enrol.exitCode, 1);
        QVERIFY2(enrol.err.contains(QStringLiteral("enrolment failed")), qPrintable(enrol.err));
        QVERIFY(enrol.out.isEmpty());
    }
};

} // namespace tst_kiosk_enroll_cli

NOK_TEST_GUILESS_MAIN(tst_kiosk_enroll_cli, TestKioskEnrollCli)
#include "tst_kiosk_enroll_cli.moc"
