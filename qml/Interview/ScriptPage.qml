// ScriptPage: one question of a phone interview as a reading script: the full question, its
// hint and every answer option as text to read to the person on the phone, then the same big
// answer controls as the kiosk to record what they said, «Назад», «Пропустить» (optional
// questions) and «Прервать». With «Озвучить» on, the script is read aloud as on the kiosk.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property SurveySession session
    required property Speaker speaker
    required property string organizationName
    signal abortRequested()

    color: Theme.palette.background

    readonly property var optionLabels: session.options.map(o => o.label)
    readonly property bool optionQuestion: session.questionType !== "integer" && session.questionType !== "text"
    function scriptText() {
        let parts = [session.questionText]
        if (session.questionHint.length > 0)
            parts.push(session.questionHint)
        if (optionLabels.length > 0)
            parts.push(qsTr("Варианты ответа: %1.").arg(optionLabels.join(", ")))
        if (session.questionOptional)
            parts.push(qsTr("На этот вопрос можно не отвечать."))
        return parts.join(" ")
    }
    function readAloud() {
        if (Kiosk.readAloud)
            speaker.say(scriptText())
    }
    Connections {
        target: root.session
        function onQuestionIdChanged() {
            scriptArea.contentY = 0 // each question is read from its beginning
            root.readAloud()
        }
    }
    Connections {
        target: Kiosk
        function onReadAloudChanged() { if (Kiosk.readAloud) root.readAloud(); else root.speaker.stop() }
    }
    Component.onCompleted: readAloud()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // The script takes the room above the answers and scrolls (with a visible bar) where it
        // cannot fit, so the operator always reaches its last line; the answers stay on screen.
        ScrollingColumn {
            id: scriptArea
            objectName: "scriptArea"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            // The kiosk's own bar: read aloud, text size, contrast, language, as the respondent has.
            AccessibilityBar {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing / 2
            }
            BodyText {
                objectName: "progress"
                Layout.fillWidth: true
                color: Theme.palette.mutedText
                text: qsTr("Интервью: %1 · вопрос %2 из %3").arg(root.organizationName)
                      .arg(root.session.position).arg(root.session.total)
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.palette.mutedText
                text: root.session.position === 1
                      ? qsTr("Прочитайте вслух. Перед первым вопросом скажите: опрос анонимный, имя и телефон не записываются.")
                      : qsTr("Прочитайте вслух:")
            }
            Text {
                objectName: "scriptQuestion"
                Layout.fillWidth: true
                text: root.session.questionText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.questionSize
                font.bold: true
                color: Theme.palette.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                objectName: "scriptHint"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.session.questionHint
            }
            BodyText {
                objectName: "scriptOptions"
                Layout.fillWidth: true
                visible: root.optionLabels.length > 0
                text: qsTr("Варианты ответа: %1.").arg(root.optionLabels.map(l => "«" + l + "»").join(qsTr(" или ")))
            }
            BodyText {
                objectName: "scriptOptional"
                Layout.fillWidth: true
                visible: root.session.questionOptional
                color: Theme.palette.mutedText
                text: qsTr("На этот вопрос можно не отвечать.")
            }
            // The tall controls (age, suggestion) follow the script; Да/Нет stay fixed below.
            AnswerControls {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                session: root.session
                active: !root.optionQuestion
                visible: active
            }
        }
        AnswerControls {
            Layout.fillWidth: true
            session: root.session
            active: root.optionQuestion
            visible: active
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
                enabled: root.session.canGoBack
                onClicked: root.session.back()
            }
            BigButton {
                objectName: "abortInterview"
                text: qsTr("Прервать")
                onClicked: root.abortRequested()
            }
            Item { Layout.fillWidth: true }
            Loader {
                active: root.session.questionOptional
                sourceComponent: BigButton {
                    objectName: "skipButton"
                    text: qsTr("Пропустить")
                    onClicked: root.session.skip()
                }
            }
        }
    }
}
