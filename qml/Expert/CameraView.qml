// CameraView: the camera's picture full screen with «Снять» and «Отмена». The photo is saved to
// the Pictures folder (a second copy stays there) and its path handed on with captured(url).
// Loaded only through a Loader after CameraProbe found a camera (QtMultimedia may be missing).
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Nok.Kiosk

Rectangle {
    id: root

    signal captured(url file)
    signal cancelled()

    color: "black"

    CaptureSession {
        id: session
        camera: Camera { id: camera; active: true }
        imageCapture: ImageCapture {
            id: capture
            onImageSaved: (requestId, path) => root.captured("file://" + path)
            onErrorOccurred: (requestId, error, message) => status.text = qsTr("Снимок не получился: %1").arg(message)
        }
        videoOutput: preview
    }
    VideoOutput {
        id: preview
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }
    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        BodyText {
            id: status
            Layout.fillWidth: true
            color: "white"
            visible: text.length > 0
            text: camera.errorString
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "cameraCancel"
                text: qsTr("Отмена")
                onClicked: root.cancelled()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "cameraShoot"
                kind: "primary"
                fontSize: Theme.questionSize
                text: qsTr("Снять")
                enabled: capture.readyForCapture
                onClicked: capture.captureToFile("")
            }
        }
    }
}
