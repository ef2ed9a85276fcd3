// OrgPickerPage: the organisations this device is enrolled for, one big button each. For
// interviews each shows its counts (today, on this tablet, the sample's need, still needed), so
// the operator knows whom to call next; for the expert check it shows the check's state.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property string title
    required property var model          // [{organizationId, name, detail (one line of counts)}]
    property string errorText: ""
    signal chosen(string organizationId, string name)
    signal backRequested()

    color: Theme.palette.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageTitle {
            Layout.fillWidth: true
            text: root.title
        }
        BodyText {
            objectName: "noOrganizations"
            Layout.fillWidth: true
            visible: list.count === 0
            text: qsTr("Планшет не подключён ни к одной организации. Подключите его в разделе «Состояние и синхронизация».")
        }
        ListView {
            id: list
            objectName: "orgList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: root.model
            ScrollBar.vertical: KioskScrollBar {}
            delegate: BigButton {
                required property var modelData
                readonly property string organizationId: modelData.organizationId
                readonly property string name: modelData.name
                readonly property string detail: modelData.detail
                objectName: "org_" + organizationId
                width: list.width - Theme.scrollBarWidth - Theme.spacing
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                text: "<b>" + name + "</b><br>" + detail
                Accessible.name: name + ". " + detail
                contentItem: Text {
                    text: parent.text
                    textFormat: Text.StyledText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: parent.ink
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: root.chosen(organizationId, name)
            }
        }
        BodyText {
            objectName: "orgError"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.palette.error
            text: root.errorText
        }
        BigButton {
            objectName: "orgBack"
            text: qsTr("Назад")
            onClicked: root.backRequested()
        }
    }
}
