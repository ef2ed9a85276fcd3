// SavedPage: shown only after the interview was stored (the sink answered with an id): the
// operator goes on with the same organisation or back to the menu.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property string organizationName
    required property string detail      // the organisation's counts after this interview
    signal nextRequested()
    signal menuRequested()

    color: Theme.palette.background

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        centered: true

        PageTitle {
            objectName: "savedTitle"
            Layout.fillWidth: true
            text: qsTr("Интервью сохранено")
        }
        BodyText {
            Layout.fillWidth: true
            text: root.organizationName
        }
        BodyText {
            objectName: "savedCounts"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.detail
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.palette.mutedText
            text: qsTr("Поблагодарите собеседника и завершите звонок.")
        }
        BigButton {
            objectName: "nextInterview"
            Layout.fillWidth: true
            kind: "primary"
            fontSize: Theme.questionSize
            text: qsTr("Следующее интервью")
            onClicked: root.nextRequested()
        }
        BigButton {
            objectName: "savedToMenu"
            Layout.fillWidth: true
            text: qsTr("В меню оператора")
            onClicked: root.menuRequested()
        }
    }
}
