// AnswerControls: the answer controls of the session's current question: big option buttons
// (yes/no, a choice), the age picker or the suggestion field. The respondent's QuestionPage and
// the interview's ScriptPage share it. `rowWidth` is how wide the controls are side by side
// (option buttons only; the others take the whole width), so a page can put «Назад» beside them.
// An answer goes through `answerWith(value, label)` (by default the session records it; the
// respondent's page also confirms it aloud), an empty suggestion through `skipWith()`.
import QtQuick
import Nok.Kiosk

Loader {
    id: root

    required property SurveySession session
    property var answerWith: (value, label) => root.session.answer(value)
    property var skipWith: () => root.session.skip()
    readonly property real rowWidth: item && item.rowWidth !== undefined ? item.rowWidth : Infinity
    function firstControl() { return item ? item.firstControl() : null }
    function labelOf(value) {
        for (const o of session.options)
            if (o.value === value)
                return o.label
        return String(value)
    }

    sourceComponent: session.questionType === "integer" ? agePicker
                   : session.questionType === "text" ? suggestion
                   : optionButtons

    Component {
        id: optionButtons
        OptionButtons {
            options: root.session.options
            selected: root.session.currentAnswer
            onChosen: value => root.answerWith(value, root.labelOf(value))
        }
    }
    Component {
        id: agePicker
        AgePicker {
            minimum: root.session.minValue
            maximum: root.session.maxValue
            initial: root.session.currentAnswer
            onChosen: value => root.answerWith(value, String(value))
        }
    }
    Component {
        id: suggestion
        SuggestionInput {
            initial: root.session.currentAnswer !== undefined ? root.session.currentAnswer : ""
            hint: root.session.questionHint
            maxLength: root.session.maxLength
            onChosen: text => text.trim().length > 0 ? root.answerWith(text, text.trim()) : root.skipWith()
        }
    }
}
