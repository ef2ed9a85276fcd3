// Test helper for tst_kiosk_kill: opens the kiosk backend on --data-dir (enrolled already),
// submits one complete response, prints its id on stdout the moment submit() returns (when the
// thank-you screen would appear), then keeps running until the test kills it with SIGKILL.
#include "kiosk_backend.h"
#include "kiosk_test_support.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int dirAt = args.indexOf("--data-dir");
    if (dirAt < 0 || dirAt + 1 >= args.size()) {
        std::fprintf(stderr, "kiosk_submit_helper: --data-dir DIR is required\n");
        return 2;
    }
    nok::kiosk::KioskOptions options;
    options.dataDir = args.at(dirAt + 1);
    auto backend = nok::kiosk::KioskBackend::open(options);
    if (!backend) {
        std::fprintf(stderr, "kiosk_submit_helper: %s\n", backend.error().describe().c_str());
        return 1;
    }
    auto id = (*backend)->submit(nok::kiosk::test::validAnswers(), QStringLiteral("org-1"));
    if (!id) {
        std::fprintf(stderr, "kiosk_submit_helper: %s\n", id.error().describe().c_str());
        return 1;
    }
    std::printf("%s\n", id->toUtf8().constData());
    std::fflush(stdout);
    return app.exec(); // the sync worker runs on; the test kills us here
}
