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
    function firstControl() { return optionQuestion ? body.firstControl() : tall.firstControl() }
    readonly property bool keyboardOpen: Qt.inputMethod.visible
    signal exitRequested()
    // Emitted just before an answer is recorded, with what to confirm aloud ("" when it failed).
    signal answering(string confirmation)

    color: Theme.palette.background
    readonly property bool optionQuestion: session.questionType !== "integer" && session.questionType !== "text"

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

    Connections {
        target: root.session
        function onQuestionIdChanged() { questionArea.contentY = 0 } // each question from its beginning
    }
    // With the on-screen keyboard open the page is only the room above it: the end of the
    // question area (the field and «Далее») is scrolled into that room.
    function showFieldAboveKeyboard() {
        if (keyboardOpen)
            questionArea.contentY = Math.max(0, questionArea.contentHeight - questionArea.height)
    }
    onKeyboardOpenChanged: showFieldAboveKeyboard()
    Connections {
        target: questionArea
        function onHeightChanged() { root.showFieldAboveKeyboard() }
        function onContentHeightChanged() { root.showFieldAboveKeyboard() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // On a short screen (a 7" panel) the bar scrolls away with the question, which needs
        // the room more; elsewhere it stays at the top. One bar, moved between the two places.
        Item {
            id: fixedSlot
            Layout.fillWidth: true
            implicitHeight: bar.parent === fixedSlot ? bar.implicitHeight : 0
            visible: implicitHeight > 0
        }
        AudioBar {
            Layout.fillWidth: true
            visible: Kiosk.readAloud && !root.keyboardOpen
            speaker: root.speaker
            onRepeatRequested: root.speaker.say(root.spokenText())
        }
        // The question takes the room left over; where it cannot fit (the largest text on a small
        // screen) it scrolls here with a visible bar, and the answers below stay on screen.
        ScrollingColumn {
            id: questionArea
            objectName: "questionArea"
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item {
                id: scrollingSlot
                Layout.fillWidth: true
                implicitHeight: bar.parent === scrollingSlot ? bar.implicitHeight : 0
                visible: implicitHeight > 0
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
            Text {
                id: questionText
                objectName: "questionText"
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
            // The age picker and the suggestion field are tall: they follow the question here, so
            // the question keeps its room (Да/Нет and choices stay fixed below).
            AnswerControls {
                id: tall
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                session: root.session
                answerWith: (value, label) => root.choose(value, label)
                skipWith: () => root.skip()
                active: !root.optionQuestion
                visible: active
            }
        }
        BodyText {
            objectName: "errorText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.session.errorText
            color: Theme.palette.error
        }
        // «Назад»/«Выйти», the answers and «Пропустить» in one row where the answers are short
        // enough (Да/Нет), else the answers over a row of the others. While the on-screen keyboard
        // is open only the question, the field and «Далее» stay, so they are above the keyboard.
        GridLayout {
            id: controls
            visible: !root.keyboardOpen
            readonly property bool oneRow: navigation.implicitWidth + body.rowWidth + (skip.visible ? skip.implicitWidth : 0)
                                           + 2 * columnSpacing <= width
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            // On the first question there is nothing to go back to: only «Выйти» is shown.
            RowLayout {
                id: navigation
                Layout.row: controls.oneRow ? 0 : 1
                Layout.column: 0
                spacing: controls.columnSpacing

                BigButton {
                    objectName: "backButton"
                    Layout.preferredHeight: controls.oneRow ? Math.max(implicitHeight, body.implicitHeight) : implicitHeight
                    visible: root.session.canGoBack
                    text: qsTr("Назад")
                    onClicked: root.session.back()
                }
                BigButton {
                    objectName: "exitButton"
                    Layout.preferredHeight: controls.oneRow ? Math.max(implicitHeight, body.implicitHeight) : implicitHeight
                    text: qsTr("Выйти")
                    Accessible.description: qsTr("Выйти из опроса без сохранения ответов")
                    onClicked: root.exitRequested()
                }
            }
            AnswerControls {
                id: body
                session: root.session
                answerWith: (value, label) => root.choose(value, label)
                skipWith: () => root.skip()
                active: root.optionQuestion
                visible: active
                Layout.row: 0
                Layout.column: controls.oneRow ? 1 : 0
                Layout.columnSpan: controls.oneRow ? 1 : 3
                Layout.fillWidth: true
            }
            Item { // keeps «Пропустить» at the right under the answers
                visible: !controls.oneRow
                Layout.row: 1
                Layout.column: 1
                Layout.fillWidth: true
            }
            // Created only for optional questions, so a screen reader never meets a hidden one.
            Loader {
                id: skip
                active: root.session.questionOptional
                visible: active
                Layout.row: controls.oneRow ? 0 : 1
                Layout.column: 2
                Layout.alignment: Qt.AlignRight
                Layout.minimumWidth: implicitWidth
                Layout.preferredWidth: implicitWidth
                Layout.preferredHeight: controls.oneRow ? Math.max(implicitHeight, body.implicitHeight) : implicitHeight
                sourceComponent: BigButton {
                    objectName: "skipButton"
                    text: qsTr("Пропустить")
                    onClicked: root.skip()
                }
            }
        }
    }

    AccessibilityBar {
        id: bar
        visible: !root.keyboardOpen
        parent: root.height < Theme.touchTarget * 6 ? scrollingSlot : fixedSlot
        anchors.left: parent.left
        anchors.right: parent.right
    }
}
