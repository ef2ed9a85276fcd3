// EvidencePage: the photos of one checklist item: each attached photo with «Удалить», then
// «Сфотографировать» (only where QtMultimedia and a camera exist) and «Выбрать файл» (the touch
// file picker). The model checks and copies each photo (≤ 6 MiB, JPEG/PNG) and says why not.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

Rectangle {
    id: root

    required property ExpertChecklistModel model
    required property int row
    required property string itemName
    required property var evidence      // sha256 hex of the attached photos
    // "photos", "files", "camera"
    property string mode: "photos"
    property var filePlaces: null       // overrides FilePicker.places (tests, screenshot tour)
    readonly property bool cameraAvailable: cameraProbe.status === Loader.Ready && cameraProbe.item.available
    readonly property Item picker: files.item
    signal closed()

    color: Theme.palette.background

    // Back to the photos either way: a refused file's reason (model.errorText) is shown there.
    function attach(file) {
        root.model.attachEvidenceFile(root.row, file)
        mode = "photos"
    }

    Loader {
        id: cameraProbe
        source: "CameraProbe.qml"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: root.mode === "photos"

        ScrollingColumn {
            Layout.fillWidth: true
            Layout.fillHeight: true

            PageTitle {
                objectName: "evidenceTitle"
                Layout.fillWidth: true
                text: qsTr("Фото: %1").arg(root.itemName)
            }
            BodyText {
                objectName: "evidenceCount"
                Layout.fillWidth: true
                color: Theme.palette.mutedText
                text: root.evidence.length === 0 ? qsTr("Фото пока нет. Можно добавить до 10.")
                                                 : qsTr("Прикреплено фото: %1 из 10").arg(root.evidence.length)
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: root.evidence
                    delegate: Column {
                        required property string modelData
                        required property int index
                        spacing: Theme.spacing / 2
                        Image {
                            width: Theme.touchTarget * 2
                            height: Theme.touchTarget * 1.5
                            fillMode: Image.PreserveAspectFit
                            source: root.model.evidenceDataUrl(modelData)
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("Фото %1").arg(index + 1)
                        }
                        BigButton {
                            objectName: "removeEvidence_" + index
                            width: Theme.touchTarget * 2
                            text: qsTr("Удалить")
                            Accessible.name: qsTr("Удалить фото %1").arg(index + 1)
                            onClicked: root.model.removeEvidence(root.row, modelData)
                        }
                    }
                }
            }
        }
        BodyText {
            objectName: "evidenceError"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.palette.error
            text: root.model.errorText
        }
        WrapRow {
            Layout.fillWidth: true
            BigButton {
                objectName: "takePhoto"
                visible: root.cameraAvailable
                kind: "primary"
                text: qsTr("Сфотографировать")
                onClicked: { root.model.clearError(); root.mode = "camera" }
            }
            BigButton {
                objectName: "chooseFile"
                kind: root.cameraAvailable ? "secondary" : "primary"
                text: qsTr("Выбрать файл")
                onClicked: { root.model.clearError(); root.mode = "files" }
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "evidenceDone"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Готово")
                onClicked: root.closed()
            }
        }
    }
    Loader {
        id: files
        anchors.fill: parent
        active: root.mode === "files"
        sourceComponent: filePicker
    }
    Loader {
        id: camera
        anchors.fill: parent
        active: root.mode === "camera"
        source: "CameraView.qml"
        onStatusChanged: if (status === Loader.Error) root.mode = "photos"
    }
    Connections {
        target: camera.item
        ignoreUnknownSignals: true
        function onCaptured(file) { root.attach(file) }
        function onCancelled() { root.mode = "photos" }
    }
    Component {
        id: filePicker
        FilePicker {
            Component.onCompleted: if (root.filePlaces) { places = root.filePlaces; folder = places[0].url }
            onPicked: file => root.attach(file)
            onCancelled: root.mode = "photos"
        }
    }
}
