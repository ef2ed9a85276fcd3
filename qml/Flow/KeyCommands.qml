// KeyCommands: what the keys do in KioskFlow (a USB keypad or keyboard alone completes the
// questionnaire): arrows move the focus frame (on a fresh screen the first arrow lands on the
// page's first answer, page.firstControl()), F1 or «?» reads the screen and the key help aloud,
// F2 or «*» turns read-aloud on and off, Esc asks whether to leave. Tab, Enter and Space are the
// controls' own (BigButton).
import QtQuick
import Nok.Kiosk

QtObject {
    id: root

    required property Item flow // the KioskFlow (typed Item: the two files would need each other)
    required property Item exitPrompt
    required property Item idlePrompt

    function help() {
        flow.speaker.say(flow.spokenText() + " " + qsTr("Клавиши: стрелки или Tab — перейти к кнопке, Ввод или пробел — нажать, F1 — прочитать экран ещё раз, F2 — включить или выключить озвучивание."))
    }
    function moveFocus(forward) {
        let current = flow.Window.activeFocusItem
        let inside = false
        for (let item = current; item && !inside; item = item.parent)
            inside = item === flow
        // Not on a control (the flow, a page or its Loader holds the focus): start afresh.
        if (!inside || !current.activeFocusOnTab)
            current = flow
        if (current === flow && (flow.exitPromptShown || flow.idlePromptShown)) {
            (flow.exitPromptShown ? exitPrompt : idlePrompt).focusDefault()
            return
        }
        const page = flow.page
        const first = current === flow && page && page.firstControl ? page.firstControl() : null
        if (first) {
            first.forceActiveFocus(Qt.TabFocusReason)
            return
        }
        const next = current.nextItemInFocusChain(forward)
        if (next)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }
    // A FocusScope keeps its focused child: let go of it so no control of the last screen (or
    // a reused button of the same place on this one) keeps the frame.
    function startFocusAfresh() {
        const focused = flow.Window.activeFocusItem
        if (focused && focused !== flow)
            focused.focus = false
        flow.forceActiveFocus()
    }
    function handle(event) {
        if (event.key === Qt.Key_F1 || event.key === Qt.Key_Question)
            help()
        else if (event.key === Qt.Key_F2 || event.key === Qt.Key_Asterisk)
            Kiosk.readAloud = !Kiosk.readAloud
        else if (event.key === Qt.Key_Down || event.key === Qt.Key_Right)
            moveFocus(true)
        else if (event.key === Qt.Key_Up || event.key === Qt.Key_Left)
            moveFocus(false)
        else if (event.key === Qt.Key_Escape && flow.screen === "survey" && !flow.idlePromptShown)
            flow.requestExit()
        else
            return
        event.accepted = true
    }
}
