// KioskDriver: how the tests use the kiosk like a respondent: find a control on the current
// page by objectName, wait until it can be used, click it; answer and wait for the next question.
import QtQuick
import QtTest

QtObject {
    id: root

    required property TestCase test
    property var flow: null
    // Taps come faster than a person's: the flow's 400 ms tap guard is off unless a test keeps it.
    property bool keepTapGuard: false
    onFlowChanged: if (flow && !keepTapGuard) flow.tapGuardMs = 0

    // Laid out: nested layouts are placed when the outermost one is polished; before that a
    // click could land on a neighbour.
    function laidOut(item) {
        for (let it = item; it; it = it.parent)
            if (test.isPolishScheduled(it))
                return false
        return true
    }
    function control(name) {
        let item = null
        test.tryVerify(() => {
            item = test.findChild(flow.page, name)
            return !!item && item.visible && item.enabled && laidOut(item)
        }, 5000, "a usable control named " + name)
        return item
    }
    // Scrolls every scrolling area around the item so the item is on screen, as a person would
    // before touching it (pages scroll where the text is large or the screen small).
    function reveal(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.flickableDirection === undefined)
                continue
            const y = item.mapToItem(p.contentItem, 0, 0).y
            if (y < p.contentY || y + item.height > p.contentY + p.height)
                p.contentY = Math.max(p.originY, Math.min(y, p.originY + p.contentHeight - p.height))
        }
    }
    function press(name) {
        const item = control(name)
        reveal(item)
        test.mouseClick(item)
    }
    // Clicks the answer button and waits until the survey shows `nextId` ("" for the review).
    function answer(value, nextId) {
        press("option_" + value)
        if (nextId === "")
            test.tryCompare(flow.session, "reviewing", true)
        else
            test.tryCompare(flow.session, "questionId", nextId)
    }
    function start() {
        press("startButton")
        test.tryCompare(flow.session, "questionId", "stand_used")
    }
    function text(name) {
        return control(name).text
    }
}
