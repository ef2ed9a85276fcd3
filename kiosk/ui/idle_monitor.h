// IdleMonitor: tells the screens that nobody has touched the kiosk for `timeoutSeconds`. It
// watches every touch, click, key and wheel event of the application (an application-wide event
// filter), so no screen has to remember to report activity.
#pragma once

#include "kiosk_defaults.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace nok::kiosk {

class IdleMonitor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds WRITE setTimeoutSeconds NOTIFY timeoutSecondsChanged)
    Q_PROPERTY(bool running READ running WRITE setRunning NOTIFY runningChanged)

public:
    explicit IdleMonitor(QObject* parent = nullptr);
    ~IdleMonitor() override;

    [[nodiscard]] int timeoutSeconds() const { return m_timeoutSeconds; }
    void setTimeoutSeconds(int seconds);
    [[nodiscard]] bool running() const { return m_running; }
    void setRunning(bool running);

    Q_INVOKABLE void reset(); // activity seen: start counting again

signals:
    void timeoutSecondsChanged();
    void runningChanged();
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_timeoutSeconds = defaults::kIdleTimeoutSeconds;
    bool m_running = false;
};

} // namespace nok::kiosk
