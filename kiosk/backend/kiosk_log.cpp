#include "kiosk_log.h"

Q_LOGGING_CATEGORY(lcKioskSync, "nok.kiosk.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKioskStore, "nok.kiosk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKioskConfig, "nok.kiosk.config", QtWarningMsg)
