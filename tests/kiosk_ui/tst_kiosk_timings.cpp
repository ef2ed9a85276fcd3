// The kiosk's local settings rule (kiosk.ini against the server's kiosk settings): what staff
// write in kiosk.ini wins, what they leave out follows the server, and a bad value is refused
// with the file and key named, so a kiosk never starts with a half-read configuration.
#include "app/kiosk_timings.h"
#include "app/ui_config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include "test_program.h"

namespace tst_kiosk_timings {

using namespace nok::kiosk;

class TstKioskTimings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeIni(const QByteArray& text) {
        const QString path = m_dir.filePath(QStringLiteral("kiosk.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

private slots:
    void withoutKioskIniTheServerDecides() {
        const auto config = loadUiConfig(m_dir.filePath(QStringLiteral("absent.ini")));
        QVERIFY(config.ok());
        const auto t = effectiveTimings(*config, KioskSettings{300, 45});
        QCOMPARE(t.idleTimeoutSeconds, 300);
        QCOMPARE(t.minIntervalSeconds, 45);
    }
    void aValueInKioskIniWinsTheOtherFollowsTheServer() {
        const auto config = loadUiConfig(writeIni("[ui]\nidle_timeout_seconds = 240\n"));
        QVERIFY(config.ok());
        const auto t = effectiveTimings(*config, KioskSettings{300, 45});
        QCOMPARE(t.idleTimeoutSeconds, 240);
        QCOMPARE(t.minIntervalSeconds, 45);
        // A later configuration from the server changes only what kiosk.ini left to it.
        const auto later = effectiveTimings(*config, KioskSettings{600, 10});
        QCOMPARE(later.idleTimeoutSeconds, 240);
        QCOMPARE(later.minIntervalSeconds, 10);
    }
    void zeroIntervalInKioskIniIsAChoiceNotAnAbsence() {
        const auto config = loadUiConfig(writeIni("[ui]\nmin_interval_seconds = 0\n"));
        QVERIFY(config.ok());
        QCOMPARE(effectiveTimings(*config, KioskSettings{90, 20}).minIntervalSeconds, 0);
    }
    void aBadValueNamesTheFileAndKey() {
        const QString path = writeIni("[ui]\nidle_timeout_seconds = soon\n");
        const auto config = loadUiConfig(path);
        QVERIFY(!config.ok());
        const QString message = QString::fromStdString(config.error().describe());
        QVERIFY2(message.contains(path + QStringLiteral(": ui/idle_timeout_seconds")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("from 10 to 3600")), qPrintable(message));
        const auto pin = loadUiConfig(writeIni("[operator]\npin = 12a4\n"));
        QVERIFY(!pin.ok());
        QVERIFY(QString::fromStdString(pin.error().describe()).contains(QStringLiteral("operator/pin")));
    }
};

} // namespace tst_kiosk_timings

NOK_TEST_GUILESS_MAIN(tst_kiosk_timings, TstKioskTimings)
#include "tst_kiosk_timings.moc"
