// Privacy: a session left alone shows «Вы ещё здесь?» after the idle timeout; with no reply it
// is discarded: nothing submitted, nothing kept, the next respondent starts from nothing.
import QtQuick
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "IdleDiscard"
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
        Kiosk.idleTimeoutSeconds = 1
        Kiosk.idlePromptSeconds = 1
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
    }
    function cleanup() {
        Kiosk.idleTimeoutSeconds = 90
        Kiosk.idlePromptSeconds = 30
    }

    function test_idle_session_is_discarded() {
        const prompt = findChild(driver.flow, "idlePrompt")
        driver.start()
        driver.answer("yes", "stand_satisfied")
        driver.answer("no", "site_used")
        compare(driver.flow.session.answeredCount, 2)
        tryCompare(prompt, "visible", true, 10000)
        tryCompare(driver.flow, "screen", "welcome", 10000)
        verify(!prompt.visible)
        compare(driver.flow.session.answeredCount, 0, "the answers are gone from memory")
        compare(FakeBackend.submittedCount, 0, "nothing of the session was stored")
        driver.start()
        verify(driver.control("option_yes").text.indexOf("✓") < 0, "the next respondent sees nothing")
        compare(driver.flow.session.answeredCount, 0)
    }

    // «Выйти из опроса?» left unanswered is not a place where answers can wait for the next person.
    function test_exit_prompt_left_alone_discards_the_session() {
        driver.start()
        driver.answer("yes", "stand_satisfied")
        driver.press("exitButton")
        tryCompare(findChild(driver.flow, "exitPrompt"), "visible", true)
        tryCompare(driver.flow, "screen", "welcome", 10000)
        compare(driver.flow.session.answeredCount, 0)
        compare(FakeBackend.submittedCount, 0)
    }

    function test_continue_keeps_the_answers() {
        Kiosk.idlePromptSeconds = 3600
        const prompt = findChild(driver.flow, "idlePrompt")
        driver.start()
        driver.answer("yes", "stand_satisfied")
        tryCompare(prompt, "visible", true, 10000)
        mouseClick(findChild(prompt, "continueButton"))
        verify(!prompt.visible)
        compare(driver.flow.screen, "survey")
        compare(driver.flow.session.questionId, "stand_satisfied")
        compare(driver.flow.session.answeredCount, 1)
    }

    // Operator mode waits longer than the lobby's timeout (an interview pauses on the phone), and
    // still logs the operator out when that longer time has passed.
    function test_operator_mode_has_its_own_longer_timeout() {
        const idle = findChild(driver.flow, "idleMonitor")
        verify(driver.flow.operatorIdleTimeoutSeconds > 90, "longer than the kiosk default")
        driver.flow.operatorIdleTimeoutSeconds = 2
        driver.flow.screen = "pin"
        for (const digit of "2580")
            driver.press("pin_" + digit)
        driver.press("pinEnter")
        tryCompare(driver.flow, "screen", "operator")
        compare(idle.timeoutSeconds, 2, "operator mode uses its own timeout, not the lobby's 1 s")
        tryCompare(driver.flow, "screen", "welcome", 10000)
        compare(idle.timeoutSeconds, 1, "the lobby timeout is back for the next visitor")
    }

    function test_welcome_screen_never_times_out() {
        const prompt = findChild(driver.flow, "idlePrompt")
        const idle = findChild(driver.flow, "idleMonitor")
        verify(!idle.running, "nobody is answering: nothing to time out")
        verify(!prompt.visible)
    }
}
