#include "idle_monitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace nok::kiosk {

IdleMonitor::IdleMonitor(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_timeoutSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::timedOut);
    if (auto* app = QCoreApplication::instance()) app->installEventFilter(this);
}

IdleMonitor::~IdleMonitor() {
    if (auto* app = QCoreApplication::instance()) app->removeEventFilter(this);
}

void IdleMonitor::setTimeoutSeconds(int seconds) {
    seconds = qMax(1, seconds);
    if (seconds == m_timeoutSeconds) return;
    m_timeoutSeconds = seconds;
    m_timer.setInterval(seconds * 1000);
    if (m_running) m_timer.start();
    emit timeoutSecondsChanged();
}

void IdleMonitor::setRunning(bool running) {
    if (running == m_running) return;
    m_running = running;
    if (running) m_timer.start();
    else m_timer.stop();
    emit runningChanged();
}

void IdleMonitor::reset() {
    if (m_running) m_timer.start();
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        reset();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nok::kiosk
