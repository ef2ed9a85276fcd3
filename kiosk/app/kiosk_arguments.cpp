#include "kiosk_arguments.h"

namespace nok::kiosk {

const char* kioskUsage() {
    return "Usage: nok-kiosk [--data-dir DIR] [--server URL] [--enroll CODE] [--fullscreen] [--demo]\n"
           "\n"
           "The touchscreen survey kiosk for the independent assessment of social services.\n"
           "  --data-dir DIR        local store, device key and kiosk.ini (default: the user's app data dir)\n"
           "  --server URL          sync server, e.g. http://127.0.0.1:8080\n"
           "  --enroll CODE         enrol this device with the one-time code from `nok-server device code`\n"
           "                        (needs --server and --data-dir), print the device id and exit\n"
           "                        without opening a window; then start the kiosk without --enroll\n"
           "  --fullscreen          full screen (the kiosk session under cage uses it)\n"
           "  --demo                built-in demo organisation, no server\n"
           "  --help                this text\n"
           "Debug:\n"
           "  --screenshot-dir DIR  save every screen (normal and high contrast) as PNG and exit\n"
           "  --sink-log FILE       demo mode: append each submitted response as a JSON line\n";
}

Result<KioskArguments> parseKioskArguments(const std::vector<std::string>& args) {
    KioskArguments out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& into) -> Status {
            if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0)
                return makeError("missing_value", "needs a value", a);
            into = args[++i];
            if (into.empty()) return makeError("empty_value", "must not be empty", a);
            return {};
        };
        Status status;
        if (a == "--help" || a == "-h") out.help = true;
        else if (a == "--fullscreen") out.fullscreen = true;
        else if (a == "--demo") out.demo = true;
        else if (a == "--data-dir") status = value(out.dataDir);
        else if (a == "--server") status = value(out.serverUrl);
        else if (a == "--enroll") status = value(out.enrollCode);
        else if (a == "--screenshot-dir") status = value(out.screenshotDir);
        else if (a == "--sink-log") status = value(out.sinkLog);
        else return makeError("unknown_option", "unknown option (see --help)", a);
        if (!status) return status.error();
    }
    if (!out.serverUrl.empty() && out.serverUrl.rfind("http://", 0) != 0 &&
        out.serverUrl.rfind("https://", 0) != 0)
        return makeError("invalid_value", "must start with http:// or https://", "--server");
    if (out.demo && !out.enrollCode.empty())
        return makeError("conflict", "cannot enrol in demo mode", "--enroll");
    if (!out.sinkLog.empty() && !out.demo)
        return makeError("conflict", "only with --demo", "--sink-log");
    return out;
}

} // namespace nok::kiosk
