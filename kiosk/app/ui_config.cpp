#include "ui_config.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace nok::kiosk {

namespace {

Status readInt(const QSettings& s, const QString& path, const char* key, int min, int max, int& into) {
    if (!s.contains(QLatin1String(key))) return {};
    bool ok = false;
    const int v = s.value(QLatin1String(key)).toString().trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return makeError("invalid_config",
                         "must be an integer from " + std::to_string(min) + " to " + std::to_string(max),
                         path.toStdString() + ": " + key);
    into = v;
    return {};
}

} // namespace

Result<UiConfig> loadUiConfig(const QString& iniPath) {
    UiConfig config;
    if (!QFileInfo::exists(iniPath)) return config;
    QSettings s(iniPath, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return makeError("invalid_config", "cannot be read as an INI file", iniPath.toStdString());
    for (auto [key, min, max, into] :
         {std::tuple{"ui/idle_timeout_seconds", 10, 3600, &config.idleTimeoutSeconds},
          std::tuple{"ui/idle_prompt_seconds", 5, 600, &config.idlePromptSeconds},
          std::tuple{"ui/min_interval_seconds", 0, 3600, &config.minIntervalSeconds}}) {
        if (auto st = readInt(s, iniPath, key, min, max, *into); !st) return st.error();
    }
    config.idleTimeoutSet = s.contains(QStringLiteral("ui/idle_timeout_seconds"));
    config.minIntervalSet = s.contains(QStringLiteral("ui/min_interval_seconds"));
    if (s.contains(QStringLiteral("operator/pin"))) {
        const QString pin = s.value(QStringLiteral("operator/pin")).toString().trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
        if (!digits.match(pin).hasMatch())
            return makeError("invalid_config", "must be 4 to 8 digits",
                             iniPath.toStdString() + ": operator/pin");
        config.operatorPin = pin;
    }
    return config;
}

} // namespace nok::kiosk
