// One Qt Quick Test runner for every tests/qml/tst_*.qml (one ctest each, -input FILE). The setup
// object builds the same environment main() builds for --demo, with the in-memory sink, the demo
// device and an in-memory operator store (two organisations, a five-item checklist in three
// groups), and exposes them to the tests as the FakeBackend singleton.
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
        // Tests drive the screens with synthetic keys; no on-screen keyboard, except in the one
        // test of the keyboard itself (NOK_TEST_VIRTUAL_KEYBOARD=1, set by its ctest).
        const bool keyboard = qEnvironmentVariable("NOK_TEST_VIRTUAL_KEYBOARD") == QLatin1String("1");
        qputenv("QT_IM_MODULE", keyboard ? "qtvirtualkeyboard" : "");
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
        m_store = std::make_unique<nok::kiosk::MemoryOperatorStore>(organizations(), checklist());
        m_sink->setOnStored([store = m_store.get(), env = m_env.get()](const QString& org, const QString& channel) {
            if (channel == QLatin1String("interview")) {
                store->noteInterview(org);
                env->notifyOperatorDataChanged();
            }
        });
        m_env->setOperatorStore(m_store.get());
        nok::kiosk::KioskEnvironment::setInstance(m_env.get());
        m_fake = std::make_unique<FakeBackend>(*m_sink, *m_device, *m_env, *m_store);
        qmlRegisterSingletonInstance("Nok.Kiosk.Testing", 1, 0, "FakeBackend", m_fake.get());
    }

private:
    // Recipients 100 → sample target 40 (10 already at the server); 2000 → 600 (server unknown).
    static QList<nok::kiosk::OrganizationProgress> organizations() {
        nok::kiosk::OrganizationProgress first;
        first.id = QStringLiteral("org-test");
        first.name = QStringLiteral("Тестовый центр");
        first.campaign = QStringLiteral("2026");
        first.recipients = 100;
        first.serverComplete = 10;
        nok::kiosk::OrganizationProgress second;
        second.id = QStringLiteral("org-second");
        second.name = QStringLiteral("Второй центр");
        second.campaign = QStringLiteral("2026");
        second.recipients = 2000;
        return {first, second};
    }
    static nok::kiosk::ChecklistInfo checklist() {
        nok::kiosk::ChecklistInfo c;
        c.id = QStringLiteral("886n-1239/1");
        c.titleRu = QStringLiteral("Проверка");
        c.titleEn = QStringLiteral("Check");
        const auto item = [](const char* id, const char* group, const char* title, const char* name) {
            nok::kiosk::ChecklistItemInfo i;
            i.id = QString::fromUtf8(id);
            i.group = QString::fromUtf8(group);
            i.groupTitleRu = i.groupTitleEn = QString::fromUtf8(title);
            i.nameRu = i.nameEn = QString::fromUtf8(name);
            i.basis = QStringLiteral("886н п. 3");
            return i;
        };
        c.items = {item("stand.licence", "stand", "Стенды", "Лицензия"),
                   item("stand.schedule", "stand", "Стенды", "Режим работы"),
                   item("site.contacts", "site", "Сайт", "Контакты"),
                   item("comfort_conditions.rest_area", "comfort_conditions", "Комфорт", "Зона отдыха"),
                   item("comfort_conditions.drinking_water", "comfort_conditions", "Комфорт", "Питьевая вода")};
        return c;
    }

    std::unique_ptr<nok::survey::Questionnaire> m_questionnaire;
    std::unique_ptr<nok::kiosk::MemoryResponseSink> m_sink;
    std::unique_ptr<nok::kiosk::DemoDeviceControl> m_device;
    std::unique_ptr<nok::kiosk::KioskEnvironment> m_env;
    std::unique_ptr<nok::kiosk::MemoryOperatorStore> m_store;
    std::unique_ptr<FakeBackend> m_fake;
};

QUICK_TEST_MAIN_WITH_SETUP(nok_kiosk_qml, Setup)

#include "main.moc"
