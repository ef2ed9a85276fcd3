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

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing

        BodyText {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Служебный вход: введите PIN")
            font.bold: true
        }
        BodyText {
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            text: root.entered.length > 0 ? "●".repeat(root.entered.length) : " "
            Accessible.name: qsTr("Введено цифр: %1").arg(root.entered.length)
        }
        BodyText {
            objectName: "pinError"
            Layout.alignment: Qt.AlignHCenter
            visible: root.wrong
            color: Theme.palette.error
            text: qsTr("Неверный PIN")
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: BigButton {
                    required property string modelData
                    objectName: "pin_" + modelData
                    text: modelData
                    onClicked: root.press(modelData)
                }
            }
            BigButton { objectName: "pinClear"; text: qsTr("Стереть"); onClicked: { root.entered = ""; root.wrong = false } }
            BigButton { objectName: "pin_0"; text: "0"; onClicked: root.press("0") }
            BigButton { objectName: "pinEnter"; kind: "primary"; text: qsTr("Войти"); onClicked: root.submit() }
        }
        BigButton {
            objectName: "pinCancel"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Отмена")
            onClicked: { root.entered = ""; root.cancelled() }
        }
    }
}
