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

    // The window the kiosk fills (Main.qml keeps it current). A small panel (7", 800 × 480) has
    // denser pixels than a 10" 1280 × 800 one, so every size there is scaled by `fit` (never below
    // 0.8): the same physical size, and the largest text still fits the screen it is on.
    property size window: Qt.size(1280, 800)
    readonly property real fit: Math.max(0.8, Math.min(1.0, window.width / 1280, window.height / 800))

    // Text: default body 32 px, questions 40 px, then × 1.25 and × 1.5.
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int bodySize: Math.round(32 * scale * fit)
    readonly property int questionSize: Math.round(40 * scale * fit)
    readonly property int titleSize: Math.round(52 * scale * fit)
    readonly property int hugeSize: Math.round(96 * scale * fit)
    // The accessibility bar keeps one size whatever text size is chosen: its buttons stay where
    // they are, so pressing «Шрифт» again hits the same button.
    readonly property int barFontSize: Math.round(32 * fit)
    readonly property int smallSize: Math.round(24 * scale * fit)

    // Geometry: touch targets at least 120 × 120 px (96 px on a small panel).
    readonly property int touchTarget: Math.round(120 * fit)
    // The frame around the text shrinks faster than the text on a small panel (fit²): the room
    // goes to the question.
    readonly property int answerButtonHeight: Math.round(160 * fit * fit)
    readonly property int spacing: Math.round(16 * fit)
    readonly property int margin: Math.round(24 * fit * fit)
    readonly property int radius: 16
    readonly property int borderWidth: 3
    readonly property int focusRingWidth: 6
    readonly property int cornerHotspot: 120
    readonly property int maxContentWidth: 1200
    // A scroll bar wide enough to see and to drag, in the text colour.
    readonly property int scrollBarWidth: Math.round(24 * fit)
}
