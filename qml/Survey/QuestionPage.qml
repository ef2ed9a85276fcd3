// QuestionPage: one question per screen: progress, the question text from the definition, the
// answer controls for its type, «Назад» (on the first question «Выйти»), «Выйти» and, for
// optional questions, «Пропустить». With «Озвучить» on, KioskFlow reads spokenText() whenever
// the question changes; «Повторить» and «Темп» are shown here then. While the on-screen keyboard
// is open only the question, the field and «Далее» stay, so they are all above the keyboard.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property SurveySession session
    required property Speaker speaker
    // Where the arrow keys start on this screen: the first answer control.
    function firstControl() { return body.item ? body.item.firstControl() : null }
    readonly property bool keyboardOpen: Qt.inputMethod.visible
    signal exitRequested()
    // Emitted just before an answer is recorded, with what to confirm aloud ("" when it failed).
    signal answering(string confirmation)

    color: Theme.palette.background

    function spokenText() {
        let parts = [qsTr("Вопрос %1 из %2.").arg(session.position).arg(session.total), session.questionText]
        if (session.questionHint.length > 0)
            parts.push(session.questionHint)
        const labels = session.options.map(o => o.label)
        if (labels.length > 0)
            parts.push(qsTr("Варианты ответа: %1.").arg(labels.join(", ")))
        if (session.questionOptional)
            parts.push(qsTr("Этот вопрос можно пропустить."))
        return parts.join(" ")
    }
    function choose(value, label) {
        answering(qsTr("Ваш ответ: %1.").arg(label))
        if (!session.answer(value))
            answering("")
    }
    function skip() {
        answering(qsTr("Вопрос пропущен."))
        if (!session.skip())
            answering("")
    }
    function labelOf(value) {
        for (const o of session.options)
            if (o.value === value)
                return o.label
        return String(value)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        AccessibilityBar {
            Layout.fillWidth: true
            visible: !root.keyboardOpen
        }
        AudioBar {
            Layout.fillWidth: true
            visible: Kiosk.readAloud && !root.keyboardOpen
            speaker: root.speaker
            onRepeatRequested: root.speaker.say(root.spokenText())
        }
        BodyText {
            objectName: "editingNote"
            Layout.fillWidth: true
            visible: root.session.editing && !root.keyboardOpen
            text: qsTr("Измените ответ: после него Вы вернётесь к проверке ответов.")
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
            visible: !root.keyboardOpen

            // On the first question there is nothing to go back to: only «Выйти» is shown.
            BigButton {
                objectName: "backButton"
                visible: root.session.canGoBack
                text: qsTr("Назад")
                onClicked: root.session.back()
            }
            BigButton {
                objectName: "exitButton"
                text: qsTr("Выйти")
                Accessible.description: qsTr("Выйти из опроса без сохранения ответов")
                onClicked: root.exitRequested()
            }
            Item { Layout.fillWidth: true }
            // Created only for optional questions, so a screen reader never meets a hidden one.
            Loader {
                active: root.session.questionOptional
                sourceComponent: BigButton {
                    objectName: "skipButton"
                    text: qsTr("Пропустить")
                    onClicked: root.skip()
                }
            }
        }
    }

    Component {
        id: optionButtons
        OptionButtons {
            options: root.session.options
            selected: root.session.currentAnswer
            onChosen: value => root.choose(value, root.labelOf(value))
        }
    }
    Component {
        id: agePicker
        AgePicker {
            minimum: root.session.minValue
            maximum: root.session.maxValue
            initial: root.session.currentAnswer
            onChosen: value => root.choose(value, String(value))
        }
    }
    Component {
        id: suggestion
        SuggestionInput {
            initial: root.session.currentAnswer !== undefined ? root.session.currentAnswer : ""
            hint: root.session.questionHint
            maxLength: root.session.maxLength
            onChosen: text => text.trim().length > 0 ? root.choose(text, text.trim()) : root.skip()
        }
    }
}
