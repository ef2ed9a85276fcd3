// BigTextField: a one-line text field in the kiosk's sizes and colours (a touch target high,
// focus ring, placeholder in the muted colour), named for screen readers by its placeholder. In
// a layout it never gets narrower than its placeholder (which would be cut short).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nok.Kiosk

TextField {
    id: root

    implicitHeight: Theme.touchTarget
    Layout.minimumWidth: Math.ceil(placeholderMetrics.width) + leftPadding + rightPadding + Theme.spacing
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.palette.text
    placeholderTextColor: Theme.palette.mutedText
    inputMethodHints: Qt.ImhNoPredictiveText
    Accessible.role: Accessible.EditableText
    Accessible.name: placeholderText
    TextMetrics {
        id: placeholderMetrics
        font: root.font
        text: root.placeholderText
    }
    background: Rectangle {
        color: Theme.palette.surface
        border.width: root.activeFocus ? Theme.focusRingWidth : Theme.borderWidth
        border.color: root.activeFocus ? Theme.palette.focus : Theme.palette.text
        radius: Theme.radius
    }
}
