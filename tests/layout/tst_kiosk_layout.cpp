// tst_kiosk_layout: the kiosk's real window (Main.qml) at one window size (--window WxH; one
// ctest per size) walks the screenshot tour (qml/Flow/ScreenshotTour.qml: every screen and every
// question, respondent and operator, at the three text sizes and both contrasts), with the demo
// region's organisations (deploy/demo/demo-region.json, the longest name first, so every
// screen shows it) and the built-in 55-item checklist. Each screen is one data row, checked by
// LayoutChecker: nothing outside the window, cut, elided or on top of something else, and
// every scrolling area shows its scroll bar. --shots DIR saves the screens as PNG (with
// --documented only those the documentation shows, --scale F smaller): docs/screenshots/.
#include "layout_checker.h"

#include "demo_device_control.h"
#include "kiosk_environment.h"
#include "memory_operator_store.h"
#include "memory_response_sink.h"

#include "nok/survey/questionnaire.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngineExtensionPlugin>
#include <QQmlIncubationController>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Nok_KioskPlugin)

using namespace nok::kiosk;

namespace {

struct Options {
    QSize window{1280, 800};
    QString shots;            // directory for PNGs, "" = none
    bool documentedOnly = false;
    qreal scale = 1.0;
};

// The demo region's organisations, the one with the longest name first: the tour opens the
// first for interviews and the expert check, and the kiosk answers for it.
QList<OrganizationProgress> demoOrganizations() {
    QFile file(QStringLiteral(NOK_SOURCE_DIR "/deploy/demo/demo-region.json"));
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QJsonArray orgs = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("organizations")).toArray();
    QList<OrganizationProgress> list;
    for (const auto& value : orgs) {
        const QJsonObject o = value.toObject();
        OrganizationProgress p;
        p.id = o.value(QLatin1String("id")).toString();
        p.name = o.value(QLatin1String("name")).toString();
        p.campaign = QStringLiteral("kuzbass-2026");
        p.recipients = o.value(QLatin1String("recipients")).toInteger();
        p.today = 3;
        p.total = 27;
        p.serverComplete = 41;
        list.append(p);
    }
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.name.size() > b.name.size(); });
    return list;
}

// Photos and a folder with long Russian names for the file picker.
bool makePickerFolder(const QString& path) {
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral("Проверка 5 декабря, второй корпус"))) return false;
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(QStringLiteral("#6a8caf")));
    for (const char* name : {"Стенд у входа: лицензия и режим работы.png", "Пандус.png"})
        if (!image.save(dir.filePath(QString::fromUtf8(name)))) return false;
    return true;
}

} // namespace

class TstKioskLayout : public QObject {
    Q_OBJECT
public:
    explicit TstKioskLayout(Options options) : m_options(std::move(options)) {}

private slots:
    void initTestCase();
    void screens_data();
    void screens();
    void cleanupTestCase();

private:
    QVariant callTour(const char* function, int step) const;

    Options m_options;
    std::unique_ptr<nok::survey::Questionnaire> m_questionnaire;
    std::unique_ptr<MemoryResponseSink> m_sink;
    std::unique_ptr<DemoDeviceControl> m_device;
    std::unique_ptr<KioskEnvironment> m_env;
    std::unique_ptr<MemoryOperatorStore> m_store;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QTemporaryDir m_pictures;
    QQuickWindow* m_window = nullptr;
    QObject* m_tour = nullptr;
    int m_failedScreens = 0;
    int m_problems = 0;
    int m_scrolling = 0;
};

QVariant TstKioskLayout::callTour(const char* function, int step) const {
    QVariant result;
    QMetaObject::invokeMethod(m_tour, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, step));
    return result;
}

void TstKioskLayout::initTestCase() {
    auto questionnaire = nok::survey::builtinQuestionnaire(nok::survey::kDefaultQuestionnaire);
    QVERIFY(questionnaire.ok());
    m_questionnaire = std::make_unique<nok::survey::Questionnaire>(std::move(questionnaire).value());
    m_sink = std::make_unique<MemoryResponseSink>(*m_questionnaire);
    m_device = std::make_unique<DemoDeviceControl>();
    // A device that has synchronised: the status screen shows every line, with a date.
    m_device->setStatus({true, QStringLiteral("kiosk-7f3a9c21e4b80d56"), 12, 1,
                         QDateTime(QDate(2026, 12, 5), QTime(9, 41), Qt::UTC),
                         QStringLiteral("cannot reach https://nok.kuzbass.example/api/v1/sync: Read"),
                         QStringLiteral("network_error"), 2, 0, 5});
    m_env = std::make_unique<KioskEnvironment>(*m_questionnaire, *m_sink, *m_device);
    const auto orgs = demoOrganizations();
    QVERIFY2(orgs.size() > 1, "deploy/demo/demo-region.json: no organisations");
    m_env->setOrganization(orgs.front().id, orgs.front().name);
    m_store = std::make_unique<MemoryOperatorStore>(orgs);
    m_env->setOperatorStore(m_store.get());
    // The tour takes its time per screen; no prompt or timeout may interrupt it.
    m_env->setIdleTimeoutSeconds(3600);
    m_env->setIdlePromptSeconds(3600);
    KioskEnvironment::setInstance(m_env.get());

    QVERIFY(m_pictures.isValid());
    QVERIFY(makePickerFolder(m_pictures.path()));

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->load(QUrl(QStringLiteral("qrc:/Nok/Kiosk/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->resize(m_options.window);
    QTRY_COMPARE(m_window->contentItem()->size(), QSizeF(m_options.window));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto* flow = m_window->findChild<QQuickItem*>(QStringLiteral("kioskFlow"));
    QVERIFY(flow);
    flow->setProperty("thanksReturnMs", 3600 * 1000);

    QQmlComponent tour(m_engine.get(), QUrl(QStringLiteral("qrc:/Nok/Kiosk/Flow/ScreenshotTour.qml")));
    m_tour = tour.createWithInitialProperties({{QStringLiteral("flow"), QVariant::fromValue(flow)},
                                               {QStringLiteral("target"), QVariant::fromValue(m_window->contentItem())},
                                               {QStringLiteral("pickerFolder"), m_pictures.path()},
                                               {QStringLiteral("textSizes"), QVariantList{0, 1, 2}},
                                               {QStringLiteral("autoRun"), false}});
    QVERIFY2(m_tour, qPrintable(tour.errorString()));
    m_tour->setParent(m_window);
    if (!m_options.shots.isEmpty()) QVERIFY(QDir().mkpath(m_options.shots));
}

void TstKioskLayout::screens_data() {
    QTest::addColumn<int>("step");
    const int count = callTour("stepCount", 0).toInt();
    QVERIFY(count > 0);
    for (int i = 0; i < count; ++i) QTest::newRow(qPrintable(callTour("stepName", i).toString())) << i;
}

void TstKioskLayout::screens() {
    QFETCH(int, step);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("TypeError|ReferenceError|Unable to assign|is not a function")));
    callTour("run", step);
    QTRY_VERIFY_WITH_TIMEOUT(callTour("ready", step).toBool(), 5000);
    // A list creates the rows beyond its visible ones a piece per frame, and until a row is
    // complete it sits unplaced at the list's origin: on a busy machine the check would see rows
    // half made. The screen a person looks at is the one where nothing is being made any more.
    const auto settled = [this] {
        const QQmlIncubationController* incubation = m_engine->incubationController();
        return !incubation || incubation->incubatingObjectCount() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 5000);
    QVERIFY(QQuickTest::qWaitForPolish(m_window));
    // One frame as a person would see it (a list re-lays out its rows when it is shown again),
    // then whatever that frame scheduled.
    (void)m_window->grabWindow();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 5000);
    QVERIFY(QQuickTest::qWaitForPolish(m_window));

    const QRectF window(QPointF(0, 0), QSizeF(m_window->size()));
    const nok::test::LayoutChecker checker(m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem()
                                                                                   : m_window->contentItem(),
                                           window);
    if (!checker.scrollingAreas().isEmpty()) {
        ++m_scrolling;
        qInfo("scrolls: %s", qPrintable(checker.scrollingAreas().join(QStringLiteral(", "))));
    }
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const bool documented = callTour("documented", step).toBool();
    if (!m_options.shots.isEmpty() && (documented || !m_options.documentedOnly || !checker.problems().isEmpty())) {
        QImage shot = m_window->grabWindow();
        if (m_options.scale != 1.0)
            shot = shot.scaled(shot.size() * m_options.scale, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QString suffix = m_options.window == QSize(1280, 800)
                                   ? QString()
                                   : QStringLiteral("-%1x%2").arg(m_options.window.width()).arg(m_options.window.height());
        QVERIFY(shot.save(QDir(m_options.shots).filePath(name + suffix + QStringLiteral(".png"))));
    }
    if (checker.problems().isEmpty()) return;
    ++m_failedScreens;
    m_problems += int(checker.problems().size());
    QStringList lines;
    for (const auto& p : checker.problems()) lines << QStringLiteral("  ") + p.describe();
    QFAIL(qPrintable(QStringLiteral("%1 layout problem(s) on %2 at %3×%4:\n%5")
                         .arg(checker.problems().size())
                         .arg(name)
                         .arg(m_options.window.width())
                         .arg(m_options.window.height())
                         .arg(lines.join(QLatin1Char('\n')))));
}

void TstKioskLayout::cleanupTestCase() {
    qInfo("layout at %dx%d: %d screen(s) with problems, %d problem(s), %d screen(s) scroll",
          m_options.window.width(), m_options.window.height(), m_failedScreens, m_problems, m_scrolling);
    delete m_tour;
    m_tour = nullptr;
    m_engine.reset();
}

int main(int argc, char* argv[]) {
    // The real window's on-screen keyboard, as nok-kiosk sets it up.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE")) qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    Options options;
    QStringList testArgs;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--window") && hasValue) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            const int w = wh.value(0).toInt();
            const int h = wh.size() == 2 ? wh.value(1).toInt() : 0;
            if (w < 320 || h < 240 || w > 7680 || h > 4320) {
                std::fprintf(stderr, "tst_kiosk_layout: --window: expected WIDTHxHEIGHT (320x240 to 7680x4320), got %s\n",
                             qPrintable(args[i]));
                return 2;
            }
            options.window = QSize(w, h);
        } else if (a == QLatin1String("--shots") && hasValue) {
            options.shots = args[++i];
        } else if (a == QLatin1String("--documented")) {
            options.documentedOnly = true;
        } else if (a == QLatin1String("--scale") && hasValue) {
            options.scale = args[++i].toDouble();
            if (options.scale <= 0 || options.scale > 1) {
                std::fprintf(stderr, "tst_kiosk_layout: --scale: expected a number in (0, 1], got %s\n", qPrintable(args[i]));
                return 2;
            }
        } else {
            testArgs << a;
        }
    }
    TstKioskLayout test(options);
    return QTest::qExec(&test, testArgs);
}

#include "tst_kiosk_layout.moc"
