// SpeechService (QML element): read-aloud for the «Озвучить» toggle. The Qt TextToSpeech engine
// (speech-dispatcher with espeak-ng's Russian voice on Debian) is created on first use on its own
// thread: opening speech-dispatcher can block for seconds, or for ever when the daemon is stuck,
// and that must never freeze the screens or delay the first one. `available` turns true once an
// engine is ready; without one the kiosk stays silent. The engine name comes from
// NOK_SPEECH_ENGINE (empty: Qt's default; "none": never speak, for tests and silent boxes).
// `rate` is the respondent's pace (0 normal, negative slower); `recentlySpoken` keeps the last
// utterances in order (what a listener heard; the audio-mode tests read it with the engine off).
#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QtQml/qqmlregistration.h>

class QTextToSpeech;

namespace nok::kiosk {

class SpeechService : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY lastSpokenChanged)
    Q_PROPERTY(QStringList recentlySpoken READ recentlySpoken NOTIFY lastSpokenChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)

public:
    explicit SpeechService(QObject* parent = nullptr);
    ~SpeechService() override;

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString& language);
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] QString lastSpoken() const { return m_lastSpoken; }
    [[nodiscard]] QStringList recentlySpoken() const { return m_recent; }
    [[nodiscard]] double rate() const { return m_rate; }
    void setRate(double rate); // clamped to -1 … 1 (QTextToSpeech's range)

    Q_INVOKABLE void say(const QString& text);
    Q_INVOKABLE void stop();

signals:
    void languageChanged();
    void availableChanged();
    void lastSpokenChanged();
    void rateChanged();

private:
    void ensureEngine();
    void setAvailable(bool available);

    QThread* m_thread = nullptr;       // owned; deliberately leaked if stuck in speech-dispatcher
    QObject* m_worker = nullptr;        // lives on m_thread; parent of the engine
    QTextToSpeech* m_engine = nullptr;  // created and used on m_thread only
    QString m_language = QStringLiteral("ru");
    QString m_lastSpoken;
    QStringList m_recent; // at most kRecentLimit, oldest first
    double m_rate = 0.0;
    bool m_available = false;
    bool m_started = false;
};

} // namespace nok::kiosk
