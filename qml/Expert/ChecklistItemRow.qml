// ChecklistItemRow: one checklist item: its name and legal basis, «Есть» / «Нет» (the chosen one
// marked with ✓ and announced as checked), a note field and «Фото» with the number attached.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

ColumnLayout {
    id: root

    property int row: -1
    property string itemId
    property string name
    property string basis
    property string itemState: "unchecked" // "unchecked" | "present" | "absent"
    property string note
    property int evidenceCount: 0
    signal presentChosen(int row, bool present)
    signal noteEdited(int row, string text)
    signal evidenceRequested(int row)

    spacing: Theme.spacing / 2

    BodyText {
        objectName: "itemName_" + root.itemId
        Layout.fillWidth: true
        font.bold: true
        text: root.name
    }
    BodyText {
        Layout.fillWidth: true
        visible: root.basis.length > 0
        color: Theme.palette.mutedText
        font.pixelSize: Math.round(Theme.bodySize * 0.75)
        text: qsTr("Основание: %1").arg(root.basis)
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BigButton {
            objectName: "present_" + root.itemId
            kind: "yes"
            Layout.preferredWidth: Theme.touchTarget * 1.6
            text: (root.itemState === "present" ? "✓ " : "") + qsTr("Есть")
            Accessible.name: qsTr("Есть: %1").arg(root.name)
            Accessible.checkable: true
            Accessible.checked: root.itemState === "present"
            onClicked: root.presentChosen(root.row, true)
        }
        BigButton {
            objectName: "absent_" + root.itemId
            kind: "no"
            Layout.preferredWidth: Theme.touchTarget * 1.6
            text: (root.itemState === "absent" ? "✓ " : "") + qsTr("Нет")
            Accessible.name: qsTr("Нет: %1").arg(root.name)
            Accessible.checkable: true
            Accessible.checked: root.itemState === "absent"
            onClicked: root.presentChosen(root.row, false)
        }
        BigTextField {
            id: noteField
            objectName: "note_" + root.itemId
            Layout.fillWidth: true
            text: root.note
            maximumLength: 2000
            placeholderText: qsTr("Примечание")
            Accessible.name: qsTr("Примечание: %1").arg(root.name)
            onEditingFinished: if (text !== root.note) root.noteEdited(root.row, text)
        }
        BigButton {
            objectName: "evidence_" + root.itemId
            text: root.evidenceCount > 0 ? qsTr("Фото: %1").arg(root.evidenceCount) : qsTr("Фото")
            Accessible.name: qsTr("Фото к пункту: %1, прикреплено %2").arg(root.name).arg(root.evidenceCount)
            onClicked: root.evidenceRequested(root.row)
        }
    }
}
