// BigButton: the kiosk's only push button: at least a 120 × 120 px target, Theme colours, a
// visible focus ring, Enter/Return/Space activate it, and a screen reader's "Press" works
// (Accessible.onPressAction: the Qt 6.4 defect of PLATFORM.md). Its label wraps at word breaks
// and the button grows taller with it; in a layout it never gets narrower than its longest word.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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

    // The longest word of the label with the padding: narrower, a word would be cut.
    readonly property real wordWidth: {
        let widest = metrics.height > 0 ? 0 : 0 // depends on the font (advanceWidth() alone is not watched)
        for (const word of String(text).replace(/<[^>]*>/g, " ").split(/\s+/))
            widest = Math.max(widest, metrics.advanceWidth(word))
        return Math.ceil(widest) + leftPadding + rightPadding
    }

    font.family: Theme.fontFamily
    font.pixelSize: root.fontSize
    font.bold: true
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacing / 2
    bottomPadding: Theme.spacing / 2
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Layout.minimumWidth: Math.max(Theme.touchTarget, wordWidth)
    // Tab and the arrows only: a tap does not take the focus, so tapping «Далее» leaves the text
    // field focused and its on-screen keyboard in place until the click has happened.
    focusPolicy: Qt.TabFocus
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (root.enabled) root.clicked()
    Keys.onReturnPressed: if (root.enabled) root.clicked()
    Keys.onEnterPressed: if (root.enabled) root.clicked()

    FontMetrics {
        id: metrics
        font: root.font
    }

    contentItem: Text {
        text: root.text
        font: root.font
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
