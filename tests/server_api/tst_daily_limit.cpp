// Server-side anti-stuffing (issue 13, point 10): a kiosk-channel device stores at most the
// campaign's max_per_day (default 200) responses per payload day; the next one is refused with
// `over_daily_limit` and counted on the device's status line (`device list`, GET
// /api/v1/devices), another day or the interview channel is not held back, a resend of a stored
// response is still a duplicate, and two batches racing each other cannot pass the limit.
#include "server_fixture.h"

#include "cli/command.h"
#include "service/device_admin.h"

#include <QTest>

#include <sstream>
#include <thread>
#include "test_program.h"

namespace tst_daily_limit {

using namespace nok;
using namespace nok::test;
using nlohmann::json;

namespace {

json batchOf(Device& d, int n, const std::string& day = kTestDay,
             std::vector<survey::ResponsePayload>* sent = nullptr) {
    json items = json::array();
    for (int i = 0; i < n; ++i) {
        auto p = d.payload();
        p.day = day;
        items.push_back(d.sealed(p));
        if (sent) sent->push_back(p);
    }
    return items;
}

json receiptsOf(ServerFixture& f, const Device& d, const json& items) {
    auto res = f.postJson("/api/v1/sync", {{"device", d.id}, {"items", items}});
    if (!res || res->status != 200) return json();
    return json::parse(res->body)["receipts"];
}

int countStatus(const json& receipts, const std::string& status) {
    int n = 0;
    for (const auto& r : receipts)
        n += r["status"] == status ? 1 : 0;
    return n;
}

} // namespace

class TstDailyLimit : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(crypto::init()); }

    void the201stResponseOfADayIsRefusedAndCounted() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        QVERIFY(!d.id.empty());
        std::vector<survey::ResponsePayload> sent;
        auto first = receiptsOf(f, d, batchOf(d, 150, kTestDay, &sent));
        QCOMPARE(countStatus(first, "stored"), 150);

        // 51 more of the same day, a resend of a stored one, another day, an interview.
        json items = batchOf(d, 51);
        items.push_back(d.sealed(sent.front()));
        items.push_back(batchOf(d, 1, "2026-11-19")[0]);
        auto interview = d.payload();
        interview.channel = "interview";
        items.push_back(d.sealed(interview));
        auto second = receiptsOf(f, d, items);
        QCOMPARE(second.size(), std::size_t(54));
        for (std::size_t i = 0; i < 50; ++i)
            JCOMPARE(second[i]["status"], "stored");
        JCOMPARE(second[50]["status"], "rejected");
        QVERIFY2(second[50]["reason"].get<std::string>().rfind("over_daily_limit: ", 0) == 0,
                 second[50].dump().c_str());
        JCOMPARE(second[50]["id"].is_string(), true);
        JCOMPARE(second[51]["status"], "duplicate"); // a resend is never refused
        JCOMPARE(second[52]["status"], "stored");    // another day has its own 200
        JCOMPARE(second[53]["status"], "stored");    // interviews are not limited

        QCOMPARE(f.count("SELECT count(*) FROM responses WHERE day = '" + std::string(kTestDay) +
                         "' AND channel = 'kiosk'"),
                 200);
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 202);
        QCOMPARE(f.count("SELECT complete FROM response_counts WHERE org = 'org-1'"), 202);
        QCOMPARE(f.count("SELECT count(*) FROM responses WHERE id = '" +
                         second[50]["id"].get<std::string>() + "'"),
                 0);

        // The device's status line counts the refusal.
        auto devices = server::summarizeDevices(f.db());
        QVERIFY(devices && devices->size() == 1);
        QCOMPARE((*devices)[0].overLimit, std::int64_t(1));
        std::ostringstream out, err;
        server::cli::Io io{out, err};
        const std::string db = f.dbPath();
        const char* argv[] = {"nok-server", "device", "list", "--db", db.c_str()};
        QCOMPARE(server::cli::run(5, const_cast<char**>(argv), io), 0);
        QVERIFY2(out.str().find("over_daily_limit=1") != std::string::npos, out.str().c_str());
        const std::string token = f.addUser("admin", "admin");
        auto c = f.client();
        auto listed = c.Get("/api/v1/devices", {{"Authorization", "Bearer " + token}});
        QVERIFY(listed && listed->status == 200);
        JCOMPARE(json::parse(listed->body)["devices"][0]["over_daily_limit"], 1);
    }

    void theCampaignSettingIsTheLimit() {
        ServerFixture f;
        QVERIFY(f.ready());
        QVERIFY(f.db().exec("UPDATE campaigns SET max_per_day = 3 WHERE id = 'kem-2026'"));
        Device d = f.enroll({"org-1"});
        auto r = receiptsOf(f, d, batchOf(d, 5));
        QCOMPARE(countStatus(r, "stored"), 3);
        QCOMPARE(countStatus(r, "rejected"), 2);
        // The older campaign keeps its default of 200.
        json older = json::array();
        for (int i = 0; i < 5; ++i)
            older.push_back(d.sealed(d.payload("org-1", "kem-2025")));
        QCOMPARE(countStatus(receiptsOf(f, d, older), "stored"), 5);
    }

    void racingBatchesCannotPassTheLimit() {
        ServerFixture f;
        QVERIFY(f.ready());
        Device d = f.enroll({"org-1"});
        const json a = batchOf(d, 150), b = batchOf(d, 150);
        json ra, rb;
        std::thread ta([&] { ra = receiptsOf(f, d, a); });
        std::thread tb([&] { rb = receiptsOf(f, d, b); });
        ta.join();
        tb.join();
        QCOMPARE(countStatus(ra, "stored") + countStatus(rb, "stored"), 200);
        QCOMPARE(countStatus(ra, "rejected") + countStatus(rb, "rejected"), 100);
        QCOMPARE(f.count("SELECT count(*) FROM responses"), 200);
        QCOMPARE(f.count("SELECT refused FROM device_daily_counts"), 100);
    }
};

} // namespace tst_daily_limit

NOK_TEST_GUILESS_MAIN(tst_daily_limit, TstDailyLimit)
#include "tst_daily_limit.moc"
