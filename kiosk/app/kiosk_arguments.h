// The nok-kiosk command line (CONTRACTS.md): --data-dir DIR, --server URL, --enroll CODE,
// --fullscreen, --demo, --help, plus debug options --screenshot-dir DIR and --sink-log FILE.
// Parsed before any Qt object exists, so --help and bad arguments need no display.
#pragma once

#include "nok/result.h"

#include <string>
#include <vector>

namespace nok::kiosk {

struct KioskArguments {
    std::string dataDir;
    std::string serverUrl;
    std::string enrollCode;
    std::string screenshotDir;
    std::string sinkLog;
    bool fullscreen = false;
    bool demo = false;
    bool help = false;
};

[[nodiscard]] Result<KioskArguments> parseKioskArguments(const std::vector<std::string>& args);
[[nodiscard]] const char* kioskUsage();

} // namespace nok::kiosk
