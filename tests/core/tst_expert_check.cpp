// Expert checks: the payload bytes (fixed key order, round trip), decoding and validation errors
// naming the field, and the summary that becomes the organisation's nok-dataset/1 expert record.
#include "nok/expert/expert_check.h"

#include <QTest>

#include <set>
#include "test_program.h"

namespace tst_expert_check {

using namespace nok::expert;
using nlohmann::json;

namespace {

const std::string kHashA(64, 'a');
const std::string kHashB = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

// Every item of the builtin checklist checked; `present` lists the ids present.
ExpertCheck makeCheck(const std::set<std::string>& present) {
    ExpertCheck c;
    c.id = "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f";
    c.device = "dev-1";
    c.campaign = "kem-2026";
    c.org = "org-1";
    c.checklist = "886n-1239/1";
    c.operatorName = "Иванова А. П.";
    c.recordedAt = "2026-11-23T10:15:00+07:00";
    for (const auto& item : builtinChecklist().items) {
        ItemCheck ic;
        ic.item = item.id;
        ic.present = present.count(item.id) > 0;
        ic.checkedAt = "2026-11-23T10:01:00+07:00";
        ic.operatorName = "Иванова А. П.";
        c.items.push_back(ic);
    }
    return c;
}

std::string validationField(const ExpertCheck& c) {
    auto s = validateExpertCheck(c, builtinChecklist());
    return s.ok() ? std::string("<valid>") : s.error().field;
}

std::string decodeField(const json& doc) {
    auto r = decodeExpertCheck(doc.dump());
    return r.ok() ? std::string("<decoded>") : r.error().field;
}

} // namespace

class TstExpertCheck : public QObject {
    Q_OBJECT
private slots:
    void encodesKeysInFixedOrder() {
        ExpertCheck c = makeCheck({"stand.licence"});
        c.waitingTimePoints = 70;
        c.items[0].note = "Стенд у входа, \"старая\" версия";
        c.items[0].evidence = {kHashA, kHashB};
        const std::string bytes = encodeExpertCheck(c);
        QVERIFY(bytes.rfind("{\"v\":1,\"kind\":\"expert_check\",\"id\":\"3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f\",\"device\":\"dev-1\",\"campaign\":\"kem-2026\",\"org\":\"org-1\",\"checklist\":\"886n-1239/1\",\"operator\":\"Иванова А. П.\",\"recorded_at\":\"2026-11-23T10:15:00+07:00\",\"waiting_time_points\":70,\"items\":[{\"item\":\"stand.registration\",\"present\":false,\"note\":\"Стенд у входа, \\\"старая\\\" версия\",\"checked_at\":\"2026-11-23T10:01:00+07:00\",\"operator\":\"Иванова А. П.\",\"evidence\":[\"", 0) == 0);
        c.waitingTimePoints.reset();
        QVERIFY(encodeExpertCheck(c).find("\"waiting_time_points\":null,\"items\"") != std::string::npos);
    }
    void roundTrip() {
        ExpertCheck c = makeCheck({"stand.licence", "site.tariffs", "distance_methods.phone"});
        c.waitingTimePoints = 0;
        c.items[3].note = "нет\nстрок";
        c.items[3].evidence = {kHashB};
        const std::string bytes = encodeExpertCheck(c);
        auto d = decodeExpertCheck(bytes);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().describe().c_str());
        QCOMPARE(d->id, c.id);
        QCOMPARE(d->org, c.org);
        QCOMPARE(d->operatorName, c.operatorName);
        QCOMPARE(d->recordedAt, c.recordedAt);
        QCOMPARE(*d->waitingTimePoints, 0);
        QCOMPARE(d->items.size(), c.items.size());
        for (std::size_t i = 0; i < c.items.size(); ++i) {
            QCOMPARE(d->items[i].item, c.items[i].item);
            QCOMPARE(d->items[i].present, c.items[i].present);
            QCOMPARE(d->items[i].note, c.items[i].note);
            QCOMPARE(d->items[i].evidence, c.items[i].evidence);
        }
        QCOMPARE(encodeExpertCheck(*d), bytes);
        QVERIFY(validateExpertCheck(*d, builtinChecklist()).ok());
    }
    void decodeErrorsNameTheField() {
        const json doc = json::parse(encodeExpertCheck(makeCheck({})));
        QCOMPARE(decodeField(doc), std::string("<decoded>"));
        QCOMPARE(decodeExpertCheck("{\"v\":1,").error().code, std::string("invalid_expert_check"));
        QCOMPARE(decodeExpertCheck("[1,2]").error().field, std::string(""));
        json d = doc; d["v"] = 2;
        QCOMPARE(decodeField(d), std::string("v"));
        d = doc; d["kind"] = "response";
        QCOMPARE(decodeField(d), std::string("kind"));
        d = doc; d.erase("org");
        QCOMPARE(decodeField(d), std::string("org"));
        d = doc; d["device"] = 5;
        QCOMPARE(decodeField(d), std::string("device"));
        d = doc; d["extra"] = true;
        QCOMPARE(decodeField(d), std::string("extra"));
        d = doc; d["waiting_time_points"] = 101;
        QCOMPARE(decodeField(d), std::string("waiting_time_points"));
        d = doc; d["waiting_time_points"] = 50.5;
        QCOMPARE(decodeField(d), std::string("waiting_time_points"));
        d = doc; d["items"] = "none";
        QCOMPARE(decodeField(d), std::string("items"));
        d = doc; d["items"][2]["present"] = "yes";
        QCOMPARE(decodeField(d), std::string("items[2].present"));
        d = doc; d["items"][2].erase("checked_at");
        QCOMPARE(decodeField(d), std::string("items[2].checked_at"));
        d = doc; d["items"][2]["evidence"] = json::array({1});
        QCOMPARE(decodeField(d), std::string("items[2].evidence[0]"));
        d = doc; d["items"][2]["photo"] = "x";
        QCOMPARE(decodeField(d), std::string("items[2].photo"));
    }
    void validationErrorsNameTheField() {
        const ExpertCheck good = makeCheck({"stand.licence"});
        QCOMPARE(validationField(good), std::string("<valid>"));
        ExpertCheck c = good; c.id = "not-a-uuid";
        QCOMPARE(validationField(c), std::string("id"));
        c = good; c.org.clear();
        QCOMPARE(validationField(c), std::string("org"));
        c = good; c.operatorName.clear();
        QCOMPARE(validationField(c), std::string("operator"));
        c = good; c.operatorName = std::string(201, 'x');
        QCOMPARE(validationField(c), std::string("operator"));
        c = good; c.device.clear();
        QCOMPARE(validationField(c), std::string("device"));
        c = good; c.campaign.clear();
        QCOMPARE(validationField(c), std::string("campaign"));
        c = good; c.checklist = "other/1";
        QCOMPARE(validationField(c), std::string("checklist"));
        c = good; c.recordedAt = "2026-11-23T10:15:00"; // no offset
        QCOMPARE(validationField(c), std::string("recorded_at"));
        c = good; c.waitingTimePoints = -1;
        QCOMPARE(validationField(c), std::string("waiting_time_points"));
        c = good; c.items[4].item = "stand.unknown";
        QCOMPARE(validationField(c), std::string("items[4].item"));
        c = good; c.items[4].item = c.items[3].item; // checked twice
        QCOMPARE(validationField(c), std::string("items[4].item"));
        c = good; std::swap(c.items[4], c.items[5]); // out of checklist order
        QCOMPARE(validationField(c), std::string("items[4].item"));
        c = good; c.items.pop_back(); // last item not checked
        QCOMPARE(validationField(c), std::string("items"));
        c = good; c.items[1].note = std::string(2001, 'x');
        QCOMPARE(validationField(c), std::string("items[1].note"));
        c = good; c.items[1].note.clear();
        for (int i = 0; i < 2000; ++i) c.items[1].note += "я"; // 2000 characters, 4000 bytes
        QCOMPARE(validationField(c), std::string("<valid>"));
        c = good; c.items[1].checkedAt = "вчера";
        QCOMPARE(validationField(c), std::string("items[1].checked_at"));
        c = good; c.items[1].operatorName.clear();
        QCOMPARE(validationField(c), std::string("items[1].operator"));
        c = good; c.items[1].operatorName = std::string(201, 'x');
        QCOMPARE(validationField(c), std::string("items[1].operator"));
        c = good; c.items[1].evidence = {kHashA, "ABCDEF"};
        QCOMPARE(validationField(c), std::string("items[1].evidence[1]"));
        c = good; c.items[1].evidence = {std::string(64, 'A')}; // uppercase hex
        QCOMPARE(validationField(c), std::string("items[1].evidence[0]"));
        c = good; c.items[1].evidence = {kHashA, kHashA};
        QCOMPARE(validationField(c), std::string("items[1].evidence[1]"));
        c = good;
        for (int i = 0; i < 11; ++i) {
            std::string h(64, '0');
            h[0] = "0123456789a"[i];
            c.items[1].evidence.push_back(h);
        }
        QCOMPARE(validationField(c), std::string("items[1].evidence"));
        c.items[1].evidence.pop_back(); // ten is the limit
        QCOMPARE(validationField(c), std::string("<valid>"));
    }
    void summaryCountsListsAndSets() {
        const Checklist& cl = builtinChecklist();
        std::size_t stands = 0, sites = 0;
        for (const auto& item : cl.items) {
            stands += item.group == "stand";
            sites += item.group == "site";
        }
        ExpertCheck c = makeCheck({"stand.licence", "stand.schedule", "site.tariffs", "distance_methods.phone",
                                   "distance_methods.faq", "comfort_conditions.rest_area",
                                   "service_accessibility.braille"});
        c.waitingTimePoints = 80;
        const json s = summarizeExpertCheck(c, cl);
        QCOMPARE(s["org"].get<std::string>(), std::string("org-1"));
        QCOMPARE(s["stand_items"]["required"].get<std::size_t>(), stands);
        QCOMPARE(s["stand_items"]["present"].get<int>(), 2);
        QCOMPARE(s["site_items"]["required"].get<std::size_t>(), sites);
        QCOMPARE(s["site_items"]["present"].get<int>(), 1);
        QVERIFY(s["distance_methods"] == json::array({"faq", "phone"}));
        QVERIFY(s["comfort_conditions"] == json::array({"rest_area"}));
        QVERIFY(s["premises_accessibility"] == json::array());
        QVERIFY(s["service_accessibility"] == json::array({"braille"}));
        QCOMPARE(s["waiting_time_points"].get<int>(), 80);
        c.waitingTimePoints.reset();
        QVERIFY(summarizeExpertCheck(c, cl)["waiting_time_points"].is_null());
        // Everything present: present equals required in both lists, every set full.
        std::set<std::string> all;
        for (const auto& item : cl.items) all.insert(item.id);
        const json full = summarizeExpertCheck(makeCheck(all), cl);
        QCOMPARE(full["stand_items"]["present"].get<std::size_t>(), stands);
        QCOMPARE(full["site_items"]["present"].get<std::size_t>(), sites);
        QCOMPARE(full["premises_accessibility"].size(), std::size_t(5));
        QCOMPARE(full["distance_methods"].size(), std::size_t(6));
        // Nothing present: every count 0 of its required, every set empty.
        const json none = summarizeExpertCheck(makeCheck({}), cl);
        QCOMPARE(none["stand_items"]["present"].get<int>(), 0);
        QCOMPARE(none["site_items"]["present"].get<int>(), 0);
        QVERIFY(none["comfort_conditions"] == json::array());
    }
};

} // namespace tst_expert_check

NOK_TEST_GUILESS_MAIN(tst_expert_check, TstExpertCheck)
#include "tst_expert_check.moc"
