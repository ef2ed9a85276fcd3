// BigTextField: a one-line text field in the kiosk's sizes and colours (a touch target high,
// focus ring, placeholder in the muted colour), named for screen readers by its placeholder.
import QtQuick
import QtQuick.Controls
import Nok.Kiosk

TextField {
    id: root

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.palette.text
    placeholderTextColor: Theme.palette.mutedText
    inputMethodHints: Qt.ImhNoPredictiveText
    Accessible.role: Accessible.EditableText
    Accessible.name: placeholderText
    background: Rectangle {
        color: Theme.palette.surface
        border.width: root.activeFocus ? Theme.focusRingWidth : Theme.borderWidth
        border.color: root.activeFocus ? Theme.palette.focus : Theme.palette.text
        radius: Theme.radius
    }
}
