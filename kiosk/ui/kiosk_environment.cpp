#include "kiosk_environment.h"

#include "survey_session.h"

#include "nok/survey/answer_validator.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QQmlEngine>

namespace nok::kiosk {

namespace {
KioskEnvironment* g_instance = nullptr;
}

KioskEnvironment::KioskEnvironment(const survey::Questionnaire& questionnaire, ResponseSink& sink,
                                   DeviceControl& device, QObject* parent)
    : QObject(parent), m_questionnaire(questionnaire), m_sink(sink), m_device(device) {
    m_intervalTick.setInterval(1000);
    connect(&m_intervalTick, &QTimer::timeout, this, [this] {
        if (canStart()) m_intervalTick.stop();
        emit canStartChanged();
    });
}

void KioskEnvironment::setInstance(KioskEnvironment* instance) { g_instance = instance; }

KioskEnvironment* KioskEnvironment::create(QQmlEngine* qmlEngine, QJSEngine*) {
    Q_ASSERT_X(g_instance, "KioskEnvironment::create", "setInstance() must run before QML loads");
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    g_instance->m_engine = qmlEngine;
    return g_instance;
}

void KioskEnvironment::setOrganization(const QString& id, const QString& name) {
    if (id == m_organizationId && name == m_organizationName) return;
    m_organizationId = id;
    m_organizationName = name;
    emit organizationChanged();
}

void KioskEnvironment::setOperatorName(const QString& name) {
    const QString trimmed = name.trimmed().normalized(QString::NormalizationForm_C);
    if (trimmed == m_operatorName) return;
    m_operatorName = trimmed;
    emit operatorNameChanged();
}

void KioskEnvironment::setLanguage(const QString& language) {
    const QString lang = language == QLatin1String("en") ? language : QStringLiteral("ru");
    if (lang == m_language) return;
    m_language = lang;
    applyTranslator();
    emit languageChanged();
}

void KioskEnvironment::applyTranslator() {
    // Russian is the source language of every qsTr string; English comes from the .qm file.
    QCoreApplication::removeTranslator(&m_translator);
    if (m_language == QLatin1String("en") &&
        m_translator.load(QStringLiteral(":/i18n/nok-kiosk_en.qm")))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine) m_engine->retranslate();
}

int KioskEnvironment::fewestQuestions() const {
    return int(SurveySession::pathMet(m_questionnaire, nlohmann::json::object()).size());
}

int KioskEnvironment::mostQuestions() const {
    // No answers: no skip is taken, every follow-up is on the path.
    return int(survey::reachableQuestions(m_questionnaire, nlohmann::json::object()).size());
}

void KioskEnvironment::setReadAloud(bool on) {
    if (on == m_readAloud) return;
    m_readAloud = on;
    emit readAloudChanged();
}

void KioskEnvironment::setIdleTimeoutSeconds(int seconds) {
    seconds = qMax(1, seconds);
    if (seconds == m_idleTimeoutSeconds) return;
    m_idleTimeoutSeconds = seconds;
    emit settingsChanged();
}

void KioskEnvironment::setIdlePromptSeconds(int seconds) {
    seconds = qMax(1, seconds);
    if (seconds == m_idlePromptSeconds) return;
    m_idlePromptSeconds = seconds;
    emit settingsChanged();
}

void KioskEnvironment::setMinIntervalSeconds(int seconds) {
    seconds = qMax(0, seconds);
    if (seconds == m_minIntervalSeconds) return;
    m_minIntervalSeconds = seconds;
    emit settingsChanged();
    emit canStartChanged();
    if (!canStart()) m_intervalTick.start();
}

int KioskEnvironment::secondsUntilStart() const {
    if (!m_sinceCompleted.isValid()) return 0;
    const qint64 left = qint64(m_minIntervalSeconds) * 1000 - m_sinceCompleted.elapsed();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

bool KioskEnvironment::checkPin(const QString& pin) const {
    return !m_operatorPin.isEmpty() && pin == m_operatorPin;
}

void KioskEnvironment::noteCompleted() {
    m_sinceCompleted.start();
    emit canStartChanged();
    if (!canStart()) m_intervalTick.start();
}

void KioskEnvironment::resetRespondentChoices() {
    setLanguage(QStringLiteral("ru"));
    setReadAloud(false);
}

} // namespace nok::kiosk
