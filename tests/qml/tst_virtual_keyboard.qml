// The on-screen keyboard as a resident meets it (run with Qt Virtual Keyboard as the input
// method): it opens in Russian ЙЦУКЕН, leaves the field and «Далее» visible above it, types
// «Пандус» through its own keys into the stored suggestion, and closes on «Готово» or a tap
// outside. With the English interface it opens in English.
import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "VirtualKeyboard"
    width: 1280
    height: 800
    when: windowShown

    Component {
        id: screenComponent
        KioskScreen {
            width: tc.width
            height: tc.height
        }
    }
    KioskDriver {
        id: driver
        test: tc
    }
    property var screen: null

    function init() {
        FakeBackend.clear()
        Kiosk.minIntervalSeconds = 0
        Kiosk.idleTimeoutSeconds = 600
        Kiosk.language = "ru"
        screen = createTemporaryObject(screenComponent, tc.parent)
        verify(screen)
        driver.flow = screen.flow
    }
    function cleanup() {
        Qt.inputMethod.hide()
        Kiosk.language = "ru"
    }

    // Every key of the keyboard's current layout (items with a key code and a key type).
    function keysOf(item, out) {
        if (!item || !item.children)
            return out
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child)
                continue
            if (child.keyType !== undefined && child.key !== undefined && child.visible && child.width > 0)
                out.push(child)
            keysOf(child, out)
        }
        return out
    }
    function keyFor(test) {
        let found = null
        tryVerify(() => {
            found = keysOf(screen.keyboard, []).find(test) || null
            return found !== null
        }, 5000, "a key on the on-screen keyboard")
        return found
    }
    function letterKey(letter) {
        return keyFor(k => k.text.toLowerCase() === letter.toLowerCase() && k.text.length === 1)
    }
    function typeOnKeyboard(word) {
        for (const letter of word) {
            const upper = letter !== letter.toLowerCase()
            if (upper !== InputContext.uppercase)
                mouseClick(keyFor(k => k.keyType === QtVirtualKeyboard.ShiftKey))
            tryCompare(InputContext, "uppercase", upper)
            mouseClick(letterKey(letter))
        }
    }
    function toSuggestion() {
        driver.start()
        while (driver.flow.session.questionType === "yes_no")
            driver.flow.session.answer("yes")
        tryCompare(driver.flow.session, "questionId", "suggestions")
    }
    function openKeyboard() {
        mouseClick(driver.control("suggestionInput"))
        tryCompare(Qt.inputMethod, "visible", true)
        tryCompare(screen.keyboard, "active", true)
    }
    // The item lies wholly inside the screen and above the keyboard.
    function verifyAboveKeyboard(item, what) {
        const r = item.mapToItem(screen, 0, 0, item.width, item.height)
        const keyboardTop = screen.keyboard.mapToItem(screen, 0, 0).y
        verify(r.x >= 0 && r.y >= 0 && r.x + r.width <= screen.width,
               what + " inside the window: " + JSON.stringify(r))
        verify(r.y + r.height <= keyboardTop + 0.5,
               what + " above the keyboard: bottom " + (r.y + r.height) + ", keyboard top " + keyboardTop)
    }

    function test_russian_layout_is_the_default() {
        tryVerify(() => VirtualKeyboardSettings.availableLocales.indexOf("ru_RU") >= 0, 5000,
                  "ru_RU is installed: " + VirtualKeyboardSettings.availableLocales)
        compare(VirtualKeyboardSettings.locale, "ru_RU")
        toSuggestion()
        openKeyboard()
        verify(letterKey("й"), "ЙЦУКЕН keys")
        verify(letterKey("ы"))
        verify(!keysOf(screen.keyboard, []).some(k => k.text === "q"), "no Latin letters")
        // English (for Latin enrolment codes) is second, not the default.
        compare(VirtualKeyboardSettings.activeLocales, ["ru_RU", "en_GB"])
    }

    function test_typing_pandus_on_the_keyboard_is_stored() {
        toSuggestion()
        openKeyboard()
        verifyAboveKeyboard(driver.control("suggestionInput"), "the field")
        verifyAboveKeyboard(driver.control("suggestionNext"), "«Далее»")
        typeOnKeyboard("Пандус")
        compare(driver.control("suggestionInput").text, "Пандус")
        // «Готово» (the keyboard's enter key) closes it and moves on to «Далее».
        const enter = keyFor(k => k.keyType === QtVirtualKeyboard.EnterKey)
        compare(enter.displayText, "Готово")
        mouseClick(enter)
        tryCompare(Qt.inputMethod, "visible", false)
        compare(driver.control("suggestionInput").text, "Пандус", "no new line added")
        verify(driver.control("suggestionNext").activeFocus)
        driver.press("suggestionNext")
        tryCompare(driver.flow.session, "questionId", "sex")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "age")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "reviewing", true)
        driver.press("submitButton")
        tryCompare(FakeBackend, "submittedCount", 1)
        compare(FakeBackend.lastAnswers().suggestions, "Пандус")
    }

    function test_a_tap_outside_closes_the_keyboard() {
        toSuggestion()
        openKeyboard()
        mouseClick(driver.control("questionText"))
        tryCompare(Qt.inputMethod, "visible", false)
        tryVerify(() => !driver.control("suggestionInput").activeFocus, 3000, "the field lets go of the focus")
        // A tap on the keyboard itself or in the field keeps it open.
        openKeyboard()
        mouseClick(letterKey("а"))
        mouseClick(driver.control("suggestionInput"))
        compare(Qt.inputMethod.visible, true)
        compare(driver.control("suggestionInput").text.toLowerCase(), "а")
        // «Далее» works while the keyboard is open (the tap is not lost to the closing keyboard).
        driver.press("suggestionNext")
        tryCompare(driver.flow.session, "questionId", "sex")
        tryCompare(Qt.inputMethod, "visible", false)
    }

    function test_english_interface_gets_the_english_keyboard() {
        Kiosk.language = "en"
        compare(VirtualKeyboardSettings.locale, "en_GB")
        verify(VirtualKeyboardSettings.activeLocales.indexOf("en_GB") === 0)
        toSuggestion()
        openKeyboard()
        verify(letterKey("q"), "QWERTY keys")
        Qt.inputMethod.hide()
        Kiosk.language = "ru"
        compare(VirtualKeyboardSettings.locale, "ru_RU")
        compare(VirtualKeyboardSettings.activeLocales, ["ru_RU", "en_GB"])
    }
}
