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
        function onQuestionIdChanged() { root.readAloud() }
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

        // The kiosk's own bar: read aloud, text size, contrast, language, as the respondent has.
        AccessibilityBar {
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "progress"
            Layout.fillWidth: true
            color: Theme.palette.mutedText
            text: qsTr("Интервью: %1 · вопрос %2 из %3").arg(root.organizationName)
                  .arg(root.session.position).arg(root.session.total)
        }
        // The script scrolls at the largest text size; the answer buttons stay on screen.
        Flickable {
            id: scriptArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: script.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: script
                width: scriptArea.width
                spacing: Theme.spacing / 2

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
            }
        }
        Loader {
            Layout.fillWidth: true
            sourceComponent: root.session.questionType === "integer" ? agePicker
                           : root.session.questionType === "text" ? suggestion
                           : optionButtons
        }
        BodyText {
            objectName: "errorText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.session.errorText
            color: Theme.palette.error
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

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

    Component {
        id: optionButtons
        OptionButtons {
            options: root.session.options
            selected: root.session.currentAnswer
            onChosen: value => root.session.answer(value)
        }
    }
    Component {
        id: agePicker
        AgePicker {
            minimum: root.session.minValue
            maximum: root.session.maxValue
            initial: root.session.currentAnswer
            onChosen: value => root.session.answer(value)
        }
    }
    Component {
        id: suggestion
        SuggestionInput {
            initial: root.session.currentAnswer !== undefined ? root.session.currentAnswer : ""
            hint: root.session.questionHint
            maxLength: root.session.maxLength
            onChosen: text => root.session.answer(text)
        }
    }
}
