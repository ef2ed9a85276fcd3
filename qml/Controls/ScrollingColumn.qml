// ScrollingColumn: a column of content that takes the room a page gives it and scrolls, with
// the kiosk's scroll bar, only when the content is taller (the largest text on a small screen).
// The bar's width is always kept free, so the text never runs under it. `centered` puts short
// content in the middle of the room (prompts, menus), long content starts at the top.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nok.Kiosk

Flickable {
    id: root

    default property alias content: column.data
    property alias spacing: column.spacing
    property bool centered: false

    implicitHeight: column.implicitHeight
    // In a page's layout it takes the room the fixed parts leave (never squeezing them).
    Layout.preferredHeight: 0
    Layout.minimumHeight: 0
    implicitWidth: column.implicitWidth + bar.implicitWidth + Theme.spacing
    contentWidth: width
    contentHeight: Math.max(height, column.implicitHeight)
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.VerticalFlick
    ColumnLayout {
        id: column
        width: root.width - bar.implicitWidth - Theme.spacing
        y: root.centered ? Math.max(0, (root.height - implicitHeight) / 2) : 0
        spacing: Theme.spacing
    }
    ScrollBar.vertical: KioskScrollBar {
        id: bar
    }
}
