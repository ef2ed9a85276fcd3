// QuestionPage: one question per screen: progress, the question text from the definition, the
// answer controls for its type, «Назад» and, for optional questions, «Пропустить». With
// «Озвучить» on, the question and its answers are read aloud whenever the question changes.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property SurveySession session
    required property Speaker speaker

    color: Theme.palette.background

    function spokenText() {
        let parts = [session.questionText]
        if (session.questionHint.length > 0)
            parts.push(session.questionHint)
        const labels = session.options.map(o => o.label)
        if (labels.length > 0)
            parts.push(qsTr("Варианты ответа: %1.").arg(labels.join(", ")))
        if (session.questionOptional)
            parts.push(qsTr("Этот вопрос можно пропустить."))
        return parts.join(" ")
    }
    function readAloud() {
        if (Kiosk.readAloud)
            speaker.say(spokenText())
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

        AccessibilityBar {
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "progress"
            Layout.fillWidth: true
            text: qsTr("Вопрос %1 из %2").arg(root.session.position).arg(root.session.total)
            color: Theme.palette.mutedText
        }
        // The question takes the room left over; at the largest text size a long question
        // scrolls here, so the answer buttons below are always on screen.
        Flickable {
            id: questionArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: questionText.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Text {
                id: questionText
                objectName: "questionText"
                width: questionArea.width
                text: root.session.questionText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.questionSize
                font.bold: true
                color: Theme.palette.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
        Loader {
            id: body
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
            Item { Layout.fillWidth: true }
            // Created only for optional questions, so a screen reader never meets a hidden one.
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
            yesNo: root.session.questionType === "yes_no"
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
