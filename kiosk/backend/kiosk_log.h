// The kiosk's logging categories, one per area, so a field technician can turn one area's debug
// output on without the rest, e.g. QT_LOGGING_RULES="nok.kiosk.sync.debug=true" in the unit's
// environment. Warnings of every category are on by default.
//   nok.kiosk.sync    the sync worker: batches sent, receipts, retries, expert checks and photos
//   nok.kiosk.store   kiosk.db: the outbox, interview counts, expert drafts
//   nok.kiosk.config  the configuration pulled from the server and the stored checklist
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKioskSync)
Q_DECLARE_LOGGING_CATEGORY(lcKioskStore)
Q_DECLARE_LOGGING_CATEGORY(lcKioskConfig)
