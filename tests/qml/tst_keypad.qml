// A resident with a USB keypad or keyboard and no touch: the whole questionnaire by key events
// alone (arrows and Tab move a visible focus frame, Enter/Space press) to the stored response;
// F1 reads the screen aloud, F2 turns read-aloud on and off, Esc asks whether to leave.
import QtQuick
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "Keypad"
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
        Kiosk.readAloud = false
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
        verify(driver.flow)
        tryVerify(() => driver.flow.activeFocus, 3000, "the flow takes the keyboard focus")
    }

    function named(name) {
        let item = null
        tryVerify(() => (item = findChild(driver.flow, name)) && item.visible, 3000, name)
        return item
    }
    // The focus frame: drawn, at least 3 px, on the focused control only.
    // (A button draws a ring around itself; a text field thickens its own border.)
    function verifyFocusFrame(control) {
        const ring = control.background.children.length > 0 ? control.background.children[0] : control.background
        verify(ring.visible, "the focus frame of " + control.objectName + " is shown")
        verify(ring.border.width >= 3, "frame width " + ring.border.width)
        verify(Qt.colorEqual(ring.border.color, Theme.palette.focus), "in the focus colour")
    }
    // Arrow key (Right/Down forward) until `name` has the focus; bounded.
    function focusWithArrows(name, key) {
        const target = named(name)
        for (let i = 0; i < 40 && !target.activeFocus; ++i)
            keyClick(key === undefined ? Qt.Key_Right : key)
        verify(target.activeFocus, "the arrows reach " + name)
        verifyFocusFrame(target)
        return target
    }
    function pressWithKey(name, key, change) {
        focusWithArrows(name)
        keyClick(key)
        tryVerify(change, 3000, "pressing " + name + " with a key")
    }

    function test_whole_questionnaire_with_keys_only() {
        const s = driver.flow.session
        pressWithKey("startButton", Qt.Key_Return, () => s.questionId === "stand_used")
        // The first arrow lands on the first answer, the next one on «Нет».
        keyClick(Qt.Key_Down)
        verify(named("option_yes").activeFocus, "Down starts at the first answer")
        verifyFocusFrame(named("option_yes"))
        keyClick(Qt.Key_Down)
        verify(named("option_no").activeFocus)
        keyClick(Qt.Key_Space)
        tryCompare(s, "questionId", "site_used")
        // Up goes back as Down goes forward; Tab works as well.
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Up)
        verify(named("option_yes").activeFocus, "Up moves back")
        keyClick(Qt.Key_Tab)
        verify(named("option_no").activeFocus, "Tab moves forward")
        keyClick(Qt.Key_Enter) // the keypad's Enter
        tryCompare(s, "questionId", "timely")
        while (s.questionType === "yes_no") {
            const before = s.questionId
            pressWithKey("option_yes", Qt.Key_Return, () => s.questionId !== before)
        }
        compare(s.questionId, "suggestions")
        // The suggestion field: type, Enter (done) moves on to «Далее», Enter presses it.
        focusWithArrows("suggestionInput")
        keyClick("o")
        keyClick("k")
        keyClick(Qt.Key_Return)
        verify(named("suggestionNext").activeFocus, "Enter in the field moves to «Далее»")
        keyClick(Qt.Key_Return)
        tryCompare(s, "questionId", "sex")
        pressWithKey("option_female", Qt.Key_Space, () => s.questionId === "age")
        // The age: the decade, then the year, then «Далее: мне 85».
        pressWithKey("decade_80", Qt.Key_Return, () => findChild(driver.flow, "year_85") !== null)
        pressWithKey("year_85", Qt.Key_Return, () => named("ageNext").text === "Далее: мне 85")
        pressWithKey("ageNext", Qt.Key_Return, () => s.reviewing)
        compare(FakeBackend.submittedCount, 0)
        pressWithKey("submitButton", Qt.Key_Return, () => driver.flow.screen === "thanks")
        compare(FakeBackend.submittedCount, 1)
        compare(FakeBackend.lastAnswers(), {
            "stand_used": "no", "site_used": "no", "timely": "yes", "comfort_satisfied": "yes",
            "disability": "yes", "accessibility_satisfied": "yes", "staff_first_contact": "yes",
            "staff_service": "yes", "remote_used": "yes", "remote_polite": "yes", "recommend": "yes",
            "organisational_satisfied": "yes", "overall_satisfied": "yes",
            "suggestions": "ok", "sex": "female", "age": 85
        })
    }

    function test_f1_reads_the_screen_and_f2_turns_read_aloud_on() {
        compare(driver.flow.speaker.lastSpoken, "")
        keyClick(Qt.Key_F1)
        verify(driver.flow.speaker.lastSpoken.indexOf("Начать опрос") >= 0, "the welcome screen is read on F1")
        pressWithKey("startButton", Qt.Key_Return, () => driver.flow.session.questionId === "stand_used")
        keyClick(Qt.Key_Question)
        const spoken = driver.flow.speaker.lastSpoken
        verify(spoken.indexOf(driver.flow.session.questionText) > 0, spoken)
        verify(spoken.indexOf("Варианты ответа: Да, Нет.") > 0, "and its answers")
        verify(spoken.indexOf("F2") > 0, "and how to use the keys")
        compare(Kiosk.readAloud, false, "F1 reads once; it does not switch read-aloud on")
        keyClick(Qt.Key_F2)
        compare(Kiosk.readAloud, true)
        keyClick(Qt.Key_F2)
        compare(Kiosk.readAloud, false)
        keyClick(Qt.Key_Asterisk)
        compare(Kiosk.readAloud, true, "«*» on a numeric keypad")
        Kiosk.readAloud = false
    }

    function test_escape_asks_before_leaving() {
        pressWithKey("startButton", Qt.Key_Return, () => driver.flow.session.questionId === "stand_used")
        pressWithKey("option_yes", Qt.Key_Return, () => driver.flow.session.questionId === "stand_satisfied")
        keyClick(Qt.Key_Escape)
        tryCompare(named("exitPrompt"), "visible", true)
        verify(named("exitCancel").activeFocus, "«Вернуться к опросу» is the default")
        keyClick(Qt.Key_Return)
        tryCompare(driver.flow, "exitPromptShown", false)
        compare(driver.flow.session.answeredCount, 1, "nothing lost by asking")
        keyClick(Qt.Key_Escape)
        pressWithKey("exitConfirm", Qt.Key_Return, () => driver.flow.screen === "welcome")
        compare(driver.flow.session.answeredCount, 0)
        compare(FakeBackend.submittedCount, 0)
    }
}
