// `nok-kiosk --enroll CODE --server URL --data-dir DIR`: non-interactive enrolment for scripts
// and first-boot provisioning. Prints one line: the device id on stdout on success, or
// "nok-kiosk: <what was wrong>" on stderr. Exit codes per CONTRACTS.md: 0 enrolled, 2 bad
// arguments (no code, no or malformed --server, --demo), 1 failure (refused code, network, disk).
#pragma once

#include "kiosk_backend.h"

#include <QString>

namespace nok::kiosk {

[[nodiscard]] int runEnrollCommand(const KioskOptions& options, const QString& code);

} // namespace nok::kiosk
