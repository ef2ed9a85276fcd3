// The web page renderers as pure functions: every text from data is escaped on every page
// (hostile organisation names, titles, suggestions, expert items), numbers are formatted,
// rankings sort on the server, the questionnaire shows skip conditions and errors next to the
// question, and form fields become the answer set the validator expects.
#include "nok/survey/answer_validator.h"
#include "web/council_pages.h"
#include "web/html.h"
#include "web/survey_form.h"
#include "web/survey_page.h"
#include "web/svg_chart.h"
#include "report/format.h"

#include <QTest>
#include "test_program.h"

namespace tst_web_pages {

using namespace nok::web;
using nlohmann::json;

namespace {

const std::string kHostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

// The hostile text never appears raw; its escaped form does.
bool escapedOnly(const std::string& html) {
    return html.find("<script>alert") == std::string::npos &&
           html.find("<img src=x") == std::string::npos &&
           html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x") !=
               std::string::npos;
}

nok::survey::Questionnaire questionnaire() {
    return std::move(nok::survey::builtinQuestionnaire(nok::survey::kDefaultQuestionnaire).value());
}

json hostileResults() {
    json org = {
        {"id", "org-1"},
        {"name", kHostile},
        {"category", kHostile},
        {"respondents", 3},
        {"indicators", {{"1.3", 50.0}, {"5.3", nullptr}}},
        {"indicator_details", {{"1.3", {{"yes", 1}, {"answered", 2}, {"wilson", {9.45, 90.55}}}}}},
        {"criteria", {{"K1", 50.0}, {"K5", nullptr}}},
        {"total", 61.5},
        {"rank", 1},
        {"rank_in_category", 1},
        {"not_measurable", {"5.3"}},
        {"reason", nullptr},
        {"warnings",
         {{{"code", "sample_below_minimum"},
           {"message", kHostile},
           {"required", 40},
           {"actual", 3}}}},
        {"shortcomings", {{{"indicator", "1.3"}, {"text", kHostile}}}}};
    json other = {{"id", "org-2"},
                  {"name", "Б центр"},
                  {"category", "ЦСОН"},
                  {"respondents", 30},
                  {"criteria", {{"K1", 90.0}, {"K5", 70.0}}},
                  {"total", 80.0},
                  {"rank", 2}};
    return {{"organizations", {org, other}},
            {"categories", {{{"category", kHostile}, {"criteria", {{"K1", 50.0}}}}}},
            {"region",
             {{"organizations", 2},
              {"respondents", 33},
              {"average", 70.75},
              {"criteria", {{"K1", 70.0}}}}},
            {"summary",
             {{"expert_items_lacking",
               {{{"set", kHostile}, {"item", kHostile}, {"lacking", 1}, {"share", 50.0}}}},
              {"questions",
               {{{"question", kHostile}, {"yes", 1}, {"answered", 2}, {"share", 50.0}}}}}}};
}

// The text a reader sees: tags and their attributes removed.
std::string visibleText(const std::string& html) {
    std::string out;
    bool inTag = false;
    for (char c : html) {
        if (c == '<') inTag = true;
        else if (c == '>') inTag = false;
        else if (!inTag) out += c;
    }
    return out;
}

CampaignInfo hostileCampaign() {
    return CampaignInfo{"kem-2026", kHostile,        kHostile,
                        2026,       "social-675n/1", {{"org-1", kHostile, kHostile}}};
}

} // namespace

class TstWebPages : public QObject {
    Q_OBJECT

  private slots:
    void escapeCoversEveryHtmlSpecialCharacter() {
        QCOMPARE(escape("a&b<c>d\"e'f"), std::string("a&amp;b&lt;c&gt;d&quot;e&#39;f"));
        QCOMPARE(escape("Центр «Надежда»"), std::string("Центр «Надежда»"));
        QCOMPARE(urlSegment("org 1/../x"), std::string("org%201%2F..%2Fx"));
    }
    void numbersAreRoundedForPeopleAndNullIsADash() {
        // Two decimals and a decimal comma, rounded as the printed report rounds.
        QCOMPARE(formatNumber(83.15), std::string("83,15"));
        QCOMPARE(formatNumber(90.0), std::string("90,00"));
        QCOMPARE(formatNumber(85.255), std::string("85,26"));
        QCOMPARE(formatNumber(78.125), std::string("78,13"));
        QCOMPARE(formatNumber(78.125), nok::server::report::displayNumber(json(78.125)));
        QCOMPARE(formatNumber(std::nullopt), std::string("—"));
        QCOMPARE(formatCount(2.0), std::string("2"));
        QCOMPARE(formatCount(12345.0), std::string("12\u00A0345"));
    }
    void surveyPageEscapesOrganisationCampaignAndReFilledAnswers() {
        const auto q = questionnaire();
        SurveyForm f;
        f.campaignId = "kem-2026";
        f.campaignTitle = kHostile;
        f.orgId = "org-1";
        f.orgName = kHostile;
        f.questionnaire = &q;
        f.answers = {{"suggestions", kHostile}};
        f.invitationRequired = true;
        f.invitation = kHostile;
        f.csrfToken = "tok";
        const std::string html = renderSurveyPage(f);
        QVERIFY(escapedOnly(html));
        QVERIFY(html.find("<textarea id=\"in-suggestions\"") != std::string::npos);
        QVERIFY(html.find("name=\"csrf\" value=\"tok\"") != std::string::npos);
        QVERIFY(html.find("<html lang=\"ru\"") != std::string::npos);
    }
    void otherPagesEscapeDataToo() {
        QVERIFY(escapedOnly(renderThanksPage(Display{}, kHostile, kHostile)));
        QVERIFY(escapedOnly(renderMessagePage(Display{}, kHostile, kHostile)));
        QVERIFY(escapedOnly(renderSignInPage("t", kHostile)));
        const CouncilFrame frame{kHostile, "t"};
        QVERIFY(escapedOnly(renderCampaignListPage(frame, {hostileCampaign()})));
        QVERIFY(escapedOnly(renderCouncilMessage(frame, kHostile, kHostile)));
        QVERIFY(escapedOnly(barChart("c", kHostile, {{kHostile, 10.0}}, kHostile)));
    }
    void campaignPageEscapesNamesCategoriesAndSummary() {
        const std::string html = renderCampaignPage(CouncilFrame{"u", "t"}, hostileCampaign(),
                                                    hostileResults(), SortOrder{});
        QVERIFY(escapedOnly(html));
        QVERIFY(html.find("<svg") != std::string::npos); // charts are inline
        // A chart's caption is above its bars, so it is not read as the next chart's.
        const auto caption = html.find("<figcaption id=\"chart-totals-c\">");
        QVERIFY(caption != std::string::npos);
        QVERIFY(caption < html.find("<ul class=\"bars\">", caption));
        QVERIFY(html.find("</ul>\n</figure>") != std::string::npos);
        QVERIFY(html.find("/council/c/kem-2026/results.csv") != std::string::npos);
        QVERIFY(html.find("малая выборка") !=
                std::string::npos); // the sample warning shows in the table
    }
    void organisationPageShowsIndicatorsFlagsSuggestionsAndEvidenceEscaped() {
        const json org = hostileResults()["organizations"][0];
        const json extras = {{"suggestions", {kHostile}},
                             {"expert",
                              {{"org", "org-1"},
                               {"distance_methods", {kHostile}},
                               {"stand_items", {{"required", 10}, {"present", 8}}}}}};
        const std::string html =
            renderOrganizationPage(CouncilFrame{"u", "t"}, hostileCampaign(), org, extras);
        QVERIFY(escapedOnly(html));
        QVERIFY(html.find("1 / 2") != std::string::npos);         // yes / answered
        QVERIFY(html.find("9,45–90,55") != std::string::npos);   // Wilson interval
        QVERIFY(html.find("не измеряется") != std::string::npos); // 5.3 flagged
        QVERIFY(html.find("Недостаточная выборка: заполнено анкет — 3, требуется не менее 40") !=
                std::string::npos);
        QVERIFY(html.find("размещено 8 из 10") != std::string::npos); // expert evidence
    }
    void expertEvidenceAndIndicatorsUseTheMethodologysNames() {
        const Labels labels = Labels::forResults({{"methodology", {{"id", "344n-social"}}}});
        const json org = hostileResults()["organizations"][0];
        const json extras = {{"expert", {{"distance_methods", {"phone", "made_up"}}}}};
        const std::string html =
            renderOrganizationPage(CouncilFrame{"u", "t"}, hostileCampaign(), org, extras, labels);
        // Which items are present and, by the methodology's list, which are missing.
        QVERIFY(html.find("<dt>Дистанционные способы взаимодействия</dt><dd><p "
                          "class=\"has\"><strong>Есть (2):</strong> телефон, made_up</p>") !=
                std::string::npos);
        const auto lacks = html.find("<p class=\"lacks\"><strong>Нет (5):</strong> ");
        QVERIFY(lacks != std::string::npos);
        QVERIFY(html.find(labels.item("distance_methods", "email"), lacks) != std::string::npos);
        // Without a known methodology the ids themselves show, and nothing is called missing.
        const std::string plain =
            renderOrganizationPage(CouncilFrame{"u", "t"}, hostileCampaign(), org, extras);
        QVERIFY(plain.find("<dt>distance_methods</dt><dd><p class=\"has\"><strong>Есть "
                           "(2):</strong> phone, made_up</p></dd>") != std::string::npos);
    }

    // The codes of the results become Russian phrases on the pages (they stay in JSON and CSV):
    // question ids, warning and reason codes, expert record fields; the regional table shows
    // the share of those who answered; K1–K5 are spelled out beside the table.
    void dashboardPagesShowPhrasesNotCodes() {
        json results = hostileResults();
        results["methodology"] = {{"id", "344n-social"}, {"version", 1}};
        results["organizations"][0]["warnings"].push_back(
            {{"code", "criterion_below_50"}, {"criteria", {"K1"}}, {"threshold", 50}});
        results["organizations"][0]["criteria"]["K1"] = 42.0;
        results["organizations"][1]["reason"] = "no_expert_record";
        results["summary"]["questions"] = {
            {{"question", "accessibility_satisfied"}, {"yes", 204}, {"answered", 259}, {"share", 204.0 / 259 * 100}},
            {{"question", "remote_polite"}, {"yes", 3}, {"answered", 8}, {"share", 37.5}}};
        const Labels labels = Labels::forResults(results);
        const std::string page = visibleText(
            renderCampaignPage(CouncilFrame{"u", "t"}, hostileCampaign(), results, SortOrder{}, labels));
        for (const char* code : {"criterion_below_50", "no_expert_record", "sample_below_minimum",
                                 "accessibility_satisfied", "remote_polite"})
            QVERIFY2(page.find(code) == std::string::npos, code);
        QVERIFY(page.find("Удовлетворены ли Вы доступностью услуг для инвалидов в организации?") !=
                std::string::npos);
        QVERIFY(page.find("78,76") != std::string::npos); // 204 of 259 who answered
        QVERIFY(page.find("нет итога: нет результатов экспертной проверки") != std::string::npos);
        QVERIFY(page.find("K1Открытость и доступность информации об организации") !=
                std::string::npos); // the legend: <dt>K1</dt><dd>name</dd>
        QVERIFY(page.find("42,00 ▼") != std::string::npos); // below 50 marked by a sign

        json org = results["organizations"][0];
        org["reason"] = "no_expert_record";
        const json extras = {{"expert", {{"waiting_time_points", 80}}}};
        const std::string orgPage = visibleText(
            renderOrganizationPage(CouncilFrame{"u", "t"}, hostileCampaign(), org, extras, labels));
        for (const char* code : {"criterion_below_50", "no_expert_record", "waiting_time_points"})
            QVERIFY2(orgPage.find(code) == std::string::npos, code);
        QVERIFY(orgPage.find("Баллы за время ожидания") != std::string::npos);
        QVERIFY(orgPage.find("Значение критериев K1 ниже 50 баллов.") != std::string::npos);
    }
    // Year over year and the council's approval on the dashboard: the change of the total as a
    // sign and a number with a decimal comma, what went up and down, the approval notice.
    void dashboardShowsChangeAndApproval() {
        json results = hostileResults();
        results["methodology"] = {{"id", "344n-social"}, {"version", 1}};
        results["compared_with"] = "kem-2025";
        results["approval"] = {{"protocol", "№ 12 от 28.09.2026"}, {"approved_on", "2026-09-28"},
                               {"approved_by", "cli"}};
        json& first = results["organizations"][0];
        first["criteria"] = {{"K1", 80.0}, {"K2", 70.0}};
        first["previous"] = {{"campaign", "kem-2025"}, {"total", 70.0},
                             {"criteria", {{"K1", 60.0}, {"K2", 72.5}}}};
        first["change"] = {{"total", 6.004}, {"criteria", {{"K1", 20.0}, {"K2", -2.5}}}};
        const Labels labels = Labels::forResults(results);
        const std::string page = visibleText(renderCampaignPage(
            CouncilFrame{"u", "t"}, hostileCampaign(), results, SortOrder{}, labels));
        QVERIFY(page.find("▲ +6,00") != std::string::npos);
        QVERIFY(page.find("Результаты одобрены Общественным советом (протокол № 12 от 28.09.2026") !=
                std::string::npos);
        const json extras = {{"approval", results["approval"]}};
        const std::string orgPage = visibleText(renderOrganizationPage(
            CouncilFrame{"u", "t"}, hostileCampaign(), first, extras, labels));
        QVERIFY(orgPage.find("▲ +6,00 к оценке kem-2025") != std::string::npos);
        QVERIFY2(orgPage.find("Улучшились: K1 «Открытость и доступность информации об "
                              "организации» (+20,00). Ухудшились: K2") != std::string::npos &&
                     orgPage.find("(−2,50)") != std::string::npos,
                 orgPage.c_str());
        QVERIFY(orgPage.find("Результаты одобрены Общественным советом") != std::string::npos);
    }

    void rankingSortsOnTheServerWithNullsLast() {
        json orgs =
            json::array({{{"name", "В"}, {"total", 50.0}, {"criteria", {{"K1", 10.0}}}},
                         {{"name", "А"}, {"total", nullptr}, {"criteria", {{"K1", 90.0}}}},
                         {{"name", "Б"}, {"total", 70.0}, {"criteria", {{"K1", nullptr}}}}});
        const auto byTotal = sortedOrganizations(orgs, parseSortOrder("total", "", {"K1"}));
        QCOMPARE(byTotal[0]["name"].get<std::string>(), std::string("Б"));
        QCOMPARE(byTotal[2]["name"].get<std::string>(), std::string("А")); // no total: last
        const auto byK1Asc = sortedOrganizations(orgs, parseSortOrder("K1", "asc", {"K1"}));
        QCOMPARE(byK1Asc[0]["name"].get<std::string>(), std::string("В"));
        QCOMPARE(byK1Asc[2]["name"].get<std::string>(),
                 std::string("Б")); // null last even ascending
        QCOMPARE(parseSortOrder("nonsense", "", {"K1"}).key, std::string("rank"));
        const std::string html =
            renderCampaignPage(CouncilFrame{"u", "t"}, hostileCampaign(), hostileResults(),
                               parseSortOrder("total", "desc", {"K1", "K5"}));
        QVERIFY(html.find("aria-sort=\"descending\"><a "
                          "href=\"/council/c/kem-2026?sort=total&amp;dir=asc#ranking\"") !=
                std::string::npos);
    }
    void formFieldsBecomeTypedAnswers() {
        const auto q = questionnaire();
        std::map<std::string, std::string> fields = {{"stand_used", "no"},
                                                     {"age", " 67 "},
                                                     {"sex", ""},
                                                     {"suggestions", "  больше скамеек "},
                                                     {"csrf", "x"}};
        const auto answers =
            answersFromForm(q, [&](const std::string& n) -> std::optional<std::string> {
                auto it = fields.find(n);
                return it == fields.end() ? std::nullopt : std::optional<std::string>(it->second);
            });
        QCOMPARE(answers["age"].get<int>(), 67);
        QCOMPARE(answers["suggestions"].get<std::string>(),
                 std::string("  больше скамеек ")); // as written
        QVERIFY(!answers.contains("sex"));          // empty: not answered
        QVERIFY(!answers.contains("csrf"));         // not a question
        fields["age"] = "шестьдесят";
        const auto bad =
            answersFromForm(q, [&](const std::string& n) -> std::optional<std::string> {
                auto it = fields.find(n);
                return it == fields.end() ? std::nullopt : std::optional<std::string>(it->second);
            });
        QVERIFY(bad["age"].is_string()); // kept so the validator names it
    }
    void skipErrorsNameTheControllingQuestionInTheRespondentsLanguage() {
        const auto q = questionnaire();
        const json answers = {{"stand_used", "no"}, {"stand_satisfied", "yes"}};
        const auto report = nok::survey::validateAnswers(q, answers);
        const auto ru = localizeErrors(q, report, "ru");
        QVERIFY(ru.at("stand_satisfied").find("На вопрос 1 Вы ответили «Нет»") !=
                std::string::npos);
        QVERIFY(ru.at("timely").find("Ответьте") != std::string::npos);
        const auto en = localizeErrors(q, report, "en");
        QVERIFY(en.at("stand_satisfied").find("question 1") != std::string::npos);
        QVERIFY(!en.count("age")); // optional and unanswered: fine
    }
    void surveyPageShowsErrorsNextToTheQuestionAndSkipConditions() {
        const auto q = questionnaire();
        SurveyForm f;
        f.campaignId = "c";
        f.orgId = "o";
        f.questionnaire = &q;
        f.display.lang = "en";
        f.answers = {{"stand_used", "no"}, {"stand_satisfied", "yes"}};
        f.errors = localizeErrors(q, nok::survey::validateAnswers(q, f.answers), "en");
        const std::string html = renderSurveyPage(f);
        const auto block = html.find("id=\"q-stand_satisfied\"");
        const auto err = html.find("id=\"err-stand_satisfied\"");
        QVERIFY(block != std::string::npos && err != std::string::npos && err > block);
        QVERIFY(err < html.find("id=\"q-site_used\""));
        // The answer to the skipped question is not re-filled; the answer to question 1 is.
        QVERIFY(html.find("name=\"stand_satisfied\" value=\"yes\" checked") == std::string::npos);
        QVERIFY(html.find("name=\"stand_used\" value=\"no\" checked") != std::string::npos);
        QVERIFY(html.find("Answer only if you answered question 1 with &quot;Yes&quot;.") !=
                std::string::npos);
        QVERIFY(html.find("<html lang=\"en\"") != std::string::npos);
        QVERIFY(html.find("action=\"/survey/c/o?lang=en\"") != std::string::npos);
    }
    void displaySwitchesKeepTheOtherSettings() {
        Display d{"en", true, false};
        QCOMPARE(displayQuery(d), std::string("?lang=en&contrast=high"));
        QCOMPARE(displayQuery(d, "size", "large"),
                 std::string("?lang=en&contrast=high&size=large"));
        QCOMPARE(displayQuery(d, "lang", "ru"), std::string("?contrast=high"));
        const std::string page = renderPage(PageFrame{d, "t", {}}, "");
        QVERIFY(page.find("class=\"contrast-high\"") != std::string::npos);
        QVERIFY(page.find("<style") == std::string::npos);   // CSP: no inline style
        QVERIFY(page.find("<script>") == std::string::npos); // nor inline script
    }
};

} // namespace tst_web_pages

NOK_TEST_GUILESS_MAIN(tst_web_pages, TstWebPages)
#include "tst_web_pages.moc"
