// OptionButtons: the answers of a yes/no or choice question as huge buttons of equal width side
// by side («Да» / «Нет», «Мужской» / «Женский») where they fit, else one under the other; labels
// from the questionnaire definition. Every answer has the same width and the same neutral colour:
// none looks like the "right" one.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

GridLayout {
    id: root

    required property var options   // [{value, label}]
    required property var selected  // the answer given before, if the respondent came back
    function firstControl() { return buttons.itemAt(0) }
    signal chosen(string value)

    // The widest label decides: all buttons side by side at that width, or stacked.
    readonly property real widest: {
        let w = 0
        for (let i = 0; i < buttons.count; ++i)
            if (buttons.itemAt(i))
                w = Math.max(w, buttons.itemAt(i).implicitWidth)
        return w
    }
    readonly property real rowWidth: buttons.count * widest + Math.max(0, buttons.count - 1) * columnSpacing

    columns: rowWidth <= width ? Math.max(1, buttons.count) : 1
    columnSpacing: Theme.spacing * 2
    rowSpacing: Theme.spacing

    Repeater {
        id: buttons
        model: root.options
        delegate: BigButton {
            required property var modelData
            objectName: "option_" + modelData.value
            Layout.fillWidth: true
            // Equal widths: the same minimum and preferred width for every answer, whatever its label.
            Layout.minimumWidth: Math.min(root.widest, root.width)
            Layout.preferredWidth: root.widest
            Layout.preferredHeight: Math.max(Theme.answerButtonHeight, implicitHeight)
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
