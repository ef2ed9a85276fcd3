// WaitingTimePoints: the optional expert points for the waiting time (0–100), or «не оцениваются»
// when the organisation has no set waiting term. Steps of 10 and 1 as on the age picker.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

ColumnLayout {
    id: root

    required property int points       // -1 = not assessed
    signal changeRequested(int points)

    spacing: Theme.spacing / 2

    function step(delta) {
        const base = root.points < 0 ? 0 : root.points
        root.changeRequested(Math.max(0, Math.min(100, base + delta)))
    }

    BodyText {
        objectName: "waitingPoints"
        Layout.fillWidth: true
        font.bold: true
        text: root.points < 0 ? qsTr("Время ожидания: не оценивается")
                              : qsTr("Время ожидания: %1 из 100 баллов").arg(root.points)
    }
    WrapRow {
        Layout.fillWidth: true
        BigButton { objectName: "waitMinus10"; text: "−10"; Accessible.name: qsTr("Баллы за ожидание: меньше на 10"); onClicked: root.step(-10) }
        BigButton { objectName: "waitMinus1"; text: "−1"; Accessible.name: qsTr("Баллы за ожидание: меньше на 1"); onClicked: root.step(-1) }
        BigButton { objectName: "waitPlus1"; text: "+1"; Accessible.name: qsTr("Баллы за ожидание: больше на 1"); onClicked: root.step(1) }
        BigButton { objectName: "waitPlus10"; text: "+10"; Accessible.name: qsTr("Баллы за ожидание: больше на 10"); onClicked: root.step(10) }
        BigButton {
            objectName: "waitNone"
            text: qsTr("Не оценивать")
            enabled: root.points >= 0
            onClicked: root.changeRequested(-1)
        }
    }
}
