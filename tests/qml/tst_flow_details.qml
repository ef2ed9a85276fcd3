// The questionnaire's flow as a resident feels it: an honest question count, «Выйти» with a
// confirmation that nothing is saved, each review answer opening its question and returning,
// the age in a few taps, «Да» and «Нет» alike, and a second tap right after a screen change
// ignored.
import QtQuick
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "FlowDetails"
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
        Theme.highContrast = false
        driver.keepTapGuard = false
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
    }
    function cleanup() {
        Theme.highContrast = false
    }
    function toReview() {
        driver.start()
        while (driver.flow.session.questionType === "yes_no") {
            const before = driver.flow.session.questionId
            driver.press("option_yes")
            tryVerify(() => driver.flow.session.questionId !== before)
        }
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.answer("male", "age")
        driver.press("decade_60")
        driver.press("year_64")
        driver.press("ageNext")
        tryCompare(driver.flow.session, "reviewing", true)
    }

    // The welcome screen's count and the counter agree with the questions actually met.
    function test_question_count_is_the_path_met() {
        verify(driver.text("aboutText").indexOf("от 14 до 18 вопросов") >= 0, driver.text("aboutText"))
        driver.start()
        const answers = ["no", "yes", "yes", "yes", "yes", "no"] // then «Да»
        let met = 0
        let shown = []
        while (driver.flow.session.questionType === "yes_no") {
            ++met
            shown.push(driver.text("progress"))
            driver.press("option_" + (answers[met - 1] || "yes"))
            tryVerify(() => driver.text("progress") !== shown[shown.length - 1])
        }
        met += 3 // suggestion, sex, age
        for (let i = 0; i < shown.length; ++i)
            verify(shown[i].indexOf("Вопрос " + (i + 1) + " из ") === 0, shown[i])
        compare(driver.text("progress"), "Вопрос " + (shown.length + 1) + " из " + met,
                "the total is the number of questions this respondent meets")
        compare(met, 16) // stand_used «Нет», disability «Нет»; site and remote follow-ups asked
    }

    function test_exit_on_the_first_question_saves_nothing() {
        driver.start()
        verify(!findChild(driver.flow.page, "backButton").visible, "no dead «Назад» on the first question")
        driver.press("exitButton")
        const prompt = findChild(driver.flow, "exitPrompt")
        tryCompare(prompt, "visible", true)
        verify(findChild(prompt, "exitTitle").text === "Выйти из опроса?")
        mouseClick(findChild(prompt, "exitCancel"))
        tryCompare(prompt, "visible", false)
        compare(driver.flow.session.questionId, "stand_used")
        driver.answer("yes", "stand_satisfied")
        verify(driver.control("backButton").visible, "«Назад» from the second question on")
        driver.press("exitButton")
        tryCompare(prompt, "visible", true)
        mouseClick(findChild(prompt, "exitConfirm"))
        tryCompare(driver.flow, "screen", "welcome")
        compare(driver.flow.session.answeredCount, 0, "the answers are forgotten")
        compare(FakeBackend.submittedCount, 0, "nothing stored")
    }

    function test_review_answer_opens_its_question_and_returns() {
        toReview()
        driver.press("reviewItem_timely")
        tryCompare(driver.flow.session, "questionId", "timely")
        verify(driver.control("editingNote").visible)
        driver.answer("no", "")
        verify(driver.control("reviewItem_timely").text.indexOf("— Нет") > 0)
        // A changed gate answer first asks its new follow-up, then returns to the review.
        driver.press("reviewItem_disability")
        driver.answer("no", "")
        verify(findChild(driver.flow.page, "reviewItem_accessibility_satisfied") === null)
        driver.press("reviewItem_disability")
        driver.answer("yes", "accessibility_satisfied")
        driver.answer("no", "")
        driver.press("reviewItem_age")
        tryCompare(driver.flow.session, "questionId", "age")
        verify(driver.control("year_64").text.indexOf("✓") === 0, "the earlier age is marked")
        driver.press("ageNext")
        tryCompare(driver.flow.session, "reviewing", true)
        driver.press("submitButton")
        tryCompare(FakeBackend, "submittedCount", 1)
        const a = FakeBackend.lastAnswers()
        compare(a.timely, "no")
        compare(a.disability, "yes")
        compare(a.accessibility_satisfied, "no")
        compare(a.age, 64)
    }

    function test_age_85_in_three_taps() {
        toReview()
        driver.press("backButton")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("otherDecade")
        compare(findChild(driver.flow.page, "year_64"), null, "back to the decades")
        verify(!findChild(driver.flow.page, "ageNext").enabled, "nothing chosen yet")
        const decades = ["10", "20", "30", "40", "50", "60", "70", "80", "90", "100", "110"]
        for (const d of decades)
            verify(findChild(driver.flow.page, "decade_" + d), "decade " + d)
        compare(driver.text("decade_10"), "10–19")
        compare(driver.text("decade_110"), "110–120")
        let taps = 0
        driver.press("decade_80"); ++taps
        driver.press("year_85"); ++taps
        compare(driver.text("ageNext"), "Далее: мне 85")
        driver.press("ageNext"); ++taps
        tryCompare(driver.flow.session, "reviewing", true)
        compare(taps, 3)
        driver.press("submitButton")
        tryCompare(FakeBackend, "submittedCount", 1)
        compare(FakeBackend.lastAnswers().age, 85)
    }

    function test_age_picker_offers_only_valid_years() {
        toReview()
        driver.press("reviewItem_age")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("otherDecade")
        driver.press("decade_10")
        compare(findChild(driver.flow.page, "year_13"), null, "below the minimum (14)")
        verify(driver.control("year_14"))
        driver.press("otherDecade")
        driver.press("decade_110")
        verify(driver.control("year_120"), "the maximum is reachable")
        compare(findChild(driver.flow.page, "year_121"), null)
    }

    function test_answers_look_alike() {
        driver.start()
        for (const contrast of [false, true]) {
            Theme.highContrast = contrast
            const yes = driver.control("option_yes")
            const no = driver.control("option_no")
            fuzzyCompare(yes.width, no.width, 1, "«Да» and «Нет» equally wide")
            compare(yes.height, no.height)
            verify(Qt.colorEqual(yes.fill, no.fill), "the same colour")
            verify(Qt.colorEqual(yes.fill, Theme.palette.secondary), "a neutral colour")
            verify(Qt.colorEqual(yes.ink, no.ink))
        }
        Theme.highContrast = false
        toReviewFromHere()
    }
    function toReviewFromHere() {
        while (driver.flow.session.questionType === "yes_no") {
            const before = driver.flow.session.questionId
            driver.press("option_yes")
            tryVerify(() => driver.flow.session.questionId !== before)
        }
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        fuzzyCompare(driver.control("option_male").width, driver.control("option_female").width, 1,
                     "«Мужской» and «Женский» equally wide")
    }

    function test_a_second_tap_right_after_a_screen_change_is_ignored() {
        driver.keepTapGuard = true
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
        compare(driver.flow.tapGuardMs, 400)
        driver.flow.startSurvey()
        tryCompare(driver.flow, "tapGuardActive", false)
        const s = driver.flow.session
        const yes = findChild(driver.flow.page, "option_yes")
        const at = yes.mapToItem(driver.flow, yes.width / 2, yes.height / 2)
        mouseClick(driver.flow, at.x, at.y)
        compare(s.questionId, "stand_satisfied")
        verify(driver.flow.tapGuardActive)
        // The same finger again, at once: it lands on the next question's «Да» and is dropped.
        mouseClick(driver.flow, at.x, at.y)
        compare(s.questionId, "stand_satisfied", "the second tap did not answer")
        compare(s.answeredCount, 1)
        tryCompare(driver.flow, "tapGuardActive", false)
        mouseClick(driver.flow, at.x, at.y)
        compare(s.questionId, "site_used", "a later tap works")
        compare(s.answeredCount, 2)
    }
}
