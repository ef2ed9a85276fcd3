// AccessibilityBar: the respondent's own settings, on every respondent screen: read aloud,
// text size, contrast and language. Each is one big button that says what it does now. The bar
// keeps one text size (Theme.barFontSize) whatever size is chosen, so its buttons stay in place;
// four in a row where they fit, else two rows of two, else one under the other.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

GridLayout {
    id: root

    readonly property real widestWord: Math.max(readAloud.wordWidth, textSize.wordWidth,
                                                contrast.wordWidth, language.wordWidth)
    readonly property int fitting: Math.floor((width + columnSpacing) / (widestWord + columnSpacing))
    columns: fitting >= 4 ? 4 : fitting >= 2 ? 2 : 1
    // One height for all, so a label that wraps does not make its button stand out.
    readonly property real rowHeight: Math.max(readAloud.implicitHeight, textSize.implicitHeight,
                                               contrast.implicitHeight, language.implicitHeight)
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    BigButton {
        id: readAloud
        objectName: "readAloudButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // equal widths: the layout shares the row out evenly
        Layout.preferredHeight: root.rowHeight
        fontSize: Theme.barFontSize
        text: Kiosk.readAloud ? qsTr("Озвучить: вкл.") : qsTr("Озвучить: выкл.")
        Accessible.checkable: true
        Accessible.checked: Kiosk.readAloud
        onClicked: Kiosk.readAloud = !Kiosk.readAloud
    }
    BigButton {
        id: textSize
        objectName: "textSizeButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // equal widths: the layout shares the row out evenly
        Layout.preferredHeight: root.rowHeight
        fontSize: Theme.barFontSize
        text: [qsTr("Шрифт: обычный"), qsTr("Шрифт: крупный"), qsTr("Шрифт: самый крупный")][Theme.textSize]
        onClicked: Theme.textSize = (Theme.textSize + 1) % 3
    }
    BigButton {
        id: contrast
        objectName: "contrastButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // equal widths: the layout shares the row out evenly
        Layout.preferredHeight: root.rowHeight
        fontSize: Theme.barFontSize
        text: Theme.highContrast ? qsTr("Контраст: высокий") : qsTr("Контраст: обычный")
        Accessible.checkable: true
        Accessible.checked: Theme.highContrast
        onClicked: Theme.highContrast = !Theme.highContrast
    }
    BigButton {
        id: language
        objectName: "languageButton"
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // equal widths: the layout shares the row out evenly
        Layout.preferredHeight: root.rowHeight
        fontSize: Theme.barFontSize
        // Each language is named in itself, so a respondent finds their own.
        text: Kiosk.language === "ru" ? "English" : "Русский"
        Accessible.name: Kiosk.language === "ru" ? "English (switch language)" : "Русский (сменить язык)"
        onClicked: Kiosk.language = (Kiosk.language === "ru" ? "en" : "ru")
    }
}
