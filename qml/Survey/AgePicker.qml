// AgePicker: a large number with − / + buttons (by one and by ten) and «Далее»; no typing.
// «Далее» sits beside the number where it fits, else under it (WrapRow).
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

WrapRow {
    id: root

    required property int minimum
    required property int maximum
    required property var initial // earlier answer or undefined
    property int value: initial !== undefined ? initial : 60
    signal chosen(int value)

    function change(delta) {
        value = Math.max(minimum, Math.min(maximum, value + delta));
    }

    RowLayout {
        spacing: Theme.spacing

        BigButton {
            objectName: "minus10"
            text: "−10"
            Accessible.name: qsTr("Меньше на 10")
            onClicked: root.change(-10)
        }
        BigButton {
            objectName: "minus1"
            text: "−1"
            Accessible.name: qsTr("Меньше на 1")
            onClicked: root.change(-1)
        }
        Text {
            objectName: "ageValue"
            Layout.minimumWidth: Theme.touchTarget * 2
            text: root.value
            font.family: Theme.fontFamily
            font.pixelSize: Theme.hugeSize
            font.bold: true
            color: Theme.palette.text
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Возраст: %1").arg(root.value)
        }
        BigButton {
            objectName: "plus1"
            text: "+1"
            Accessible.name: qsTr("Больше на 1")
            onClicked: root.change(1)
        }
        BigButton {
            objectName: "plus10"
            text: "+10"
            Accessible.name: qsTr("Больше на 10")
            onClicked: root.change(10)
        }
    }
    Item {
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "ageNext"
        Layout.alignment: Qt.AlignRight
        kind: "primary"
        text: qsTr("Далее: мне %1").arg(root.value)
        onClicked: root.chosen(root.value)
    }
}
