// ThanksPage: a clear «Спасибо» once the answers are stored; it returns to the start by itself
// after a few seconds (the respondent has finished: nothing is rushed), or at once on the button.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    property int returnAfterMs: 8000
    function firstControl() { return finishButton }
    signal done()

    function spokenText() {
        return thanksTitle.text + " " + thanksNote.text
    }

    color: Theme.palette.background

    Timer {
        running: true
        interval: root.returnAfterMs
        onTriggered: root.done()
    }

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        centered: true
        spacing: Theme.spacing * 2

        Text {
            id: thanksTitle
            objectName: "thanksTitle"
            Layout.fillWidth: true
            text: qsTr("Спасибо!")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.hugeSize
            font.bold: true
            color: Theme.palette.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        BodyText {
            id: thanksNote
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Ваши ответы сохранены. Они помогут сделать услуги лучше.")
        }
        BigButton {
            id: finishButton
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            kind: "primary"
            text: qsTr("На главный экран")
            onClicked: root.done()
        }
    }
}
