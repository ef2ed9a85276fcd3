// Theme: every size, colour and font of the kiosk; pages hold no pixel literals. Two palettes
// (normal ≥ 4.5:1, high contrast ≥ 7:1, checked by tests/qml/tst_theme.qml) and three text sizes.
pragma Singleton
import QtQuick

QtObject {
    id: root

    // Respondent choices (reset for each new respondent by the flow).
    property bool highContrast: false
    property int textSize: 0 // 0 normal, 1 large, 2 largest
    readonly property var textScales: [1.0, 1.25, 1.5]
    readonly property real scale: textScales[Math.max(0, Math.min(2, textSize))]

    readonly property QtObject normalPalette: QtObject {
        readonly property color background: "#f4f1ea"
        readonly property color surface: "#ffffff"
        readonly property color text: "#1a1a1a"
        readonly property color mutedText: "#4a4a4a"
        readonly property color primary: "#0b4f8a"
        readonly property color primaryText: "#ffffff"
        readonly property color secondary: "#e2ddd2"
        readonly property color secondaryText: "#1a1a1a"
        readonly property color yes: "#1b5e20"
        readonly property color no: "#8e1b1b"
        readonly property color answerText: "#ffffff"
        readonly property color disabled: "#d6d2c8"
        readonly property color disabledText: "#3d3d3d"
        readonly property color focus: "#c25e00"
        readonly property color error: "#a00000"
    }
    readonly property QtObject highContrastPalette: QtObject {
        readonly property color background: "#000000"
        readonly property color surface: "#000000"
        readonly property color text: "#ffffff"
        readonly property color mutedText: "#f0f0f0"
        readonly property color primary: "#ffff00"
        readonly property color primaryText: "#000000"
        readonly property color secondary: "#ffffff"
        readonly property color secondaryText: "#000000"
        readonly property color yes: "#00ff66"
        readonly property color no: "#ffb3b3"
        readonly property color answerText: "#000000"
        readonly property color disabled: "#333333"
        readonly property color disabledText: "#ffffff"
        readonly property color focus: "#00ffff"
        readonly property color error: "#ff8080"
    }
    readonly property QtObject palette: highContrast ? highContrastPalette : normalPalette

    // Text: default body 32 px, questions 40 px, then × 1.25 and × 1.5.
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int bodySize: Math.round(32 * scale)
    readonly property int questionSize: Math.round(40 * scale)
    readonly property int titleSize: Math.round(52 * scale)
    readonly property int hugeSize: Math.round(96 * scale)

    // Geometry: touch targets at least 120 × 120 px.
    readonly property int touchTarget: 120
    readonly property int answerButtonHeight: 160
    readonly property int spacing: 16
    readonly property int margin: 24
    readonly property int radius: 16
    readonly property int borderWidth: 3
    readonly property int focusRingWidth: 6
    readonly property int cornerHotspot: 120
    readonly property int maxContentWidth: 1200
}
