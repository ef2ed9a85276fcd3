// MenuPage: the operator's choices: phone interviews, the expert check, the device's state and
// sync (with enrolment), and leaving operator mode.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property string operatorName
    property string notice: ""
    signal interviewRequested()
    signal expertRequested()
    signal statusRequested()
    signal exitRequested()

    color: Theme.palette.background

    ScrollingColumn {
        anchors.fill: parent
        anchors.margins: Theme.margin
        centered: true

        PageTitle {
            Layout.fillWidth: true
            text: qsTr("Служебный режим")
        }
        BodyText {
            objectName: "operatorGreeting"
            Layout.fillWidth: true
            color: Theme.palette.mutedText
            text: qsTr("Оператор: %1").arg(root.operatorName)
        }
        BodyText {
            objectName: "menuNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.notice
        }
        BodyText {
            objectName: "operatorModeMissing"
            Layout.fillWidth: true
            visible: !Kiosk.operatorModeAvailable
            color: Theme.palette.error
            text: qsTr("Интервью и экспертная проверка в этой сборке киоска недоступны.")
        }
        BigButton {
            objectName: "menuInterview"
            Layout.fillWidth: true
            kind: "primary"
            fontSize: Theme.questionSize
            enabled: Kiosk.operatorModeAvailable
            text: qsTr("Интервью по телефону")
            onClicked: root.interviewRequested()
        }
        BigButton {
            objectName: "menuExpert"
            Layout.fillWidth: true
            kind: "primary"
            fontSize: Theme.questionSize
            enabled: Kiosk.operatorModeAvailable
            text: qsTr("Экспертная проверка")
            onClicked: root.expertRequested()
        }
        WrapRow {
            Layout.fillWidth: true
            BigButton {
                objectName: "menuStatus"
                Layout.fillWidth: true
                text: qsTr("Состояние и синхронизация")
                onClicked: root.statusRequested()
            }
            BigButton {
                objectName: "menuExit"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Выход")
                onClicked: root.exitRequested()
            }
        }
    }
}
