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
    readonly property bool optionQuestion: session.questionType !== "integer" && session.questionType !== "text"

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
        function onQuestionIdChanged() {
            questionArea.contentY = 0 // each question is read from its beginning
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

        // On a short screen (a 7" panel) the bar scrolls away with the question, which needs
        // the room more; elsewhere it stays at the top. One bar, moved between the two places.
        Item {
            id: fixedSlot
            Layout.fillWidth: true
            implicitHeight: bar.parent === fixedSlot ? bar.implicitHeight : 0
            visible: implicitHeight > 0
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
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                session: root.session
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
        // «Назад», the answers and «Пропустить» in one row where the answers are short enough
        // (Да/Нет), else the answers over a row of «Назад» and «Пропустить».
        GridLayout {
            id: controls
            readonly property bool oneRow: backButton.implicitWidth + body.rowWidth + (skip.visible ? skip.implicitWidth : 0)
                                           + 2 * columnSpacing <= width
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            BigButton {
                id: backButton
                objectName: "backButton"
                Layout.row: controls.oneRow ? 0 : 1
                Layout.column: 0
                Layout.preferredHeight: controls.oneRow ? Math.max(implicitHeight, body.implicitHeight) : implicitHeight
                text: qsTr("Назад")
                enabled: root.session.canGoBack
                onClicked: root.session.back()
            }
            AnswerControls {
                id: body
                session: root.session
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
                    onClicked: root.session.skip()
                }
            }
        }
    }

    AccessibilityBar {
        id: bar
        parent: root.height < Theme.touchTarget * 6 ? scrollingSlot : fixedSlot
        anchors.left: parent.left
        anchors.right: parent.right
    }
}
