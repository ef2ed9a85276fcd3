// NamePage: after the PIN, the operator gives their name. It is written only into expert checks
// («кто проверил»), never into interview responses (they stay anonymous).
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    property string initialName: ""
    signal accepted(string name)
    signal cancelled()

    color: Theme.palette.background

    function submit() {
        const name = field.text.trim()
        if (name.length === 0) {
            error.text = qsTr("Введите имя и фамилию")
            return
        }
        if (name.length > 100) {
            error.text = qsTr("Имя слишком длинное: не больше 100 знаков")
            return
        }
        error.text = ""
        root.accepted(name)
    }

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        centered: true

        PageTitle {
            Layout.fillWidth: true
            text: qsTr("Кто работает с планшетом?")
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.palette.mutedText
            text: qsTr("Имя попадёт только в экспертную проверку. В ответы интервью оно не записывается.")
        }
        BigTextField {
            id: field
            objectName: "operatorName"
            Layout.fillWidth: true
            text: root.initialName
            placeholderText: qsTr("Имя и фамилия оператора")
            maximumLength: 120
            onAccepted: root.submit()
        }
        BodyText {
            id: error
            objectName: "nameError"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.palette.error
        }
        WrapRow {
            Layout.fillWidth: true
            BigButton {
                objectName: "nameCancel"
                text: qsTr("Отмена")
                onClicked: root.cancelled()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "nameContinue"
                kind: "primary"
                text: qsTr("Продолжить")
                onClicked: root.submit()
            }
        }
    }
}
