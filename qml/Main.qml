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

    // Sizes follow the window (a small panel gets slightly smaller text and frames: Theme.fit).
    Binding {
        target: Theme
        property: "window"
        value: Qt.size(root.width, root.height)
    }

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
