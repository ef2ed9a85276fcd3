// KioskEnvironment (QML singleton `Kiosk`): what every screen shares and what main() or a test
// set up before the QML loads: the questionnaire, the organisation answered for, the response
// sink and the device control (the seams to the backend), the privacy settings (idle timeout,
// minimum interval between completed responses), the operator PIN, and the respondent's
// language and read-aloud choice. The QML engine gets the one instance installed with
// setInstance(); it never owns it.
#pragma once

#include "device_control.h"
#include "kiosk_defaults.h"
#include "operator_store.h"
#include "response_sink.h"

#include "nok/survey/questionnaire.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace nok::kiosk {

class KioskEnvironment : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(QString organizationId READ organizationId NOTIFY organizationChanged)
    Q_PROPERTY(QString organizationName READ organizationName NOTIFY organizationChanged)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool readAloud READ readAloud WRITE setReadAloud NOTIFY readAloudChanged)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds WRITE setIdleTimeoutSeconds NOTIFY settingsChanged)
    Q_PROPERTY(int idlePromptSeconds READ idlePromptSeconds WRITE setIdlePromptSeconds NOTIFY settingsChanged)
    Q_PROPERTY(int minIntervalSeconds READ minIntervalSeconds WRITE setMinIntervalSeconds NOTIFY settingsChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY canStartChanged)
    Q_PROPERTY(int secondsUntilStart READ secondsUntilStart NOTIFY canStartChanged)
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    Q_PROPERTY(bool operatorModeAvailable READ operatorModeAvailable CONSTANT)
    Q_PROPERTY(QString operatorName READ operatorName WRITE setOperatorName NOTIFY operatorNameChanged)
    // How many questions a respondent meets: every follow-up skipped, or every one asked (the
    // welcome screen says «от 14 до 18 вопросов», not the definition's count).
    Q_PROPERTY(int fewestQuestions READ fewestQuestions CONSTANT)
    Q_PROPERTY(int mostQuestions READ mostQuestions CONSTANT)

public:
    KioskEnvironment(const survey::Questionnaire& questionnaire, ResponseSink& sink,
                     DeviceControl& device, QObject* parent = nullptr);

    // The instance the QML engine hands out for `Kiosk`; must be set before the engine loads QML.
    static void setInstance(KioskEnvironment* instance);
    static KioskEnvironment* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    [[nodiscard]] const survey::Questionnaire& questionnaire() const { return m_questionnaire; }
    [[nodiscard]] ResponseSink& sink() const { return m_sink; }
    [[nodiscard]] DeviceControl& device() const { return m_device; }
    // Operator mode (interviews, expert checklist); null when the program did not set one up.
    [[nodiscard]] OperatorStore* operatorStore() const { return m_operatorStore; }
    void setOperatorStore(OperatorStore* store) { m_operatorStore = store; }
    [[nodiscard]] bool operatorModeAvailable() const { return m_operatorStore != nullptr; }
    // Who is working in operator mode: entered after the PIN, kept in memory only, written into
    // expert checklist items (never into responses). Trimmed.
    [[nodiscard]] QString operatorName() const { return m_operatorName; }
    void setOperatorName(const QString& name);

    [[nodiscard]] QString organizationId() const { return m_organizationId; }
    [[nodiscard]] QString organizationName() const { return m_organizationName; }
    void setOrganization(const QString& id, const QString& name);
    [[nodiscard]] bool demo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }
    [[nodiscard]] QString screenshotDir() const { return m_screenshotDir; }
    void setScreenshotDir(const QString& dir) { m_screenshotDir = dir; }
    void setOperatorPin(const QString& pin) { m_operatorPin = pin; }

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString& language);
    [[nodiscard]] int fewestQuestions() const;
    [[nodiscard]] int mostQuestions() const;
    [[nodiscard]] bool readAloud() const { return m_readAloud; }
    void setReadAloud(bool on);

    [[nodiscard]] int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; }
    void setIdleTimeoutSeconds(int seconds);
    [[nodiscard]] int idlePromptSeconds() const { return m_idlePromptSeconds; }
    void setIdlePromptSeconds(int seconds);
    [[nodiscard]] int minIntervalSeconds() const { return m_minIntervalSeconds; }
    void setMinIntervalSeconds(int seconds);

    [[nodiscard]] bool canStart() const { return secondsUntilStart() == 0; }
    [[nodiscard]] int secondsUntilStart() const;

    // The PIN itself is never readable from QML; the pad only asks whether a guess is right.
    Q_INVOKABLE bool checkPin(const QString& pin) const;
    // Called by SurveySession when a response was stored: starts the minimum interval.
    void noteCompleted();
    // Back to the defaults for the next respondent (language, read-aloud).
    Q_INVOKABLE void resetRespondentChoices();
    // The device below (backend adapter, demo) calls this when its SyncStatus changed.
    void notifyDeviceStatusChanged() { emit deviceStatusChanged(); }
    // Interview counts, server counts or the checklist changed (an interview stored, a config
    // pull): the operator models refresh.
    void notifyOperatorDataChanged() { emit operatorDataChanged(); }
    // Leaving operator mode: forgets the operator's name.
    Q_INVOKABLE void endOperatorSession() { setOperatorName(QString()); }

signals:
    void organizationChanged();
    void languageChanged();
    void readAloudChanged();
    void settingsChanged();
    void canStartChanged();
    void deviceStatusChanged();
    void operatorNameChanged();
    void operatorDataChanged();

private:
    void applyTranslator();

    const survey::Questionnaire& m_questionnaire;
    ResponseSink& m_sink;
    DeviceControl& m_device;
    OperatorStore* m_operatorStore = nullptr;
    QString m_operatorName;
    QString m_organizationId;
    QString m_organizationName;
    QString m_operatorPin = QString::fromLatin1(defaults::kOperatorPin);
    QString m_screenshotDir;
    QString m_language = QStringLiteral("ru");
    bool m_demo = false;
    bool m_readAloud = false;
    int m_idleTimeoutSeconds = defaults::kIdleTimeoutSeconds;
    int m_idlePromptSeconds = defaults::kIdlePromptSeconds;
    int m_minIntervalSeconds = defaults::kMinIntervalSeconds;
    QElapsedTimer m_sinceCompleted; // monotonic: the interval is not fooled by clock changes
    QTimer m_intervalTick;          // refreshes the gentle "please wait" message once a second
    QTranslator m_translator;
    QQmlEngine* m_engine = nullptr;
};

} // namespace nok::kiosk
