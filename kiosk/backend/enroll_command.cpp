#include "enroll_command.h"

#include "http_endpoint.h"

#include <cstdio>

namespace nok::kiosk {

namespace {

int fail(int exitCode, const std::string& message) {
    std::fprintf(stderr, "nok-kiosk: %s\n", message.c_str());
    return exitCode;
}

} // namespace

int runEnrollCommand(const KioskOptions& options, const QString& code) {
    if (options.demo) return fail(2, "--enroll cannot be combined with --demo");
    if (code.trimmed().isEmpty())
        return fail(2, "--enroll needs the one-time code from `nok-server device code`");
    if (options.dataDir.isEmpty()) return fail(2, "--data-dir: no data directory given");
    if (options.serverUrl.isEmpty())
        return fail(2, "--enroll needs --server URL (e.g. --server https://nok.example.org)");
    if (auto st = checkServerUrl(options.serverUrl.toStdString()); !st)
        return fail(2, st.error().describe());

    auto backend = KioskBackend::open(options);
    if (!backend) return fail(1, "cannot open the data dir: " + backend.error().describe());
    if (auto st = (*backend)->enroll(code); !st)
        return fail(1, "enrolment failed: " + st.error().describe());
    const auto status = (*backend)->status();
    std::printf("enrolled as %s for %lld organisation(s)\n", status.deviceId.toUtf8().constData(),
                static_cast<long long>((*backend)->organizations().size()));
    std::fflush(stdout);
    return 0;
}

} // namespace nok::kiosk
