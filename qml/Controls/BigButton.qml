// BigButton: the kiosk's only push button: at least a 120 × 120 px target, Theme colours, a
// visible focus ring (keyboard focus), Enter/Return/Space activate it, and a screen reader's "Press" works
// (Accessible.onPressAction: the Qt 6.4 defect of PLATFORM.md).
import QtQuick
import QtQuick.Controls
import Nok.Kiosk

Button {
    id: root

    // "primary", "secondary", "yes", "no"
    property string kind: "secondary"
    property int fontSize: Theme.bodySize
    property int horizontalAlignment: Text.AlignHCenter
    readonly property color fill: !enabled ? Theme.palette.disabled
                                : kind === "primary" ? Theme.palette.primary
                                : kind === "yes" ? Theme.palette.yes
                                : kind === "no" ? Theme.palette.no
                                : Theme.palette.secondary
    readonly property color ink: !enabled ? Theme.palette.disabledText
                               : kind === "primary" ? Theme.palette.primaryText
                               : (kind === "yes" || kind === "no") ? Theme.palette.answerText
                               : Theme.palette.secondaryText

    implicitWidth: Math.max(Theme.touchTarget, contentItem.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + Theme.spacing)
    // Tab and the arrows only: a tap does not take the focus, so tapping «Далее» leaves the text
    // field focused and its on-screen keyboard in place until the click has happened.
    focusPolicy: Qt.TabFocus
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (root.enabled) root.clicked()
    Keys.onReturnPressed: if (root.enabled) root.clicked()
    Keys.onEnterPressed: if (root.enabled) root.clicked()

    contentItem: Text {
        text: root.text
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        color: root.ink
        horizontalAlignment: root.horizontalAlignment
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.fill
        border.width: Theme.borderWidth
        border.color: Theme.palette.text
        opacity: root.down ? 0.8 : 1.0

        Rectangle { // focus ring, outside the button so it never hides the label
            anchors.fill: parent
            anchors.margins: -Theme.focusRingWidth - Theme.borderWidth
            radius: Theme.radius + Theme.focusRingWidth
            color: "transparent"
            border.width: Theme.focusRingWidth
            border.color: Theme.palette.focus
            visible: root.activeFocus
        }
    }
}
