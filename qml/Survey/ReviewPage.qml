// ReviewPage: the respondent's answers before «Отправить». Each answer is a button: it opens
// that question, and after the new answer the review comes back (SurveySession.edit). «Выйти»
// leaves without saving (after KioskFlow's confirmation). Submitting stores the response
// (durably, in the product) before the thank-you screen.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property SurveySession session
    property string submitText: qsTr("Отправить")
    function firstControl() { return answers.itemAt(0) }
    signal exitRequested()

    function answerText(entry) {
        return entry.answered ? entry.answer : qsTr("пропущено")
    }
    function spokenText() {
        const lines = root.session.review.map(e => e.text + " " + qsTr("Ответ: %1.").arg(answerText(e)))
        return [qsTr("Проверьте ответы."), ...lines,
                qsTr("Чтобы изменить ответ, выберите его. Чтобы сохранить, нажмите «%1».").arg(root.submitText)].join(" ")
    }

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
        // Every answer exists as a button (a Column, not a ListView, so Tab and the arrows meet
        // them all, in order); a focused one scrolls into view.
        Flickable {
            id: list
            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: rows.height
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: KioskScrollBar {}
            function show(item) {
                const y = item.mapToItem(rows, 0, 0).y
                if (y < contentY)
                    contentY = y
                else if (y + item.height > contentY + height)
                    contentY = Math.min(contentHeight - height, y + item.height - height)
            }

            Column {
                id: rows
                width: list.width - Theme.scrollBarWidth - Theme.spacing
                spacing: Theme.spacing / 2

                Repeater {
                    id: answers
                    model: root.session.review
                    delegate: BigButton {
                        required property var modelData
                        objectName: "reviewItem_" + modelData.id
                        width: rows.width
                        horizontalAlignment: Text.AlignLeft
                        fontSize: Theme.bodySize
                        text: modelData.text + " — " + root.answerText(modelData)
                        Accessible.name: qsTr("Изменить ответ: %1 — %2").arg(modelData.text).arg(root.answerText(modelData))
                        onActiveFocusChanged: if (activeFocus) list.show(this)
                        onClicked: root.session.edit(modelData.id)
                    }
                }
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
            BigButton {
                objectName: "exitButton"
                visible: root.session.channel === "kiosk"
                text: qsTr("Выйти")
                Accessible.description: qsTr("Выйти из опроса без сохранения ответов")
                onClicked: root.exitRequested()
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
