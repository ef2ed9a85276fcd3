// PinPage: the operator's PIN pad (digits as big buttons; the PIN shown as dots).
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    property string entered: ""
    property bool wrong: false
    signal accepted()
    signal cancelled()

    color: Theme.palette.background

    function press(digit) {
        wrong = false
        if (entered.length < 8)
            entered += digit
    }
    function submit() {
        if (Kiosk.checkPin(entered)) {
            entered = ""
            root.accepted()
        } else {
            entered = ""
            wrong = true
        }
    }

    // Landscape: what to do on the left, the keypad on the right; where the left would be too
    // narrow (the largest text on a small screen) one under the other, scrolling if need be.
    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        centered: true

        GridLayout {
            id: arrangement
            readonly property bool sideBySide: width - keypad.implicitWidth - columnSpacing >= Theme.touchTarget * 2.5
            Layout.fillWidth: true
            columns: sideBySide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                spacing: Theme.spacing

                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Служебный вход: введите PIN")
                    font.bold: true
                }
                BodyText {
                    objectName: "pinDots"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: root.entered.length > 0 ? "●".repeat(root.entered.length) : " "
                    Accessible.name: qsTr("Введено цифр: %1").arg(root.entered.length)
                }
                BodyText {
                    objectName: "pinError"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: root.wrong
                    color: Theme.palette.error
                    text: qsTr("Неверный PIN")
                }
                BigButton {
                    objectName: "pinCancel"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Отмена")
                    onClicked: { root.entered = ""; root.cancelled() }
                }
            }
            // Every key as wide as the widest («Стереть»), so the columns line up.
            GridLayout {
                id: keypad
                readonly property real cell: Math.max(clearKey.implicitWidth, enterKey.implicitWidth, Theme.touchTarget)
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
                columns: 3
                rowSpacing: Theme.spacing / 2
                columnSpacing: Theme.spacing / 2

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                    delegate: BigButton {
                        required property string modelData
                        objectName: "pin_" + modelData
                        Layout.preferredWidth: keypad.cell
                        fontSize: Theme.questionSize
                        text: modelData
                        onClicked: root.press(modelData)
                    }
                }
                BigButton { id: clearKey; objectName: "pinClear"; Layout.preferredWidth: keypad.cell; text: qsTr("Стереть"); onClicked: { root.entered = ""; root.wrong = false } }
                BigButton { objectName: "pin_0"; Layout.preferredWidth: keypad.cell; fontSize: Theme.questionSize; text: "0"; onClicked: root.press("0") }
                BigButton { id: enterKey; objectName: "pinEnter"; Layout.preferredWidth: keypad.cell; kind: "primary"; text: qsTr("Войти"); onClicked: root.submit() }
            }
        }
    }
}
