// Main: the kiosk window: KioskScreen (the screen flow and the on-screen keyboard), and the
// screenshot tour when --screenshot-dir is given.
import QtQuick
import QtQuick.Window
import Nok.Kiosk

Window {
    id: root

    width: 1280
    height: 800
    visible: true
    title: qsTr("Опрос о качестве услуг")
    color: Theme.palette.background

    KioskScreen {
        id: kioskScreen
        anchors.fill: parent
        focus: true
    }
    Loader {
        active: Kiosk.screenshotDir.length > 0
        sourceComponent: ScreenshotTour {
            flow: kioskScreen.flow
            target: root.contentItem
            directory: Kiosk.screenshotDir
            onFinished: Qt.quit()
        }
    }
}
