// ChecklistPage: the expert check of one organisation: every item grouped by its group (stand,
// site, distance channels, comfort, premises and service accessibility) with «Есть» / «Нет», a
// note and photos; the optional waiting-time points at the end; progress «Проверено N из M».
// «Сохранить и отправить» works only when every item is checked; until then the first unchecked
// item is named and one press shows it. Every change is saved as a draft at once (the model).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property ExpertChecklistModel model
    property int evidenceRow: -1          // the item whose photos are open, -1 = none
    readonly property Item evidencePage: evidenceLoader.item
    readonly property ListView listView: list // the screenshot tour scrolls it
    signal backRequested()

    // Rows changed height while the list was hidden (a photo added, the text size changed):
    // lay them out again at once, or they overlap until the next scroll.
    onEvidenceRowChanged: if (evidenceRow < 0) list.forceLayout()
    // Open at the top: the title with the organisation's whole name first.
    Component.onCompleted: Qt.callLater(() => { list.forceLayout(); list.contentY = list.originY })

    color: Theme.palette.background

    // The first unchecked item (row and name), read from one light object per row.
    Instantiator {
        id: rows
        model: root.model
        delegate: QtObject {
            required property int index
            required property var model
            readonly property string itemState: model.state
            readonly property string name: model.name
            readonly property var evidence: model.evidence
        }
    }
    readonly property var firstUnchecked: {
        for (let i = 0; i < rows.count; ++i) {
            const o = rows.objectAt(i)
            if (o && o.itemState === "unchecked")
                return { row: i, name: o.name }
        }
        return null
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2
        visible: root.evidenceRow < 0

        ListView {
            id: list
            objectName: "checklistList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: root.model
            cacheBuffer: 2000
            ScrollBar.vertical: KioskScrollBar {}
            // The whole name of the organisation, however long; it scrolls away with the list.
            header: PageTitle {
                width: list.width - Theme.scrollBarWidth - Theme.spacing
                bottomPadding: Theme.spacing / 2
                text: qsTr("Экспертная проверка: %1").arg(root.model.organizationName)
            }
            section.property: "groupTitle"
            section.delegate: PageTitle {
                required property string section
                width: list.width - Theme.scrollBarWidth - Theme.spacing
                topPadding: Theme.spacing
                text: section
            }
            delegate: ChecklistItemRow {
                required property int index
                required property var model
                width: list.width - Theme.scrollBarWidth - Theme.spacing
                row: index
                itemId: model.itemId
                name: model.name
                basis: model.basis
                itemState: model.state
                note: model.note
                evidenceCount: model.evidenceCount
                onPresentChosen: (r, present) => root.model.setPresent(r, present)
                onNoteEdited: (r, text) => root.model.setNote(r, text)
                onEvidenceRequested: r => root.evidenceRow = r
            }
            footer: WaitingTimePoints {
                width: list.width - Theme.scrollBarWidth - Theme.spacing
                points: root.model.waitingTimePoints
                onChangeRequested: p => root.model.setWaitingTimePoints(p)
            }
        }
        BodyText {
            objectName: "checklistError"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.palette.error
            text: root.model.errorText
        }
        BodyText {
            objectName: "checkedProgress"
            Layout.fillWidth: true
            color: Theme.palette.mutedText
            text: qsTr("Проверено %1 из %2").arg(root.model.checkedCount).arg(root.model.itemCount)
        }
        WrapRow {
            id: bottomRow
            // Room for the hint between «Назад» and «Сохранить»? On a narrow screen at a large
            // text size it would push the list off the screen; the progress line above remains.
            readonly property bool roomForHint: backButton.implicitWidth + submitButton.implicitWidth
                                                + Theme.touchTarget * 2 + 2 * columnSpacing <= width
            Layout.fillWidth: true

            BigButton {
                id: backButton
                objectName: "checklistBack"
                text: qsTr("Назад")
                Accessible.description: qsTr("Отметки сохранены как черновик")
                onClicked: root.backRequested()
            }
            // Names what is left and scrolls to it.
            BigButton {
                objectName: "firstUnchecked"
                readonly property real rowWidthHint: Theme.touchTarget * 2
                Layout.fillWidth: true
                visible: root.firstUnchecked !== null && bottomRow.roomForHint
                fontSize: Theme.smallSize
                text: root.firstUnchecked ? qsTr("Не проверено: %1").arg(root.firstUnchecked.name) : ""
                onClicked: list.positionViewAtIndex(root.firstUnchecked.row, ListView.Beginning)
            }
            Item { Layout.fillWidth: true; visible: root.firstUnchecked === null || !bottomRow.roomForHint }
            BigButton {
                id: submitButton
                objectName: "submitChecklist"
                kind: "primary"
                enabled: root.model.complete
                text: qsTr("Сохранить и отправить")
                // Qt 6.4 tells AT-SPI a disabled button is enabled; say it in words too.
                Accessible.description: enabled ? "" : qsTr("Недоступно, пока не отмечены все пункты")
                onClicked: root.model.submit()
            }
        }
    }
    Loader {
        id: evidenceLoader
        anchors.fill: parent
        active: root.evidenceRow >= 0
        sourceComponent: EvidencePage {
            model: root.model
            row: root.evidenceRow
            itemName: rows.objectAt(root.evidenceRow) ? rows.objectAt(root.evidenceRow).name : ""
            evidence: rows.objectAt(root.evidenceRow) ? rows.objectAt(root.evidenceRow).evidence : []
            onClosed: root.evidenceRow = -1
        }
    }
}
