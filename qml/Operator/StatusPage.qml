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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing / 2

        BodyText { text: qsTr("Состояние киоска"); font.bold: true; font.pixelSize: Theme.questionSize }
        BodyText { objectName: "deviceId"; text: qsTr("Устройство: %1").arg(root.status.deviceId || qsTr("не подключено")) }
        BodyText { text: qsTr("Организация: %1").arg(Kiosk.organizationName || "—") }
        BodyText { objectName: "pending"; text: qsTr("Ожидают отправки: %1").arg(root.status.pending) }
        BodyText { objectName: "deadLetter"; text: qsTr("Отклонены сервером: %1").arg(root.status.deadLetter) }
        BodyText {
            objectName: "pendingChecks"
            Layout.fillWidth: true
            text: qsTr("Экспертные проверки: ждут %1, отклонены %2, фото ждут %3")
                  .arg(root.status.pendingChecks).arg(root.status.deadLetterChecks).arg(root.status.pendingEvidence)
            color: root.status.deadLetterChecks > 0 ? Theme.palette.error : Theme.palette.text
        }
        BodyText { text: qsTr("Последняя синхронизация: %1").arg(root.status.lastSync || qsTr("не было")) }
        BodyText {
            objectName: "lastError"
            Layout.fillWidth: true
            text: qsTr("Последняя ошибка: %1").arg(root.status.lastError || qsTr("нет"))
            color: root.status.lastError ? Theme.palette.error : Theme.palette.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "syncNowButton"
                kind: "primary"
                text: qsTr("Синхронизировать сейчас")
                onClicked: root.status.syncNow()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "operatorExit"
                text: qsTr("Назад")
                onClicked: root.closed()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: code
                objectName: "enrollCode"
                Layout.fillWidth: true
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
                text: qsTr("Подключить")
                onClicked: if (root.status.enroll(code.text)) code.text = ""
            }
        }
        BodyText {
            objectName: "enrollError"
            Layout.fillWidth: true
            visible: text.length > 0
            color: root.status.enrollSucceeded ? Theme.palette.text : Theme.palette.error
            text: root.status.enrollSucceeded ? qsTr("Киоск подключён.")
                                              : root.status.enrollError ? qsTr("Не удалось подключить: %1").arg(root.status.enrollError) : ""
        }
        Item { Layout.fillHeight: true }
    }
}
