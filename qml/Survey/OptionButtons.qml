// OptionButtons: the answers of a yes/no or choice question as huge buttons side by side
// («Да» / «Нет», «Мужской» / «Женский»), labels from the questionnaire definition. Every answer
// has the same width and the same neutral colour: none looks like the "right" one.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

RowLayout {
    id: root

    required property var options   // [{value, label}]
    required property var selected  // the answer given before, if the respondent came back
    function firstControl() { return buttons.itemAt(0) }
    // One share of the row per answer, whatever the length of its label.
    readonly property real buttonWidth: options.length > 0
                                        ? (width - spacing * (options.length - 1)) / options.length : 0
    signal chosen(string value)

    spacing: Theme.spacing * 2

    Repeater {
        id: buttons
        model: root.options
        delegate: BigButton {
            required property var modelData
            objectName: "option_" + modelData.value
            Layout.fillWidth: true
            Layout.preferredWidth: root.buttonWidth
            Layout.maximumWidth: root.buttonWidth
            Layout.preferredHeight: Theme.answerButtonHeight
            kind: "secondary"
            fontSize: Theme.titleSize
            // A mark on the earlier answer, so going back shows what was chosen.
            text: (root.selected === modelData.value ? "✓ " : "") + modelData.label
            Accessible.name: modelData.label
            Accessible.description: root.selected === modelData.value ? qsTr("выбрано ранее") : ""
            onClicked: root.chosen(modelData.value)
        }
    }
}
