// nok-kiosk: parses the command line, loads kiosk.ini, sets up the environment the screens see
// (questionnaire, organisation, response sink, device control) and shows the Nok.Kiosk QML
// module. Answers go to KioskBackend (durable outbox, sync worker); --demo uses the backend's
// demo mode (built-in organisation, no network). --sink-log is a test hook that records the
// answer sets in a file through the in-memory sink instead.
#include "app/backend_adapter.h"
#include "app/kiosk_arguments.h"
#include "app/kiosk_timings.h"
#include "app/ui_config.h"
#include "demo_device_control.h"
#include "kiosk/backend/enroll_command.h"
#include "kiosk_environment.h"
#include "memory_operator_store.h"
#include "memory_response_sink.h"

#include "nok/sqlite/private_files.h"
#include "nok/survey/questionnaire.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Nok_KioskPlugin)

using namespace nok::kiosk;

namespace {

int fail(int code, const std::string& message) {
    std::fprintf(stderr, "nok-kiosk: %s\n", message.c_str());
    return code;
}

// --sink-log (a test hook): answers, interviews and checks stay in memory and the answer sets
// are written to that file; nothing reaches the outbox.
struct TestHookStores {
    std::unique_ptr<MemoryResponseSink> sink;
    std::unique_ptr<MemoryOperatorStore> operatorStore;
};

TestHookStores recordAnswersIn(const KioskBackend& backend, const std::string& sinkLog) {
    TestHookStores stores;
    stores.sink = std::make_unique<MemoryResponseSink>(backend.questionnaire(), QString::fromStdString(sinkLog));
    QList<OrganizationProgress> orgs;
    for (const auto& o : backend.organizations())
        orgs.push_back({o.id, o.name, o.campaign, o.recipients, 0, 0, o.completeResponses});
    stores.operatorStore = std::make_unique<MemoryOperatorStore>(orgs);
    stores.sink->setOnStored([store = stores.operatorStore.get()](const QString& org, const QString& channel) {
        if (channel == QLatin1String("interview")) store->noteInterview(org);
    });
    std::fprintf(stderr, "nok-kiosk: answers are recorded in %s only (test hook)\n", sinkLog.c_str());
    return stores;
}

// The organisation and timings the screens show follow the server's configuration as it
// arrives, with kiosk.ini's own values winning (kiosk_timings.h).
void followConfiguration(KioskBackend& backend, KioskEnvironment& environment, const UiConfig& config, QObject* context) {
    const auto apply = [&backend, &environment, config] {
        const auto orgs = backend.organizations();
        if (!orgs.isEmpty()) environment.setOrganization(orgs.front().id, orgs.front().name);
        const KioskTimings timings = effectiveTimings(config, backend.settings());
        environment.setIdleTimeoutSeconds(timings.idleTimeoutSeconds);
        environment.setMinIntervalSeconds(timings.minIntervalSeconds);
    };
    apply();
    QObject::connect(&backend, &KioskBackend::configurationChanged, context, apply);
}

int showScreens(bool fullscreen) {
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, QCoreApplication::instance(),
        [](QObject* object, const QUrl&) {
            if (!object) QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Nok/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return fail(1, "cannot load the kiosk screens");
    if (fullscreen)
        if (auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst()))
            window->showFullScreen();
    return QGuiApplication::exec();
}

int runKiosk(const KioskArguments& options, int argc, char* argv[]) {
    // The on-screen keyboard must be chosen before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE")) qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("nok-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("nok"));

    QString dataDir = QString::fromStdString(options.dataDir);
    if (dataDir.isEmpty()) dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // 0700 whatever the umask: the outbox and the device key are nobody else's business.
    if (auto made = nok::sqlite::createPrivateDirectory(dataDir.toStdString()); !made)
        return fail(1, "--data-dir: " + made.error().describe());
    auto config = loadUiConfig(QDir(dataDir).filePath(QStringLiteral("kiosk.ini")));
    if (!config) return fail(1, config.error().describe());

    auto opened = KioskBackend::open({dataDir, QString::fromStdString(options.serverUrl), options.demo});
    if (!opened) return fail(1, "cannot open the data dir " + dataDir.toStdString() + ": " + opened.error().describe());
    KioskBackend& backend = **opened;
    KioskEnvironment* environmentRef = nullptr;
    BackendAdapter adapter(backend, environmentRef);

    TestHookStores testStores;
    if (!options.sinkLog.empty()) testStores = recordAnswersIn(backend, options.sinkLog);
    ResponseSink* sink = testStores.sink ? static_cast<ResponseSink*>(testStores.sink.get()) : &adapter;
    OperatorStore* operatorStore =
        testStores.operatorStore ? static_cast<OperatorStore*>(testStores.operatorStore.get()) : &adapter;

    KioskEnvironment environment(backend.questionnaire(), *sink, adapter);
    environmentRef = &environment;
    environment.setOperatorStore(operatorStore);
    environment.setDemo(options.demo);
    followConfiguration(backend, environment, *config, &app);
    environment.setOperatorPin(config->operatorPin);
    environment.setIdlePromptSeconds(config->idlePromptSeconds);
    environment.setScreenshotDir(QString::fromStdString(options.screenshotDir));
    if (!options.screenshotDir.empty() && !QDir().mkpath(environment.screenshotDir()))
        return fail(1, "--screenshot-dir: cannot create " + options.screenshotDir);
    KioskEnvironment::setInstance(&environment);
    return showScreens(options.fullscreen);
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
    if (!options.enrollCode.empty()) {
        // Non-interactive enrolment for set-up scripts: enrol, report, exit. The HTTP client and
        // the backend's worker need an application object, not a window.
        QCoreApplication app(argc, argv);
        const KioskOptions backendOptions{QString::fromStdString(options.dataDir),
                                          QString::fromStdString(options.serverUrl), options.demo};
        return runEnrollCommand(backendOptions, QString::fromStdString(options.enrollCode));
    }
    if (!options.demo && options.serverUrl.empty() && options.dataDir.empty())
        return fail(2, "give --data-dir and --server (or --demo to try the kiosk without a server)");
    return runKiosk(options, argc, argv);
}
