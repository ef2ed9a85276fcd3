// SuggestionInput: the optional free-text suggestion, typed on the on-screen keyboard, with a
// visible reminder not to write names (the only place personal data could slip in). The
// keyboard's enter key reads «Готово»: it (or Enter on a real keyboard) closes the on-screen
// keyboard and moves to «Далее» instead of starting a new line.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import Nok.Kiosk

ColumnLayout {
    id: root

    required property string initial
    required property string hint
    required property int maxLength
    function firstControl() { return input }
    signal chosen(string text)

    function done() {
        Qt.inputMethod.hide()
        nextButton.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Theme.spacing

    BodyText {
        objectName: "privacyNote"
        Layout.fillWidth: true
        text: root.hint.length > 0 ? root.hint : qsTr("Не пишите имён и телефонов: анкета анонимная.")
        font.bold: true
        color: Theme.palette.error
    }
    WrapRow {
        Layout.fillWidth: true

        TextArea {
            id: input
            objectName: "suggestionInput"
            Layout.fillWidth: true
            // Grows with what is written (the field never hides its own text).
            Layout.preferredHeight: Math.max(Theme.touchTarget * 1.5, implicitHeight)
            text: root.initial
            wrapMode: TextEdit.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.palette.text
            placeholderText: qsTr("Напишите здесь, если хотите")
            placeholderTextColor: Theme.palette.mutedText
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Ваши предложения")
            background: Rectangle {
                color: Theme.palette.surface
                border.width: input.activeFocus ? Theme.focusRingWidth : Theme.borderWidth
                border.color: input.activeFocus ? Theme.palette.focus : Theme.palette.text
                radius: Theme.radius
            }
            // Tab moves on instead of inserting a tab: keyboard users must be able to leave.
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: nextButton
            EnterKeyAction.actionId: EnterKeyAction.Done
            EnterKeyAction.label: qsTr("Готово")
            Keys.onReturnPressed: root.done()
            Keys.onEnterPressed: root.done()
        }
        BigButton {
            id: nextButton
            objectName: "suggestionNext"
            Layout.alignment: Qt.AlignBottom | Qt.AlignRight
            kind: "primary"
            text: qsTr("Далее")
            enabled: root.maxLength === 0 || input.length <= root.maxLength
            onClicked: root.chosen(input.text)
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: root.maxLength > 0 && input.length > root.maxLength
        color: Theme.palette.error
        text: qsTr("Слишком длинный текст: не больше %1 знаков.").arg(root.maxLength)
    }
}
