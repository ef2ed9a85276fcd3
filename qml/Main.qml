// Main: the kiosk window: the screen flow plus Qt Virtual Keyboard's input panel (shown only
// while a text field has focus), and the screenshot tour when --screenshot-dir is given.
import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
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

    KioskFlow {
        id: kioskFlow
        objectName: "kioskFlow"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: keyboard.visible ? keyboard.top : parent.bottom
    }
    InputPanel {
        id: keyboard
        anchors.left: parent.left
        anchors.right: parent.right
        y: Qt.inputMethod.visible ? parent.height - height : parent.height
        visible: Qt.inputMethod.visible
    }
    Loader {
        active: Kiosk.screenshotDir.length > 0
        sourceComponent: ScreenshotTour {
            flow: kioskFlow
            target: root.contentItem
            directory: Kiosk.screenshotDir
            onFinished: Qt.quit()
        }
    }
}
