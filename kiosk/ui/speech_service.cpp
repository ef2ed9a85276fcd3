#include "speech_service.h"

#include <QLocale>
#include <QTextToSpeech>

namespace nok::kiosk {

namespace {
constexpr int kRecentLimit = 50;

QLocale localeFor(const QString& language) {
    return QLocale(language == QLatin1String("en") ? QStringLiteral("en_GB") : QStringLiteral("ru_RU"));
}
} // namespace

SpeechService::SpeechService(QObject* parent) : QObject(parent) {}

SpeechService::~SpeechService() {
    if (!m_started || !m_worker) return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::QueuedConnection);
    if (!m_thread) return;
    m_thread->quit();
    // A thread stuck inside speech-dispatcher is left behind (leaked, never terminated: that
    // could leave libspeechd's locks held) rather than hanging or crashing the kiosk.
    if (m_thread->wait(1000)) delete m_thread;
}

void SpeechService::setLanguage(const QString& language) {
    if (language == m_language) return;
    m_language = language;
    if (m_started)
        QMetaObject::invokeMethod(m_worker, [this, locale = localeFor(language)] {
            if (m_engine) m_engine->setLocale(locale);
        });
    emit languageChanged();
}

void SpeechService::setRate(double rate) {
    rate = qBound(-1.0, rate, 1.0);
    if (qFuzzyCompare(rate + 2.0, m_rate + 2.0)) return;
    m_rate = rate;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [this, rate] {
            if (m_engine) m_engine->setRate(rate);
        });
    emit rateChanged();
}

void SpeechService::setAvailable(bool available) {
    if (available == m_available) return;
    m_available = available;
    emit availableChanged();
}

void SpeechService::ensureEngine() {
    if (m_started) return;
    m_started = true;
    const QString engineName = qEnvironmentVariable("NOK_SPEECH_ENGINE");
    if (engineName == QLatin1String("none")) return;
    m_worker = new QObject;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("nok-speech"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [this, engineName, locale = localeFor(m_language), rate = m_rate] {
        m_engine = engineName.isEmpty() ? new QTextToSpeech(m_worker)
                                        : new QTextToSpeech(engineName, m_worker);
        m_engine->setLocale(locale);
        m_engine->setRate(rate);
        const bool ok = m_engine->state() != QTextToSpeech::Error;
        QMetaObject::invokeMethod(this, [this, ok] { setAvailable(ok); });
    });
}

void SpeechService::say(const QString& text) {
    if (!text.isEmpty()) {
        m_recent.append(text);
        while (m_recent.size() > kRecentLimit) m_recent.removeFirst();
    }
    m_lastSpoken = text;
    emit lastSpokenChanged();
    ensureEngine();
    if (!m_worker || text.isEmpty()) return;
    QMetaObject::invokeMethod(m_worker, [this, text] {
        if (m_engine && m_engine->state() != QTextToSpeech::Error) {
            m_engine->stop();
            m_engine->say(text);
        }
    });
}

void SpeechService::stop() {
    if (!m_worker) return;
    QMetaObject::invokeMethod(m_worker, [this] {
        if (m_engine) m_engine->stop();
    });
}

} // namespace nok::kiosk
