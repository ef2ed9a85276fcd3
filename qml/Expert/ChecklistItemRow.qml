// ChecklistItemRow: one checklist item: its name and legal basis, «Есть» / «Нет», a note field and
// «Фото» with the number attached. The chosen answer is its button filled in its colour with a ✓
// (the other stays neutral; announced as checked); an unchecked item has both neutral. The name
// sits beside the controls where they fit, else above them, so a screen holds several items.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

WrapRow {
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

    ColumnLayout {
        readonly property real rowWidthHint: Theme.touchTarget * 3
        Layout.fillWidth: true
        Layout.preferredWidth: rowWidthHint // the name takes what the controls leave
        Layout.alignment: Qt.AlignVCenter
        spacing: Theme.spacing / 4

        BodyText {
            objectName: "itemName_" + root.itemId
            Layout.fillWidth: true
            font.bold: true
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long word in a narrow column
            text: root.name
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.basis.length > 0
            color: Theme.palette.mutedText
            font.pixelSize: Theme.smallSize
            text: qsTr("Основание: %1").arg(root.basis)
        }
    }
    WrapRow {
        id: controls
        readonly property real rowWidthHint: oneRowWidth
        Layout.fillWidth: !root.sideBySide // under the name: the whole width
        Layout.preferredWidth: oneRowWidth

        BigButton {
            objectName: "present_" + root.itemId
            kind: root.itemState === "present" ? "yes" : "secondary"
            text: (root.itemState === "present" ? "✓ " : "") + qsTr("Есть")
            Accessible.name: qsTr("Есть: %1").arg(root.name)
            Accessible.checkable: true
            Accessible.checked: root.itemState === "present"
            onClicked: root.presentChosen(root.row, true)
        }
        BigButton {
            objectName: "absent_" + root.itemId
            kind: root.itemState === "absent" ? "no" : "secondary"
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
