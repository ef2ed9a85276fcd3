// KioskScreen: the kiosk's whole window content: the screen flow above Qt Virtual Keyboard's
// input panel (shown while a text field has focus; the flow shrinks to the room above it). The
// keyboard opens in Russian ЙЦУКЕН with a Russian interface and in English with an English one
// (the other language behind its language key: operators type Latin enrolment codes); nothing
// but Kiosk.language decides it. It closes on its «Готово» or
// hide key and on a tap anywhere outside the field and the keyboard.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Nok.Kiosk

Item {
    id: root

    readonly property KioskFlow flow: kioskFlow
    readonly property InputPanel keyboard: inputPanel

    function applyKeyboardLanguage() {
        // English stays behind the language key in Russian too: enrolment codes are Latin.
        const locales = Kiosk.language === "en" ? ["en_GB", "ru_RU"] : ["ru_RU", "en_GB"]
        VirtualKeyboardSettings.activeLocales = locales
        VirtualKeyboardSettings.locale = locales[0]
    }
    Component.onCompleted: applyKeyboardLanguage()
    Connections {
        target: Kiosk
        function onLanguageChanged() { root.applyKeyboardLanguage() }
    }

    KioskFlow {
        id: kioskFlow
        objectName: "kioskFlow"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: inputPanel.visible ? inputPanel.top : parent.bottom
        focus: true
    }
    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        anchors.left: parent.left
        anchors.right: parent.right
        y: Qt.inputMethod.visible ? parent.height - height : parent.height
        visible: Qt.inputMethod.visible
    }
    // A tap outside the field and the keyboard closes the keyboard. A PointHandler only watches
    // (a TapHandler here would take the tap from the buttons below); the keyboard closes after
    // the release was delivered, so a button tapped meanwhile still gets its click.
    Item {
        anchors.fill: parent
        PointHandler {
            property bool outside: false
            onActiveChanged: {
                if (active) {
                    const p = point.scenePosition
                    const inside = item => {
                        if (!item)
                            return false
                        const local = item.mapFromItem(null, p.x, p.y)
                        return local.x >= 0 && local.y >= 0 && local.x < item.width && local.y < item.height
                    }
                    outside = Qt.inputMethod.visible && !inside(inputPanel) && !inside(root.Window.activeFocusItem)
                } else if (outside) {
                    outside = false
                    Qt.callLater(root.closeKeyboard)
                }
            }
        }
    }
    function closeKeyboard() {
        Qt.inputMethod.hide()
        kioskFlow.startFocusAfresh()
    }
}
