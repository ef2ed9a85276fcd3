// nok-kiosk: parses the command line, loads kiosk.ini, sets up the environment the screens see
// (questionnaire, organisation, response sink, device control) and shows the Nok.Kiosk QML
// module. Answers go to KioskBackend (durable outbox, sync worker); --demo uses the backend's
// demo mode (built-in organisation, no network). --sink-log is a test hook that records the
// answer sets in a file through the in-memory sink instead.
#include "app/backend_adapter.h"
#include "app/kiosk_arguments.h"
#include "app/ui_config.h"
#include "demo_device_control.h"
#include "kiosk/backend/enroll_command.h"
#include "kiosk_environment.h"
#include "memory_operator_store.h"
#include "memory_response_sink.h"

#include "nok/survey/questionnaire.h"

#include <QCoreApplication>
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
    // Log lines name their area (nok.kiosk.sync, nok.kiosk.store, …: kiosk_log.h) unless the
    // environment chose its own pattern.
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{if-category}%{category}: %{endif}%{message}"));
    std::vector<std::string> args(argv + 1, argv + argc);
    auto parsed = parseKioskArguments(args);
    if (!parsed) return fail(2, parsed.error().describe());
    const KioskArguments& options = parsed.value();
    if (options.help) {
        std::fputs(kioskUsage(), stdout);
        return 0;
    }
    QString dataDir = QString::fromStdString(options.dataDir);
    const KioskOptions backendOptions{dataDir, QString::fromStdString(options.serverUrl), options.demo};
    if (!options.enrollCode.empty()) {
        // Non-interactive enrolment for set-up scripts: enrol, report, exit. The HTTP client and
        // the backend's worker need an application object, not a window.
        QCoreApplication app(argc, argv);
        return runEnrollCommand(backendOptions, QString::fromStdString(options.enrollCode));
    }
    if (!options.demo && options.serverUrl.empty() && dataDir.isEmpty())
        return fail(2, "give --data-dir and --server (or --demo to try the kiosk without a server)");

    // The on-screen keyboard must be chosen before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE")) qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("nok-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("nok"));

    if (dataDir.isEmpty()) dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) return fail(1, "--data-dir: cannot create " + dataDir.toStdString());
    auto config = loadUiConfig(QDir(dataDir).filePath(QStringLiteral("kiosk.ini")));
    if (!config) return fail(1, config.error().describe());

    auto opened = KioskBackend::open({dataDir, backendOptions.serverUrl, options.demo});
    if (!opened) return fail(1, "cannot open the data dir " + dataDir.toStdString() + ": " + opened.error().describe());
    KioskBackend& backend = **opened;
    KioskEnvironment* environmentRef = nullptr;
    BackendAdapter adapter(backend, environmentRef);

    std::unique_ptr<MemoryResponseSink> testSink;
    std::unique_ptr<MemoryOperatorStore> testOperatorStore;
    ResponseSink* sink = &adapter;
    OperatorStore* operatorStore = &adapter;
    if (!options.sinkLog.empty()) {
        testSink = std::make_unique<MemoryResponseSink>(backend.questionnaire(), QString::fromStdString(options.sinkLog));
        sink = testSink.get();
        // Interviews and checks of a test run stay in memory too.
        QList<OrganizationProgress> orgs;
        for (const auto& o : backend.organizations())
            orgs.push_back({o.id, o.name, o.campaign, o.recipients, 0, 0, o.completeResponses});
        testOperatorStore = std::make_unique<MemoryOperatorStore>(orgs);
        operatorStore = testOperatorStore.get();
        testSink->setOnStored([store = testOperatorStore.get()](const QString& org, const QString& channel) {
            if (channel == QLatin1String("interview")) store->noteInterview(org);
        });
        std::fprintf(stderr, "nok-kiosk: answers are recorded in %s only (test hook)\n", options.sinkLog.c_str());
    }
    KioskEnvironment environment(backend.questionnaire(), *sink, adapter);
    environmentRef = &environment;
    environment.setOperatorStore(operatorStore);
    environment.setDemo(options.demo);
    const auto applyConfiguration = [&] {
        const auto orgs = backend.organizations();
        if (!orgs.isEmpty()) environment.setOrganization(orgs.front().id, orgs.front().name);
        // The server's settings apply unless kiosk.ini on this device says otherwise.
        const auto settings = backend.settings();
        environment.setIdleTimeoutSeconds(config->idleTimeoutSet ? config->idleTimeoutSeconds : settings.idleTimeoutSeconds);
        environment.setMinIntervalSeconds(config->minIntervalSet ? config->minIntervalSeconds : settings.minIntervalSeconds);
    };
    applyConfiguration();
    QObject::connect(&backend, &KioskBackend::configurationChanged, &app, applyConfiguration);
    environment.setOperatorPin(config->operatorPin);
    environment.setIdlePromptSeconds(config->idlePromptSeconds);
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
