// kiosk.ini in the data dir: the local settings an organisation's staff may change without the
// server: the operator PIN and the privacy timings. Missing file or keys → defaults (PIN 2580,
// idle 90 s, prompt 30 s, minimum interval 20 s). A bad value is an error naming file and key.
#pragma once

#include "kiosk_defaults.h"
#include "nok/result.h"

#include <QString>

namespace nok::kiosk {

struct UiConfig {
    QString operatorPin = QString::fromLatin1(defaults::kOperatorPin);
    int idleTimeoutSeconds = defaults::kIdleTimeoutSeconds;
    int idlePromptSeconds = defaults::kIdlePromptSeconds;
    int minIntervalSeconds = defaults::kMinIntervalSeconds;
    // Whether kiosk.ini set these: a local setting wins over the server's kiosk settings.
    bool idleTimeoutSet = false;
    bool minIntervalSet = false;
};

[[nodiscard]] Result<UiConfig> loadUiConfig(const QString& iniPath);

} // namespace nok::kiosk
