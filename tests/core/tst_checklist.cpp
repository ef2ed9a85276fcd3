// The shipped expert checklist (886н / ПП 1239 and the methodology's expert sets) and the
// loader's rejection of malformed checklists, each error naming the JSON path.
#include "nok/expert/checklist.h"
#include "nok/scoring/methodology.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <set>
#include "test_program.h"

namespace tst_checklist {

using namespace nok::expert;
using nlohmann::json;

namespace {
json builtinJson() { return json::parse(builtinChecklistJson()); }
std::string errorField(const json& doc) {
    auto r = parseChecklist(doc.dump());
    return r.ok() ? std::string("<accepted>") : r.error().field;
}
std::size_t countGroup(const Checklist& c, const std::string& group) {
    std::size_t n = 0;
    for (const auto& i : c.items) n += i.group == group;
    return n;
}
} // namespace

class TstChecklist : public QObject {
    Q_OBJECT
private slots:
    void builtinParsesWithAllGroups() {
        auto parsed = parseChecklist(builtinChecklistJson());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().describe().c_str());
        const Checklist& c = builtinChecklist();
        QCOMPARE(c.id, std::string("886n-1239/1"));
        QCOMPARE(c.groups.size(), std::size_t(6));
        QVERIFY(countGroup(c, "stand") >= 12 && countGroup(c, "stand") <= 14);
        QVERIFY(countGroup(c, "site") >= 12 && countGroup(c, "site") <= 16);
        QVERIFY(c.find("stand.licence"));
        QCOMPARE(c.find("stand.licence")->group, std::string("stand"));
        QVERIFY(!c.find("stand.nothing"));
        for (const auto& item : c.items) {
            QVERIFY2(!item.nameRu.empty() && !item.nameEn.empty(), item.id.c_str());
            QVERIFY2(item.nameRu != item.nameEn, item.id.c_str());
        }
    }
    // One checklist item per element of every expert set of the methodology, and nothing else
    // in those groups: summaries must only carry items the scoring knows.
    void setGroupsMatchTheMethodology() {
        auto m = nok::scoring::builtinMethodology("344n-social");
        QVERIFY(m.ok());
        const Checklist& c = builtinChecklist();
        QCOMPARE(m->expertSets.size(), std::size_t(4));
        for (const auto& set : m->expertSets) {
            std::set<std::string> expected, actual;
            for (const auto& item : set.items) expected.insert(set.id + "." + item.id);
            for (const auto& item : c.items)
                if (item.group == set.id) actual.insert(item.id);
            QCOMPARE(actual, expected);
        }
    }
    void rejectsMalformedNamingThePath() {
        json doc = builtinJson();
        QCOMPARE(errorField(doc), std::string("<accepted>"));
        QVERIFY(!parseChecklist("{not json").ok());
        QCOMPARE(parseChecklist("{not json").error().code, std::string("invalid_checklist"));

        json d = doc; d["format"] = "nok-checklist/2";
        QCOMPARE(errorField(d), std::string("format"));
        d = doc; d.erase("id");
        QCOMPARE(errorField(d), std::string("id"));
        d = doc; d["title"].erase("en");
        QCOMPARE(errorField(d), std::string("title.en"));
        d = doc; d["groups"][2]["id"] = "cafeteria";
        QCOMPARE(errorField(d), std::string("groups[2].id"));
        d = doc; d["groups"].erase(d["groups"].begin() + 3);
        QCOMPARE(errorField(d), std::string("groups"));
        d = doc; d["groups"][1]["id"] = "stand";
        QCOMPARE(errorField(d), std::string("groups[1].id"));
        d = doc; d["items"][4]["name"]["en"] = "";
        QCOMPARE(errorField(d), std::string("items[4].name.en"));
        d = doc; d["items"][5]["id"] = d["items"][4]["id"];
        QCOMPARE(errorField(d), std::string("items[5].id"));
        d = doc; d["items"][6]["group"] = "roof";
        QCOMPARE(errorField(d), std::string("items[6].group"));
        d = doc; d["items"][7]["id"] = "site.misplaced"; // item of group stand with a site id
        QCOMPARE(errorField(d), std::string("items[7].id"));
        d = doc; d["items"][8]["colour"] = "red";
        QCOMPARE(errorField(d), std::string("items[8].colour"));
        d = doc; d["items"] = json::array();
        QCOMPARE(errorField(d), std::string("items"));
        d = doc; d["items"][0] = 17;
        QCOMPARE(errorField(d), std::string("items[0]"));
    }
    void councilListReplacesTheBuiltin() {
        json doc = builtinJson();
        doc["id"] = "council-2027/1";
        doc["items"].push_back({{"id", "stand.extra"}, {"group", "stand"},
                                {"name", {{"ru", "Дополнительный пункт"}, {"en", "Extra item"}}}});
        auto c = parseChecklist(doc.dump());
        QVERIFY(c.ok());
        QCOMPARE(c->id, std::string("council-2027/1"));
        QCOMPARE(countGroup(*c, "stand"), countGroup(builtinChecklist(), "stand") + 1);
        QCOMPARE(c->find("stand.extra")->basis, std::string());
    }
};

} // namespace tst_checklist

NOK_TEST_GUILESS_MAIN(tst_checklist, TstChecklist)
#include "tst_checklist.moc"
