// nok-kiosk: parses the command line, loads kiosk.ini, sets up the environment the screens see
// (questionnaire, organisation, response sink, device control) and shows the Nok.Kiosk QML
// module. Until KioskBackend is wired in, only --demo runs (with the in-memory sink).
#include "app/kiosk_arguments.h"
#include "app/ui_config.h"
#include "demo_device_control.h"
#include "kiosk_environment.h"
#include "memory_response_sink.h"

#include "nok/survey/questionnaire.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Nok_KioskPlugin)

using namespace nok::kiosk;

namespace {
int fail(int code, const std::string& message) {
    std::fprintf(stderr, "nok-kiosk: %s\n", message.c_str());
    return code;
}
} // namespace

int main(int argc, char* argv[]) {
    std::vector<std::string> args(argv + 1, argv + argc);
    auto parsed = parseKioskArguments(args);
    if (!parsed) return fail(2, parsed.error().describe());
    const KioskArguments& options = parsed.value();
    if (options.help) {
        std::fputs(kioskUsage(), stdout);
        return 0;
    }
    if (!options.demo)
        return fail(1, "the kiosk backend is not part of this build yet: run with --demo");

    // The on-screen keyboard must be chosen before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE")) qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("nok-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("nok"));

    QString dataDir = QString::fromStdString(options.dataDir);
    if (dataDir.isEmpty()) dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) return fail(1, "--data-dir: cannot create " + dataDir.toStdString());
    auto config = loadUiConfig(QDir(dataDir).filePath(QStringLiteral("kiosk.ini")));
    if (!config) return fail(1, config.error().describe());

    auto questionnaire = nok::survey::builtinQuestionnaire(nok::survey::kDefaultQuestionnaire);
    if (!questionnaire) return fail(1, questionnaire.error().describe());

    std::fprintf(stderr, "nok-kiosk: demo mode: answers go to an in-memory sink%s (kiosk backend "
                         "not wired in yet)\n",
                 options.sinkLog.empty() ? "" : (" and " + options.sinkLog).c_str());
    MemoryResponseSink sink(questionnaire.value(), QString::fromStdString(options.sinkLog));
    DemoDeviceControl device;
    KioskEnvironment environment(questionnaire.value(), sink, device);
    environment.setDemo(true);
    environment.setOrganization(QStringLiteral("demo-org"),
                                QStringLiteral("Демонстрационный центр социального обслуживания"));
    environment.setOperatorPin(config->operatorPin);
    environment.setIdleTimeoutSeconds(config->idleTimeoutSeconds);
    environment.setIdlePromptSeconds(config->idlePromptSeconds);
    environment.setMinIntervalSeconds(config->minIntervalSeconds);
    environment.setScreenshotDir(QString::fromStdString(options.screenshotDir));
    if (!options.screenshotDir.empty() && !QDir().mkpath(environment.screenshotDir()))
        return fail(1, "--screenshot-dir: cannot create " + options.screenshotDir);
    KioskEnvironment::setInstance(&environment);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject* object, const QUrl&) {
            if (!object) QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Nok/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return fail(1, "cannot load the kiosk screens");
    if (options.fullscreen)
        if (auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst()))
            window->showFullScreen();
    return QGuiApplication::exec();
}
