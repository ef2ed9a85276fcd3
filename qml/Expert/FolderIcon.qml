// FolderIcon: a folder drawn from two rectangles (its tab and its body) in the theme's colours,
// so the file picker needs no emoji font (without one, «📁» showed as an empty box).
import QtQuick
import Nok.Kiosk

Item {
    id: root

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget * 0.75
    Accessible.ignored: true

    Rectangle {
        width: root.width * 0.45
        height: root.height * 0.3
        radius: Theme.radius / 2
        color: Theme.palette.primary
    }
    Rectangle {
        y: root.height * 0.15
        width: root.width
        height: root.height * 0.85
        radius: Theme.radius / 2
        color: Theme.palette.primary
        border.width: Theme.borderWidth
        border.color: Theme.palette.text
    }
}
