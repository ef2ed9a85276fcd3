// ReviewPage: the respondent's answers before «Отправить», with «Назад» to change any of them.
// Submitting stores the response (durably, in the product) before the thank-you screen.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property SurveySession session
    property string submitText: qsTr("Отправить")

    color: Theme.palette.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Проверьте ответы")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.questionSize
            font.bold: true
            color: Theme.palette.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ListView {
            id: list
            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: root.session.review
            ScrollBar.vertical: KioskScrollBar {}
            delegate: BodyText {
                required property var modelData
                width: list.width - Theme.scrollBarWidth - Theme.spacing
                text: modelData.text + " — <b>" + (modelData.answered ? modelData.answer : qsTr("пропущено")) + "</b>"
                textFormat: Text.StyledText
            }
        }
        BodyText {
            objectName: "errorText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.session.errorText
            color: Theme.palette.error
        }
        WrapRow {
            Layout.fillWidth: true

            BigButton {
                objectName: "backButton"
                text: qsTr("Назад")
                onClicked: root.session.back()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "submitButton"
                Layout.preferredWidth: Math.max(implicitWidth, Theme.touchTarget * 4)
                Layout.alignment: Qt.AlignRight
                kind: "primary"
                fontSize: Theme.questionSize
                text: root.submitText
                onClicked: root.session.submit()
            }
        }
    }
}
