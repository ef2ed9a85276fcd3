// The respondent's path through the kiosk with the fake sink: the full questionnaire with skip
// logic, back navigation, skipped optional questions, a failed store, the thank-you return and
// the minimum interval between responses.
import QtQuick
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "SurveyFlow"
    width: 1280
    height: 800
    when: windowShown

    Component {
        id: flowComponent
        KioskFlow {
            width: tc.width
            height: tc.height
        }
    }
    KioskDriver {
        id: driver
        test: tc
    }

    function init() {
        FakeBackend.clear()
        Kiosk.minIntervalSeconds = 0
        Kiosk.idleTimeoutSeconds = 600
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
        verify(driver.flow)
    }

    // All yes/no questions answered "yes" up to the suggestion.
    function answerAllYes() {
        while (driver.flow.session.questionType === "yes_no") {
            const before = driver.flow.session.position
            driver.press("option_yes")
            tryVerify(() => driver.flow.session.position !== before, 3000)
        }
        compare(driver.flow.session.questionId, "suggestions")
    }

    function test_full_questionnaire_with_skip_logic() {
        driver.start()
        compare(driver.text("progress"), "Вопрос 1 из 14")
        driver.answer("no", "site_used")                  // skips stand_satisfied
        compare(driver.text("progress"), "Вопрос 2 из 14")
        driver.answer("yes", "site_satisfied")
        driver.answer("yes", "timely")
        driver.answer("yes", "comfort_satisfied")
        driver.answer("no", "disability")
        driver.answer("no", "staff_first_contact")        // skips accessibility_satisfied
        compare(driver.text("progress"), "Вопрос 7 из 15")
        driver.answer("yes", "staff_service")
        driver.answer("yes", "remote_used")
        driver.answer("no", "recommend")                  // skips remote_polite
        compare(driver.text("progress"), "Вопрос 10 из 15")
        driver.answer("yes", "organisational_satisfied")
        driver.answer("yes", "overall_satisfied")
        driver.answer("yes", "suggestions")

        verify(driver.control("privacyNote").text.length > 0, "the no-names note is shown")
        driver.control("suggestionInput").text = "  Больше прогулок  "
        driver.press("suggestionNext")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.answer("female", "age")
        driver.press("decade_70")
        driver.press("year_70")
        compare(driver.text("ageNext"), "Далее: мне 70")
        driver.press("ageNext")
        tryCompare(driver.flow.session, "reviewing", true)

        compare(FakeBackend.submittedCount, 0, "nothing is stored before «Отправить»")
        driver.press("submitButton")
        tryCompare(driver.flow, "screen", "thanks")
        compare(FakeBackend.submittedCount, 1)
        compare(FakeBackend.lastOrganization(), "org-test")
        compare(FakeBackend.lastAnswers(), {
            "stand_used": "no", "site_used": "yes", "site_satisfied": "yes", "timely": "yes",
            "comfort_satisfied": "no", "disability": "no", "staff_first_contact": "yes",
            "staff_service": "yes", "remote_used": "no", "recommend": "yes",
            "organisational_satisfied": "yes", "overall_satisfied": "yes",
            "suggestions": "Больше прогулок", "sex": "female", "age": 70
        })
    }

    function test_back_navigation_changes_the_path() {
        driver.start()
        driver.answer("yes", "stand_satisfied")
        compare(driver.text("progress"), "Вопрос 2 из 15")
        driver.answer("yes", "site_used")
        driver.press("backButton")
        tryCompare(driver.flow.session, "questionId", "stand_satisfied")
        verify(driver.control("option_yes").text.indexOf("✓") === 0, "the earlier answer is marked")
        driver.press("backButton")
        tryCompare(driver.flow.session, "questionId", "stand_used")
        driver.answer("no", "site_used")                  // a different path now
        compare(driver.text("progress"), "Вопрос 2 из 14")
        answerAllYes()
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "reviewing", true)
        driver.press("submitButton")
        tryCompare(FakeBackend, "submittedCount", 1)
        const answers = FakeBackend.lastAnswers()
        compare(answers.stand_used, "no")
        verify(!("stand_satisfied" in answers), "the answer on the abandoned path is dropped")
    }

    function test_optional_questions_skipped() {
        driver.start()
        answerAllYes()
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "reviewing", true)
        driver.press("submitButton")
        tryCompare(FakeBackend, "submittedCount", 1)
        const answers = FakeBackend.lastAnswers()
        compare(Object.keys(answers).length, 15)
        verify(!("suggestions" in answers) && !("sex" in answers) && !("age" in answers))
    }

    function test_required_questions_cannot_be_skipped() {
        driver.start()
        verify(driver.control("option_yes"))
        compare(findChild(driver.flow.page, "skipButton"), null, "no «Пропустить» on a required question")
        answerAllYes()
        verify(driver.control("skipButton"), "«Пропустить» on the optional suggestion")
    }

    function test_store_failure_keeps_the_answers_and_says_why() {
        driver.start()
        answerAllYes()
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "reviewing", true)
        FakeBackend.failNextSubmit("SQL failed: database or disk is full", "disk_full")
        driver.press("submitButton")
        tryVerify(() => driver.control("errorText").text.indexOf("Память устройства заполнена") >= 0)
        verify(driver.control("errorText").text.indexOf("SQL") < 0)
        compare(driver.flow.screen, "survey")
        compare(FakeBackend.submittedCount, 0)
        driver.press("submitButton")
        tryCompare(driver.flow, "screen", "thanks")
        compare(FakeBackend.submittedCount, 1)
    }

    function test_thanks_returns_to_start_and_forgets_the_respondent() {
        driver.flow.thanksReturnMs = 300
        driver.start()
        driver.answer("no", "site_used")
        answerAllYes()
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "reviewing", true)
        driver.press("submitButton")
        tryCompare(driver.flow, "screen", "thanks")
        tryCompare(driver.flow, "screen", "welcome", 5000)
        compare(driver.flow.session.answeredCount, 0)
        driver.start()
        verify(driver.control("option_no").text.indexOf("✓") < 0, "no trace of the previous answer")
        compare(driver.text("progress"), "Вопрос 1 из 14")
    }

    function test_minimum_interval_between_responses() {
        driver.start()
        Kiosk.minIntervalSeconds = 3600
        answerAllYes()
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "reviewing", true)
        driver.press("submitButton")
        tryCompare(driver.flow, "screen", "thanks")
        driver.press("finishButton")
        tryCompare(driver.flow, "screen", "welcome")
        const start = findChild(driver.flow.page, "startButton")
        verify(!start.enabled, "«Начать опрос» waits out the minimum interval")
        verify(findChild(driver.flow.page, "waitMessage").visible)
        mouseClick(start)
        compare(driver.flow.screen, "welcome")
        Kiosk.minIntervalSeconds = 0
        tryCompare(start, "enabled", true)
    }

    function test_keyboard_reaches_and_activates_the_answers() {
        driver.start()
        const yes = driver.control("option_yes")
        let steps = 0
        while (!yes.activeFocus && steps < 20) {
            keyClick(Qt.Key_Tab)
            ++steps
        }
        verify(yes.activeFocus, "Tab reaches «Да»")
        keyClick(Qt.Key_Space)
        tryCompare(driver.flow.session, "questionId", "stand_satisfied")
        const no = driver.control("option_no")
        steps = 0
        while (!no.activeFocus && steps < 20) {
            keyClick(Qt.Key_Tab)
            ++steps
        }
        verify(no.activeFocus, "Tab reaches «Нет»")
        keyClick(Qt.Key_Return)
        tryCompare(driver.flow.session, "questionId", "site_used")
    }

    function test_language_switch_shows_the_english_texts() {
        driver.start()
        driver.press("languageButton")
        tryCompare(Kiosk, "language", "en")
        tryVerify(() => driver.control("questionText").text.indexOf("information stands") >= 0)
        tryCompare(driver.control("option_yes"), "text", "Yes")
        tryCompare(driver.control("progress"), "text", "Question 1 of 14")
        driver.press("languageButton")
        tryCompare(Kiosk, "language", "ru")
        tryCompare(driver.control("option_yes"), "text", "Да")
    }

    function test_read_aloud_speaks_each_question_and_its_answers() {
        driver.start()
        compare(driver.flow.speaker.lastSpoken, "", "silent until «Озвучить» is on")
        driver.press("readAloudButton")
        tryCompare(Kiosk, "readAloud", true)
        tryVerify(() => driver.flow.speaker.lastSpoken.indexOf("Обращались ли Вы") > 0)
        verify(driver.flow.speaker.lastSpoken.indexOf("Да, Нет") > 0, "the answers are read too")
        driver.answer("yes", "stand_satisfied")
        tryVerify(() => driver.flow.speaker.lastSpoken.indexOf("Удовлетворены ли Вы открытостью") > 0)
        driver.press("readAloudButton")
        tryCompare(Kiosk, "readAloud", false)
        driver.answer("yes", "site_used")
        verify(driver.flow.speaker.lastSpoken.indexOf("Пользовались") < 0, "silent again once off")
    }
}
