// AccessibilityBar: the respondent's own settings, on every respondent screen: read aloud,
// text size, contrast and language. Each is one big button that says what it does now.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

RowLayout {
    id: root

    spacing: Theme.spacing

    BigButton {
        objectName: "readAloudButton"
        Layout.fillWidth: true
        text: Kiosk.readAloud ? qsTr("Озвучить: вкл.") : qsTr("Озвучить: выкл.")
        Accessible.checkable: true
        Accessible.checked: Kiosk.readAloud
        onClicked: Kiosk.readAloud = !Kiosk.readAloud
    }
    BigButton {
        objectName: "textSizeButton"
        Layout.fillWidth: true
        text: [qsTr("Шрифт: обычный"), qsTr("Шрифт: крупный"), qsTr("Шрифт: самый крупный")][Theme.textSize]
        onClicked: Theme.textSize = (Theme.textSize + 1) % 3
    }
    BigButton {
        objectName: "contrastButton"
        Layout.fillWidth: true
        text: Theme.highContrast ? qsTr("Контраст: высокий") : qsTr("Контраст: обычный")
        Accessible.checkable: true
        Accessible.checked: Theme.highContrast
        onClicked: Theme.highContrast = !Theme.highContrast
    }
    BigButton {
        objectName: "languageButton"
        Layout.fillWidth: true
        // Each language is named in itself, so a respondent finds their own.
        text: Kiosk.language === "ru" ? "English" : "Русский"
        Accessible.name: Kiosk.language === "ru" ? "English (switch language)" : "Русский (сменить язык)"
        onClicked: Kiosk.language = (Kiosk.language === "ru" ? "en" : "ru")
    }
}
