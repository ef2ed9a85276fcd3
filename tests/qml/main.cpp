// One Qt Quick Test runner for every tests/qml/tst_*.qml (one ctest each, -input FILE). The setup
// object builds the same environment main() builds for --demo, with the in-memory sink and the
// demo device, and exposes them to the tests as the FakeBackend singleton.
#include "fake_backend.h"

#include "nok/survey/questionnaire.h"

#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Nok_KioskPlugin)

class Setup : public QObject {
    Q_OBJECT
public:
    Setup() {
        // Tests drive the screens with synthetic keys; no on-screen keyboard here.
        qputenv("QT_IM_MODULE", "");
    }

public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto questionnaire = nok::survey::builtinQuestionnaire(nok::survey::kDefaultQuestionnaire);
        Q_ASSERT(questionnaire.ok());
        m_questionnaire = std::make_unique<nok::survey::Questionnaire>(std::move(questionnaire).value());
        m_sink = std::make_unique<nok::kiosk::MemoryResponseSink>(*m_questionnaire);
        m_device = std::make_unique<nok::kiosk::DemoDeviceControl>();
        m_env = std::make_unique<nok::kiosk::KioskEnvironment>(*m_questionnaire, *m_sink, *m_device);
        m_env->setOrganization(QStringLiteral("org-test"), QStringLiteral("Тестовый центр"));
        m_env->setOperatorPin(QStringLiteral("2580"));
        nok::kiosk::KioskEnvironment::setInstance(m_env.get());
        m_fake = std::make_unique<FakeBackend>(*m_sink, *m_device, *m_env);
        qmlRegisterSingletonInstance("Nok.Kiosk.Testing", 1, 0, "FakeBackend", m_fake.get());
    }

private:
    std::unique_ptr<nok::survey::Questionnaire> m_questionnaire;
    std::unique_ptr<nok::kiosk::MemoryResponseSink> m_sink;
    std::unique_ptr<nok::kiosk::DemoDeviceControl> m_device;
    std::unique_ptr<nok::kiosk::KioskEnvironment> m_env;
    std::unique_ptr<FakeBackend> m_fake;
};

QUICK_TEST_MAIN_WITH_SETUP(nok_kiosk_qml, Setup)

#include "main.moc"
