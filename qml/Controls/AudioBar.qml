// AudioBar: shown while «Озвучить» is on: «Повторить» reads the screen again, «Темп» switches
// the reading between normal and slower.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

RowLayout {
    id: root

    required property Speaker speaker
    signal repeatRequested()

    spacing: Theme.spacing

    BigButton {
        objectName: "repeatButton"
        Layout.fillWidth: true
        text: qsTr("Повторить")
        Accessible.description: qsTr("Прочитать вопрос ещё раз")
        onClicked: root.repeatRequested()
    }
    BigButton {
        objectName: "rateButton"
        Layout.fillWidth: true
        text: root.speaker.slower ? qsTr("Темп: медленнее") : qsTr("Темп: обычный")
        Accessible.checkable: true
        Accessible.checked: root.speaker.slower
        onClicked: root.speaker.slower = !root.speaker.slower
    }
}
