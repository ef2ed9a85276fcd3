// WelcomePage: the attract screen in the lobby: what this is, whom it is for, and one big
// «Начать опрос». After a completed response the button waits out the minimum interval with a
// gentle message (against button-mashing), never rushing anyone.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    function firstControl() { return startButton }
    signal startRequested()

    function spokenText() {
        return [title.text, Kiosk.organizationName, about.text,
                qsTr("Чтобы начать, нажмите «Начать опрос».")].filter(t => t.length > 0).join(" ")
    }

    color: Theme.palette.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        AccessibilityBar {
            Layout.fillWidth: true
        }
        // What this is and for whom; scrolls (with a visible bar) only where it cannot fit.
        ScrollingColumn {
            Layout.fillWidth: true
            Layout.fillHeight: true
            centered: true

            Text {
                id: title
                Layout.fillWidth: true
                text: qsTr("Оцените, пожалуйста, качество услуг")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.palette.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                Layout.fillWidth: true
                text: Kiosk.organizationName
                visible: text.length > 0
                horizontalAlignment: Text.AlignHCenter
            }
            // The count a respondent meets: follow-up questions are asked only after a «Да».
            BodyText {
                id: about
                objectName: "aboutText"
                Layout.fillWidth: true
                text: qsTr("Анонимный опрос: от %1 до %2 вопросов, почти все с ответом «Да» или «Нет». Ваше имя не нужно. Отвечайте не торопясь.")
                      .arg(Kiosk.fewestQuestions).arg(Kiosk.mostQuestions)
                horizontalAlignment: Text.AlignHCenter
            }
        }
        BigButton {
            id: startButton
            objectName: "startButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, Theme.maxContentWidth / 2)
            Layout.preferredHeight: Math.max(Theme.answerButtonHeight, implicitHeight)
            kind: "primary"
            fontSize: Theme.questionSize
            text: qsTr("Начать опрос")
            enabled: Kiosk.canStart
            onClicked: root.startRequested()
        }
        BodyText {
            objectName: "waitMessage"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: !Kiosk.canStart
            text: qsTr("Спасибо, предыдущий ответ сохранён. Опрос можно будет начать через %n с.", "", Kiosk.secondsUntilStart)
        }
    }
}
