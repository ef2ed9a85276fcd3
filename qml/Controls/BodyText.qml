// BodyText: running text in the body size and the theme's text colour, exposed to screen readers.
import QtQuick
import Nok.Kiosk

Text {
    id: root

    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.palette.text
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
