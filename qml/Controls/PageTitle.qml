// PageTitle: the heading of an operator screen, in the question size, announced as a heading.
import QtQuick
import Nok.Kiosk

Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.questionSize
    font.bold: true
    color: Theme.palette.text
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
