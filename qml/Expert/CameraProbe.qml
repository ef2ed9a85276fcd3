// CameraProbe: whether the device has a camera. Loaded by EvidencePage through a Loader, so a
// system without the QtMultimedia module only fails this load and keeps «Выбрать файл».
import QtQuick
import QtMultimedia

QtObject {
    readonly property bool available: devices.videoInputs.length > 0
    property MediaDevices devices: MediaDevices {}
}
