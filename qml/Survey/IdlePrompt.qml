// IdlePrompt: «Вы ещё здесь?» after the idle timeout. «Да, продолжить» keeps every answer; with
// no reply within the prompt time the session is discarded (privacy: the next person at the
// kiosk must never see this respondent's answers). With read-aloud on, KioskFlow reads it out
// (spokenText) and the wait is longer; Enter continues (the focus starts on «Да, продолжить»).
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    property int waitSeconds: Kiosk.idlePromptSeconds
    signal continueRequested()
    signal expired()

    function spokenText() {
        return [idleTitle.text, idleNote.text,
                qsTr("Осталось секунд: %1. Чтобы продолжить, нажмите «Да, продолжить».").arg(waitSeconds)].join(" ")
    }
    function focusDefault() {
        continueButton.forceActiveFocus(Qt.TabFocusReason)
    }

    color: Theme.palette.background
    border.width: Theme.focusRingWidth
    border.color: Theme.palette.focus

    Timer {
        running: root.visible
        interval: root.waitSeconds * 1000
        onTriggered: root.expired()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin + Theme.focusRingWidth
        spacing: Theme.spacing * 2

        ScrollingColumn {
            Layout.fillWidth: true
            Layout.fillHeight: true
            centered: true
            spacing: Theme.spacing * 2

            Text {
                id: idleTitle
                objectName: "idleTitle"
                Layout.fillWidth: true
                text: qsTr("Вы ещё здесь?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.palette.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                id: idleNote
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Если Вы не ответите, опрос закончится, а ответы будут удалены.")
            }
        }
        WrapRow {
            Layout.fillWidth: true
            columnSpacing: Theme.spacing * 2

            BigButton {
                id: continueButton
                objectName: "continueButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.answerButtonHeight, implicitHeight)
                kind: "primary"
                fontSize: Theme.questionSize
                text: qsTr("Да, продолжить")
                onClicked: root.continueRequested()
            }
            BigButton {
                objectName: "abandonButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.answerButtonHeight, implicitHeight)
                text: qsTr("Закончить и удалить ответы")
                onClicked: root.expired()
            }
        }
    }
}
