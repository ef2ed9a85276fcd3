// ExitPrompt: «Выйти из опроса?» after «Выйти» (or Esc): leaving stores nothing and forgets the
// answers; «Вернуться к опросу» (the default for Enter) keeps every answer.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    signal stayRequested()
    signal leaveRequested()

    color: Theme.palette.background
    border.width: Theme.focusRingWidth
    border.color: Theme.palette.focus

    function spokenText() {
        return [title.text, note.text, stayButton.text, leaveButton.text].join(". ")
    }
    function focusDefault() {
        stayButton.forceActiveFocus(Qt.TabFocusReason)
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
        spacing: Theme.spacing * 2

        Text {
            id: title
            objectName: "exitTitle"
            Layout.fillWidth: true
            text: qsTr("Выйти из опроса?")
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
            id: note
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Ваши ответы не будут сохранены: они будут удалены.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2

            BigButton {
                id: stayButton
                objectName: "exitCancel"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.answerButtonHeight
                kind: "primary"
                text: qsTr("Вернуться к опросу")
                onClicked: root.stayRequested()
            }
            BigButton {
                id: leaveButton
                objectName: "exitConfirm"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.answerButtonHeight
                text: qsTr("Выйти без сохранения")
                onClicked: root.leaveRequested()
            }
        }
    }
}
