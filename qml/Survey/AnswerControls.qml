// AnswerControls: the answer controls of the session's current question: big option buttons
// (yes/no, a choice), the age picker or the suggestion field. The respondent's QuestionPage and
// the interview's ScriptPage share it. `rowWidth` is how wide the controls are side by side
// (option buttons only; the others take the whole width), so a page can put «Назад» beside them.
import QtQuick
import Nok.Kiosk

Loader {
    id: root

    required property SurveySession session
    readonly property real rowWidth: item && item.rowWidth !== undefined ? item.rowWidth : Infinity

    sourceComponent: session.questionType === "integer" ? agePicker
                   : session.questionType === "text" ? suggestion
                   : optionButtons

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
