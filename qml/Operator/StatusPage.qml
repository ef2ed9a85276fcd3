// StatusPage: the operator's view of the device: id, organisation, pending and dead-letter
// counts (responses, expert checks, photos), last sync and last error; «Синхронизировать сейчас»; enrolment by code.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property KioskStatusModel status
    signal closed()

    color: Theme.palette.background

    // The lines and the enrolment scroll (with a visible bar) where they cannot fit; «Назад»
    // stays on screen below them, whatever the organisation is called.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScrollingColumn {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing / 2

            PageTitle { Layout.fillWidth: true; text: qsTr("Состояние киоска") }
            BodyText { objectName: "deviceId"; Layout.fillWidth: true; wrapMode: Text.WrapAnywhere
                       text: qsTr("Устройство: %1").arg(root.status.deviceId || qsTr("не подключено")) }
            BodyText { Layout.fillWidth: true; text: qsTr("Организация: %1").arg(Kiosk.organizationName || "—") }
            BodyText { objectName: "pending"; Layout.fillWidth: true; text: qsTr("Ожидают отправки: %1").arg(root.status.pending) }
            BodyText { objectName: "deadLetter"; Layout.fillWidth: true; text: qsTr("Отклонены сервером: %1").arg(root.status.deadLetter) }
            BodyText {
                objectName: "pendingChecks"
                Layout.fillWidth: true
                text: qsTr("Экспертные проверки: ждут %1, отклонены %2, фото ждут %3")
                      .arg(root.status.pendingChecks).arg(root.status.deadLetterChecks).arg(root.status.pendingEvidence)
                color: root.status.deadLetterChecks > 0 ? Theme.palette.error : Theme.palette.text
            }
            BodyText { objectName: "lastSync"; Layout.fillWidth: true; text: qsTr("Последняя синхронизация: %1").arg(root.status.lastSync || qsTr("не было")) }
            BodyText {
                objectName: "lastError"
                Layout.fillWidth: true
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long address has no spaces
                text: qsTr("Последняя ошибка: %1").arg(root.status.lastErrorText || qsTr("нет"))
                color: root.status.lastError ? Theme.palette.error : Theme.palette.text
            }
            BodyText {
                objectName: "lastErrorDetail"
                Layout.fillWidth: true
                visible: root.status.lastError.length > 0
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a long address has no spaces
                text: qsTr("Подробности для техника: %1").arg(root.status.lastError)
            }
            BodyText {
                objectName: "enrollError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: root.status.enrollSucceeded ? Theme.palette.text : Theme.palette.error
                text: root.status.enrollSucceeded ? qsTr("Киоск подключён.")
                                                  : root.status.enrollError ? qsTr("Не удалось подключить: %1").arg(root.status.enrollError) : ""
            }
            BodyText {
                objectName: "enrollErrorDetail"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                text: !root.status.enrollSucceeded && root.status.enrollErrorDetail
                      ? qsTr("Подробности для техника: %1").arg(root.status.enrollErrorDetail) : ""
            }
            WrapRow {
                Layout.fillWidth: true

                TextField {
                    id: code
                    objectName: "enrollCode"
                    readonly property real rowWidthHint: Theme.touchTarget * 3
                    Layout.fillWidth: true
                    Layout.minimumWidth: rowWidthHint
                    Layout.preferredHeight: Theme.touchTarget
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.palette.text
                    placeholderText: qsTr("Код подключения")
                    placeholderTextColor: Theme.palette.mutedText
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Код подключения")
                    background: Rectangle {
                        color: Theme.palette.surface
                        border.width: code.activeFocus ? Theme.focusRingWidth : Theme.borderWidth
                        border.color: code.activeFocus ? Theme.palette.focus : Theme.palette.text
                        radius: Theme.radius
                    }
                }
                BigButton {
                    objectName: "enrollButton"
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Подключить")
                    onClicked: if (root.status.enroll(code.text)) code.text = ""
                }
            }
        }
        WrapRow {
            Layout.fillWidth: true
            BigButton {
                objectName: "syncNowButton"
                kind: "primary"
                text: qsTr("Синхронизировать сейчас")
                onClicked: root.status.syncNow()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "operatorExit"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Назад")
                onClicked: root.closed()
            }
        }
    }
}
