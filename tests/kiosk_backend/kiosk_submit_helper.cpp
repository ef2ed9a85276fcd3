// Test helper for tst_kiosk_kill: opens the kiosk backend on --data-dir (enrolled already),
// submits one complete response (or, with --expert, one expert check with one photo), prints its
// id on stdout the moment the call returns (when the screen would say "saved"), then keeps
// running until the test kills it with SIGKILL.
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
    using namespace nok::kiosk::test;
    nok::Result<QString> id = QString();
    if (args.contains("--expert")) {
        auto sha = (*backend)->storeEvidence(tinyJpeg("stand photo"), QStringLiteral("image/jpeg"));
        if (!sha) {
            std::fprintf(stderr, "kiosk_submit_helper: %s\n", sha.error().describe().c_str());
            return 1;
        }
        id = (*backend)->submitExpertCheck(completeCheck("org-1", "kem-2026", {sha->toStdString()}),
                                           (*backend)->checklistJson());
    } else {
        id = (*backend)->submit(validAnswers(), QStringLiteral("org-1"));
    }
    if (!id) {
        std::fprintf(stderr, "kiosk_submit_helper: %s\n", id.error().describe().c_str());
        return 1;
    }
    std::printf("%s\n", id->toUtf8().constData());
    std::fflush(stdout);
    return app.exec(); // the sync worker runs on; the test kills us here
}
