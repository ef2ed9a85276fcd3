// CornerHotspot: the hidden operator entry: press and hold the corner for 3 seconds. A screen
// reader sees it as a named button (so no control is nameless), but Tab skips it.
import QtQuick
import Nok.Kiosk

MouseArea {
    id: root

    signal activated()

    width: Theme.cornerHotspot
    height: Theme.cornerHotspot
    pressAndHoldInterval: 3000
    onPressAndHold: root.activated()

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Служебный вход")
    Accessible.onPressAction: root.activated()
}
