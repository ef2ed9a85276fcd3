// KioskFlow: the screens and the rules between them: welcome → questions → review → thank-you
// → welcome; the idle prompt and discard; the operator entry (corner hold + PIN → operator mode:
// OperatorFlow with its name, menu, interviews, expert check and status screens).
// Keys (a USB keypad or keyboard alone is enough): Tab/arrows move the focus frame, Enter/Space
// press, F1 or «?» reads the screen aloud, F2 or «*» turns read-aloud on and off, Esc asks
// whether to leave the questionnaire (KeyCommands.qml). With read-aloud on every new screen is read, the chosen
// answer is confirmed, and the idle time is three times longer. A tap within tapGuardMs of a
// screen change is dropped (a tremor's second tap must not answer the next question).
// KioskScreen.qml puts it above the on-screen keyboard; the tests load it directly.
import QtQuick
import Nok.Kiosk

FocusScope {
    id: root

    // "welcome", "survey", "thanks", "pin", "operator"
    property string screen: "welcome"
    property bool idlePromptShown: false
    property bool exitPromptShown: false
    property int tapGuardMs: 400
    readonly property bool tapGuardActive: tapGuard.running
    // Read-aloud listeners need longer: the idle timeout and the prompt's wait are this many times longer.
    readonly property int audioTimeFactor: Kiosk.readAloud ? 3 : 1
    // Said before the next screen's text: the answer just chosen («Ваш ответ: Да.»).
    property string pendingConfirmation: ""
    property bool readPending: false // a new screen will be read once its texts settled
    // Changes whenever the respondent sees a different screen or question.
    readonly property string screenKey: [screen, survey.reviewing ? "review" : survey.questionId,
                                         idlePromptShown, exitPromptShown].join("/")
    // A phone interview has pauses (the person fetches their glasses, the line drops) far longer
    // than a lobby visitor's: operator mode logs out only after this much silence.
    property int operatorIdleTimeoutSeconds: 600
    property int thanksReturnMs: 8000
    readonly property SurveySession session: survey
    readonly property Speaker speaker: voice
    readonly property Item page: pages.item

    // What the current screen says, as one text for the speech engine.
    function spokenText() {
        if (exitPromptShown)
            return exitPrompt.spokenText()
        if (idlePromptShown)
            return idlePrompt.spokenText()
        return page && page.spokenText ? page.spokenText() : ""
    }
    function requestExit() {
        if (screen === "survey")
            exitPromptShown = true
    }
    // A new screen: taps are dropped for a moment, the keyboard focus starts afresh (at once, so
    // the next key already acts on the new screen), and with read-aloud on the screen is read,
    // after the answer that led here (later: the page's texts settle first).
    function readNewScreen() {
        readPending = false
        if (Kiosk.readAloud && screen !== "operator" && screen !== "pin") {
            const text = spokenText()
            if (text.length > 0)
                voice.say((pendingConfirmation.length > 0 ? pendingConfirmation + " " : "") + text)
        }
        pendingConfirmation = ""
    }
    onScreenKeyChanged: {
        if (tapGuardMs > 0)
            tapGuard.restart()
        if (exitPromptShown)
            exitPrompt.focusDefault()
        else if (idlePromptShown)
            idlePrompt.focusDefault()
        else
            startFocusAfresh()
        readPending = true
        Qt.callLater(readNewScreen)
    }
    Component.onCompleted: forceActiveFocus()
    onTapGuardMsChanged: if (tapGuardMs <= 0) tapGuard.stop()
    KeyCommands {
        id: keys
        flow: root
        exitPrompt: exitPrompt
        idlePrompt: idlePrompt
    }
    Keys.onPressed: event => keys.handle(event)
    function startFocusAfresh() { keys.startFocusAfresh() }
    Timer {
        id: tapGuard
        interval: Math.max(1, root.tapGuardMs)
    }
    Connections {
        target: Kiosk
        function onReadAloudChanged() {
            if (root.screen === "operator")
                return // the interview script reads itself
            if (!Kiosk.readAloud)
                voice.stop()
            else if (!root.readPending)
                voice.say(root.spokenText())
        }
    }
    function startSurvey() {
        if (!Kiosk.canStart)
            return
        survey.start()
        screen = "survey"
    }
    // Back to the attract screen for the next respondent: nothing of the last one stays.
    function toWelcome() {
        survey.discard()
        idlePromptShown = false
        exitPromptShown = false
        pendingConfirmation = ""
        voice.stop()
        voice.slower = false
        Kiosk.resetRespondentChoices()
        Kiosk.endOperatorSession() // the operator's name is forgotten with operator mode
        Theme.highContrast = false
        Theme.textSize = 0
        screen = "welcome"
    }

    SurveySession {
        id: survey
        environment: Kiosk
        onFinished: root.screen = "thanks"
        onChanged: idle.reset() // a screen reader's "press" is activity too, not only touches
    }
    Speaker {
        id: voice
    }
    KioskStatusModel {
        id: statusModel
        environment: Kiosk
    }
    IdleMonitor {
        id: idle
        objectName: "idleMonitor"
        timeoutSeconds: root.screen === "operator" ? root.operatorIdleTimeoutSeconds
                                                   : Kiosk.idleTimeoutSeconds * root.audioTimeFactor
        // Also under «Выйти из опроса?»: a resident who walks away from it leaves nothing behind.
        running: (root.screen === "survey" || root.screen === "pin" || root.screen === "operator")
                 && !root.idlePromptShown
        onTimedOut: {
            if (root.screen === "survey" && !root.exitPromptShown)
                root.idlePromptShown = true
            else
                root.toWelcome() // an operator who walked away is logged out; «Выйти?» left alone leaves
        }
    }

    Loader {
        id: pages
        anchors.fill: parent
        visible: !root.exitPromptShown && !root.idlePromptShown
        sourceComponent: root.screen === "survey" ? (survey.reviewing ? reviewPage : questionPage)
                       : root.screen === "thanks" ? thanksPage
                       : root.screen === "pin" ? pinPage
                       : root.screen === "operator" ? statusPage
                       : welcomePage
    }
    IdlePrompt {
        id: idlePrompt
        objectName: "idlePrompt"
        anchors.fill: parent
        visible: root.idlePromptShown
        waitSeconds: Kiosk.idlePromptSeconds * root.audioTimeFactor
        onContinueRequested: {
            root.idlePromptShown = false
            idle.reset()
        }
        onExpired: root.toWelcome()
    }
    ExitPrompt {
        id: exitPrompt
        objectName: "exitPrompt"
        anchors.fill: parent
        visible: root.exitPromptShown
        onStayRequested: root.exitPromptShown = false
        onLeaveRequested: root.toWelcome() // nothing was stored; the answers are dropped
    }
    // The tap guard: above everything, catching presses only for a moment after a screen change.
    MouseArea {
        objectName: "tapGuard"
        anchors.fill: parent
        enabled: root.tapGuardActive
    }

    Component {
        id: welcomePage
        WelcomePage {
            onStartRequested: root.startSurvey()
            CornerHotspot {
                objectName: "operatorHotspot"
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                onActivated: root.screen = "pin"
            }
        }
    }
    Component {
        id: questionPage
        QuestionPage {
            session: survey
            speaker: voice
            onExitRequested: root.requestExit()
            onAnswering: label => root.pendingConfirmation = label
        }
    }
    Component {
        id: reviewPage
        ReviewPage {
            session: survey
            onExitRequested: root.requestExit()
        }
    }
    Component {
        id: thanksPage
        ThanksPage {
            returnAfterMs: root.thanksReturnMs
            onDone: root.toWelcome()
        }
    }
    Component {
        id: pinPage
        PinPage {
            onAccepted: root.screen = "operator"
            onCancelled: root.toWelcome()
        }
    }
    Component {
        id: statusPage
        OperatorFlow {
            status: statusModel
            speaker: voice
            onExitRequested: root.toWelcome()
            onActivity: idle.reset()
        }
    }
}
