// OptionButtons: the answers of a yes/no or choice question as huge buttons side by side
// («Да» / «Нет», «Мужской» / «Женский»), labels from the questionnaire definition.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

RowLayout {
    id: root

    required property var options   // [{value, label}]
    required property var selected  // the answer given before, if the respondent came back
    required property bool yesNo
    signal chosen(string value)

    spacing: Theme.spacing * 2

    Repeater {
        model: root.options
        delegate: BigButton {
            required property var modelData
            objectName: "option_" + modelData.value
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.answerButtonHeight
            kind: root.yesNo ? (modelData.value === "yes" ? "yes" : "no") : "secondary"
            fontSize: Theme.titleSize
            // A mark on the earlier answer, so going back shows what was chosen.
            text: (root.selected === modelData.value ? "✓ " : "") + modelData.label
            Accessible.name: modelData.label
            Accessible.description: root.selected === modelData.value ? qsTr("выбрано ранее") : ""
            onClicked: root.chosen(modelData.value)
        }
    }
}
