// KioskScrollBar: the kiosk's vertical scroll bar: shown whenever there is more to see than the
// screen holds (never faded out), wide enough to see and to drag, in the text colour on a track,
// so a resident knows the page goes on below.
import QtQuick
import QtQuick.Controls
import Nok.Kiosk

ScrollBar {
    id: root

    policy: ScrollBar.AlwaysOn
    visible: size < 1.0
    padding: 0
    implicitWidth: Theme.scrollBarWidth
    minimumSize: 0.15
    Accessible.name: qsTr("Прокрутка")

    contentItem: Rectangle {
        implicitWidth: Theme.scrollBarWidth
        implicitHeight: Theme.touchTarget
        radius: width / 2
        color: root.pressed ? Theme.palette.focus : Theme.palette.text
    }
    background: Rectangle {
        implicitWidth: Theme.scrollBarWidth
        radius: width / 2
        color: Theme.palette.secondary
        border.width: Theme.borderWidth / 3
        border.color: Theme.palette.mutedText
    }
}
