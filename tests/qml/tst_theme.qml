// Accessibility of the look: contrast ratios of both palettes (WCAG formula), text sizes at the
// default scale, the text-size and contrast switches, and 120 × 120 px touch targets.
import QtQuick
import QtQuick.Controls
import QtTest
import Nok.Kiosk
import Nok.Kiosk.Testing

TestCase {
    id: tc
    name: "Theme"
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
        Theme.highContrast = false
        Theme.textSize = 0
        Kiosk.minIntervalSeconds = 0
        driver.flow = createTemporaryObject(flowComponent, tc.parent)
    }

    function luminance(c) {
        const lin = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    function checkPalette(p, minimum, label) {
        const pairs = [["text", "background"], ["mutedText", "background"], ["text", "surface"],
                       ["error", "background"], ["primaryText", "primary"],
                       ["secondaryText", "secondary"], ["answerText", "yes"], ["answerText", "no"],
                       ["disabledText", "disabled"]]
        for (const [fg, bg] of pairs) {
            const ratio = contrast(p[fg], p[bg])
            verify(ratio >= minimum, label + ": " + fg + " on " + bg + " is " + ratio.toFixed(2) + ":1")
        }
    }

    function test_contrast_formula() {
        // The formula itself: black on white is 21:1, equal colours 1:1.
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.01)
        fuzzyCompare(contrast(Qt.color("#767676"), Qt.color("#ffffff")), 4.54, 0.01)
        fuzzyCompare(contrast(Qt.color("#123456"), Qt.color("#123456")), 1, 0.001)
    }
    function test_normal_palette_at_least_4_5() {
        checkPalette(Theme.normalPalette, 4.5, "normal")
    }
    function test_high_contrast_palette_at_least_7() {
        checkPalette(Theme.highContrastPalette, 7, "high contrast")
    }
    // The keyboard focus frame (drawn outside the control, on the page background): at least
    // 3 px and 3:1 against the background and the surface in both palettes.
    function test_focus_frame_is_visible_in_both_palettes() {
        verify(Theme.focusRingWidth >= 3, "frame width " + Theme.focusRingWidth)
        for (const [p, label] of [[Theme.normalPalette, "normal"], [Theme.highContrastPalette, "high contrast"]]) {
            for (const bg of ["background", "surface"]) {
                const ratio = contrast(p.focus, p[bg])
                verify(ratio >= 3, label + ": focus on " + bg + " is " + ratio.toFixed(2) + ":1")
            }
        }
    }
    function test_default_text_sizes() {
        verify(Theme.bodySize >= 32)
        verify(Theme.questionSize >= 40)
    }

    function test_text_size_switch() {
        driver.start()
        const question = driver.control("questionText")
        const body = Theme.bodySize
        const before = question.font.pixelSize
        driver.press("textSizeButton")
        tryCompare(Theme, "textSize", 1)
        verify(Theme.bodySize > body)
        verify(question.font.pixelSize > before, "the question text grew")
        driver.press("textSizeButton")
        tryCompare(Theme, "textSize", 2)
        fuzzyCompare(question.font.pixelSize, before * 1.5, 1)
        driver.press("textSizeButton")
        tryCompare(Theme, "textSize", 0)
        compare(question.font.pixelSize, before)
    }

    function test_contrast_switch() {
        const page = driver.flow.page
        compare(page.color, Theme.normalPalette.background)
        driver.press("contrastButton")
        tryCompare(Theme, "highContrast", true)
        compare(page.color, Theme.highContrastPalette.background)
        compare(driver.control("startButton").background.color, Theme.highContrastPalette.primary)
        driver.press("contrastButton")
        tryCompare(Theme, "highContrast", false)
    }

    function test_next_respondent_gets_the_default_look() {
        driver.press("contrastButton")
        driver.press("textSizeButton")
        driver.flow.toWelcome()
        compare(Theme.highContrast, false)
        compare(Theme.textSize, 0)
    }

    function buttonsIn(item, out) {
        const children = item.children || []
        for (let i = 0; i < children.length; ++i) {
            const child = children[i]
            if (!child.visible)
                continue
            if (String(child).startsWith("BigButton"))
                out.push(child)
            buttonsIn(child, out)
        }
        return out
    }
    function checkTargets(label) {
        const buttons = buttonsIn(driver.flow.page, [])
        verify(buttons.length > 0, label + ": buttons found")
        for (const b of buttons) {
            verify(b.width >= Theme.touchTarget && b.height >= Theme.touchTarget,
                   label + ": «" + b.text + "» is " + b.width + "×" + b.height)
            verify(b.Accessible.name.length > 0, label + ": a button without an accessible name")
        }
    }
    function test_touch_targets_and_names_on_every_screen() {
        checkTargets("welcome")
        driver.start()
        checkTargets("yes/no question")
        while (driver.flow.session.questionType === "yes_no") {
            const before = driver.flow.session.position
            driver.press("option_yes")
            tryVerify(() => driver.flow.session.position !== before)
        }
        checkTargets("suggestion")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "sex")
        checkTargets("sex")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "questionId", "age")
        checkTargets("age")
        driver.press("skipButton")
        tryCompare(driver.flow.session, "reviewing", true)
        checkTargets("review")
        driver.flow.screen = "pin"
        checkTargets("pin")
    }
}
