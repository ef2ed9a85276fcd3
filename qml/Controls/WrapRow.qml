// WrapRow: controls side by side while they fit the width, one under the other when they do not
// (a larger text size, a narrow screen, a long name): the row grows with the text instead of
// pushing a control off the screen. Children use Layout.* as in a RowLayout; a spacer
// (`Item { Layout.fillWidth: true }`) keeps its place in the row and vanishes in the column.
import QtQuick
import QtQuick.Layouts
import Nok.Kiosk

GridLayout {
    id: root

    // Each shown child's natural width plus the gaps: whether they fit side by side. A child with
    // a `rowWidthHint` (a text field, a label that may wrap) counts with that instead.
    readonly property bool sideBySide: oneRowWidth <= width
    readonly property real oneRowWidth: {
        let needed = 0
        let shown = 0
        for (let i = 0; i < children.length; ++i) {
            const c = children[i]
            // A hidden row (its page hidden under an overlay) counts all, so it is right when shown.
            if (!c.visible && root.visible)
                continue
            needed += c.rowWidthHint !== undefined ? c.rowWidthHint : c.implicitWidth
            shown += 1
        }
        return needed + Math.max(0, shown - 1) * columnSpacing
    }

    columns: sideBySide ? Math.max(1, children.length) : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing
}
