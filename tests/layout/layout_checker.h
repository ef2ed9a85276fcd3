// LayoutChecker: walks the visible Qt Quick item tree of a window and reports what a person
// would not fully see or could not reach: a text or control (partly) outside the window or cut by
// a clipping container, a text larger than its own box or elided, a label spilling out of its
// button, two controls or texts on top of each other, and an area that scrolls without a visible
// scroll bar or shows less than a quarter of the window. Everything comes from item geometry (scene rectangles, Text content sizes,
// Flickable content and viewport sizes), never from pixels, so a test can run it on every screen
// of a tour at every size. A Flickable that scrolls (with a visible bar) may hide content beyond
// its viewport in the direction it scrolls; nothing else may. Items hidden under a later opaque
// Rectangle (a full-screen prompt over a page) are not checked. Only public API is used: items
// are recognised by their meta-object class names (QQuickText, QQuickAbstractButton, ...).
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QQuickItem;

namespace nok::test {

struct LayoutProblem {
    // "outside-window", "clipped", "text-overflow", "elided", "spills-out", "overlap",
    // "scroll-without-bar", "scroll-too-small", "field-overflow"
    QString kind;
    QString what;   // the item(s), as class, objectName and text
    QString detail; // the rectangles or sizes that disagree
    [[nodiscard]] QString describe() const;
};

class LayoutChecker {
public:
    // `root`: the window's root item; `area`: the window in scene coordinates.
    LayoutChecker(QQuickItem* root, const QRectF& area);
    ~LayoutChecker();
    LayoutChecker(const LayoutChecker&) = delete;
    LayoutChecker& operator=(const LayoutChecker&) = delete;

    [[nodiscard]] const QList<LayoutProblem>& problems() const;
    // The scrolling areas on this screen (each with a visible bar, or it is also a problem).
    [[nodiscard]] const QStringList& scrollingAreas() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// "BigButton#startButton «Начать опрос»": how problems name an item.
[[nodiscard]] QString describeItem(const QQuickItem* item);

} // namespace nok::test
