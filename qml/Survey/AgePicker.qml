// AgePicker: the age in two taps, no typing: first the decade («80–89»), then the year in it
// («85»), then «Далее: мне 85». «Другое десятилетие» goes back to the decades. Coming back to
// the question shows the years of the earlier answer's decade with that year marked.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

ColumnLayout {
    id: root

    required property int minimum
    required property int maximum
    required property var initial // earlier answer or undefined
    property int value: initial !== undefined ? initial : -1 // -1: not chosen yet
    property int decade: value >= 0 ? decadeOf(value) : -1  // -1: choosing the decade
    function firstControl() { return decadeButtons.itemAt(0) || yearButtons.itemAt(0) }
    signal chosen(int value)

    spacing: Theme.spacing

    // Decades start at multiples of ten; a last decade of one year (120) joins the one before.
    readonly property var decades: {
        const list = []
        for (let d = Math.floor(minimum / 10) * 10; d <= maximum; d += 10)
            list.push(d)
        if (list.length > 1 && list[list.length - 1] === maximum)
            list.pop()
        return list
    }
    function decadeOf(v) {
        let d = decades[0]
        for (const start of decades)
            if (start <= v)
                d = start
        return d
    }
    function lastOf(d) {
        return d === decades[decades.length - 1] ? maximum : Math.min(maximum, d + 9)
    }
    readonly property var years: {
        if (decade < 0)
            return []
        const list = []
        for (let y = Math.max(minimum, decade); y <= lastOf(decade); ++y)
            list.push(y)
        return list
    }

    // The widest label decides the cell: every cell is as wide, and as many fit as the row holds
    // (at the normal text size on 1280 px: six, so decades or years and «Далее» take two rows).
    TextMetrics {
        id: widest
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.bold: true
        text: root.decades.length > 0 ? root.decades[root.decades.length - 1] + "–" + root.maximum : ""
    }
    readonly property real cellWidth: Math.max(Theme.touchTarget, Math.ceil(widest.advanceWidth) + 2 * Theme.spacing)
    readonly property int columns: Math.max(1, Math.floor((width + Theme.spacing) / (cellWidth + Theme.spacing)))

    GridLayout {
        Layout.fillWidth: true
        columns: root.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        // Decades and years are separate Repeaters: a button never changes from one to the other.
        Repeater {
            id: decadeButtons
            model: root.decade < 0 ? root.decades : []
            delegate: BigButton {
                required property int modelData
                objectName: "decade_" + modelData
                Layout.preferredWidth: root.cellWidth
                text: modelData + "–" + root.lastOf(modelData)
                Accessible.name: qsTr("Возраст от %1 до %2").arg(Math.max(root.minimum, modelData)).arg(root.lastOf(modelData))
                onClicked: root.decade = modelData
            }
        }
        Repeater {
            id: yearButtons
            model: root.years
            delegate: BigButton {
                required property int modelData
                objectName: "year_" + modelData
                Layout.preferredWidth: root.cellWidth
                text: (root.value === modelData ? "✓ " : "") + modelData
                Accessible.name: qsTr("%1 лет").arg(modelData)
                Accessible.description: root.value === modelData ? qsTr("выбрано") : ""
                onClicked: root.value = modelData
            }
        }
        // The last cells: back to the decades, and on (compact: the whole picker is two rows).
        BigButton {
            objectName: "otherDecade"
            visible: root.decade >= 0
            Layout.preferredWidth: root.cellWidth
            text: qsTr("Другие годы")
            Accessible.description: qsTr("Выбрать другое десятилетие")
            onClicked: {
                root.value = -1
                root.decade = -1
            }
        }
        BigButton {
            objectName: "ageNext"
            Layout.preferredWidth: root.cellWidth
            kind: "primary"
            enabled: root.value >= 0
            text: root.value >= 0 ? qsTr("Далее: мне %1").arg(root.value) : qsTr("Далее")
            onClicked: root.chosen(root.value)
        }
    }
}
