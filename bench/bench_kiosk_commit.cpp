// Completion → durable commit: how long KioskBackend::submit() takes (validate, build the payload,
// sign, seal, commit with synchronous=FULL) — the time between «Отправить» and the thank-you
// screen. Target: median and p95 ≤ 50 ms. Usage: bench_kiosk_commit [COUNT] [DIR]
// (DIR: where kiosk.db goes, default a temporary dir; put it on the kiosk's real disk to measure
// that disk's fsync).
#include "../tests/support/valid_answers.h"
#include "device_identity.h"
#include "kiosk_backend.h"
#include "kiosk_database.h"

#include "nok/survey/questionnaire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

using namespace nok;
using namespace nok::kiosk;

namespace {

nlohmann::json answers() {
    auto a = nok::test::allYesAnswers();
    a["site_satisfied"] = "no";
    a["suggestions"] = "Хотелось бы больше занятий на свежем воздухе и кружок рисования";
    a["sex"] = "male";
    a["age"] = 77;
    return a;
}

// An enrolment with no server URL: the backend opens enrolled and starts no sync worker, so only
// the commit path is measured. The minimum interval is 0 so submits can follow each other.
bool prepare(const std::string& dir) {
    if (!ensureDataDir(dir)) return false;
    auto db = openKioskDatabase((std::filesystem::path(dir) / "kiosk.db").string());
    if (!db) return false;
    Enrolment e;
    e.deviceId = "dev-bench0000000";
    e.serverSealKey = crypto::generateSealingKeyPair().publicKey;
    e.serverSignKey = crypto::generateSigningKeyPair().publicKey;
    e.questionnaireJson =
        std::string(*survey::builtinQuestionnaireJson(survey::kDefaultQuestionnaire));
    OrganizationInfo org{QStringLiteral("org-1"), QStringLiteral("Бенчмарк"),
                         QStringLiteral("ЦСОН"), QStringLiteral("bench"), 100};
    e.organizations = {org};
    e.settings.minIntervalSeconds = 0;
    return EnrolmentStore(**db).save(e, 0).ok();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    QTemporaryDir tmp(argc > 2 ? QString::fromLocal8Bit(argv[2]) + "/bench-XXXXXX" : QString());
    if (!tmp.isValid() || !crypto::init() || !prepare(tmp.path().toStdString())) {
        std::fprintf(stderr, "bench_kiosk_commit: cannot prepare a data dir\n");
        return 1;
    }
    auto backend = KioskBackend::open({tmp.path(), QString(), false});
    if (!backend) {
        std::fprintf(stderr, "bench_kiosk_commit: %s\n", backend.error().describe().c_str());
        return 1;
    }
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(count));
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        auto id = (*backend)->submit(answers(), QStringLiteral("org-1"));
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!id) {
            std::fprintf(stderr, "bench_kiosk_commit: submit %d: %s\n", i,
                         id.error().describe().c_str());
            return 1;
        }
    }
    const auto pending = (*backend)->status().pending;
    std::printf("kiosk completion -> durable commit (synchronous=FULL, WAL), %d submits on %s\n",
                count, tmp.path().toUtf8().constData());
    std::printf("  median %.2f ms, p95 %.2f ms, max %.2f ms (target <= 50 ms); outbox rows: %d\n",
                percentile(ms, 0.5), percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()),
                pending);
    return pending == count ? 0 : 1;
}
