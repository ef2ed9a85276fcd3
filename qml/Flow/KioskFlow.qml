// KioskFlow: the screens and the rules between them: welcome → questions → review → thank-you
// → welcome; the idle prompt and discard; the operator entry (corner hold + PIN → operator mode:
// OperatorFlow with its name, menu, interviews, expert check and status screens).
// Main.qml puts it in a window with the on-screen keyboard; the tests load it directly.
import QtQuick
import Nok.Kiosk

Item {
    id: root

    // "welcome", "survey", "thanks", "pin", "operator"
    property string screen: "welcome"
    property bool idlePromptShown: false
    // A phone interview has pauses (the person fetches their glasses, the line drops) far longer
    // than a lobby visitor's: operator mode logs out only after this much silence.
    property int operatorIdleTimeoutSeconds: 600
    property int thanksReturnMs: 8000
    readonly property SurveySession session: survey
    readonly property Speaker speaker: voice
    readonly property Item page: pages.item

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
        voice.stop()
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
        timeoutSeconds: root.screen === "operator" ? root.operatorIdleTimeoutSeconds : Kiosk.idleTimeoutSeconds
        running: (root.screen === "survey" || root.screen === "pin" || root.screen === "operator") && !root.idlePromptShown
        onTimedOut: {
            if (root.screen === "survey")
                root.idlePromptShown = true
            else
                root.toWelcome() // an operator who walked away is logged out
        }
    }

    Loader {
        id: pages
        anchors.fill: parent
        sourceComponent: root.screen === "survey" ? (survey.reviewing ? reviewPage : questionPage)
                       : root.screen === "thanks" ? thanksPage
                       : root.screen === "pin" ? pinPage
                       : root.screen === "operator" ? statusPage
                       : welcomePage
    }
    IdlePrompt {
        objectName: "idlePrompt"
        anchors.fill: parent
        visible: root.idlePromptShown
        onContinueRequested: {
            root.idlePromptShown = false
            idle.reset()
        }
        onExpired: root.toWelcome()
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
        }
    }
    Component {
        id: reviewPage
        ReviewPage {
            session: survey
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
