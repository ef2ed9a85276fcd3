#include "layout_checker.h"

#include <QColor>
#include <QQuickItem>
#include <QRegularExpression>

#include <algorithm>

namespace nok::test {

namespace {

// Layouts round to whole pixels and text metrics to fractions of one: less than this is no fault.
constexpr qreal kTolerance = 1.5;

bool is(const QObject* o, const char* className) { return o->inherits(className); }
qreal real(const QObject* o, const char* name) { return o->property(name).toReal(); }

QString rectText(const QRectF& r) {
    return QStringLiteral("(%1,%2 %3×%4)")
        .arg(qRound(r.x()))
        .arg(qRound(r.y()))
        .arg(qRound(r.width()))
        .arg(qRound(r.height()));
}

bool isAncestor(const QQuickItem* ancestor, const QQuickItem* item) {
    for (const QQuickItem* p = item ? item->parentItem() : nullptr; p; p = p->parentItem())
        if (p == ancestor) return true;
    return false;
}

bool within(const QRectF& inner, const QRectF& outer) {
    return inner.left() >= outer.left() - kTolerance && inner.right() <= outer.right() + kTolerance &&
           inner.top() >= outer.top() - kTolerance && inner.bottom() <= outer.bottom() + kTolerance;
}

QRectF sceneBox(const QQuickItem* item) {
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// Where a Text's glyphs are, in its own coordinates: its content size placed by its alignment
// inside its padded box (so a centred text wider than its box overflows on both sides).
QRectF glyphRect(const QQuickItem* t) {
    const qreal cw = real(t, "contentWidth");
    const qreal ch = real(t, "contentHeight");
    const qreal left = real(t, "leftPadding");
    const qreal top = real(t, "topPadding");
    const qreal aw = t->width() - left - real(t, "rightPadding");
    const qreal ah = t->height() - top - real(t, "bottomPadding");
    const int h = t->property("effectiveHorizontalAlignment").toInt();
    const int v = t->property("verticalAlignment").toInt();
    qreal x = left;
    qreal y = top;
    if (h & Qt::AlignRight)
        x += aw - cw;
    else if (h & Qt::AlignHCenter)
        x += (aw - cw) / 2;
    if (v & Qt::AlignBottom)
        y += ah - ch;
    else if (v & Qt::AlignVCenter)
        y += (ah - ch) / 2;
    return QRectF(x, y, cw, ch);
}

// Whether a person can scroll this Flickable in that direction (content larger than the view).
bool scrolls(const QQuickItem* f, bool vertical) {
    if (!f->property("interactive").toBool()) return false;
    const qreal content = real(f, vertical ? "contentHeight" : "contentWidth");
    if (content <= (vertical ? f->height() : f->width()) + kTolerance) return false;
    const int direction = f->property("flickableDirection").toInt(); // 1 horizontal, 2 vertical
    return vertical ? direction != 1 : direction != 2;
}

qreal effectiveOpacity(const QQuickItem* item) {
    qreal o = 1.0;
    for (const QQuickItem* p = item; p; p = p->parentItem()) o *= p->opacity();
    return o;
}

// A scroll bar a person can see: shown, its handle not faded out, and something to scroll.
bool barShows(const QQuickItem* bar) {
    if (!bar->isVisible() || effectiveOpacity(bar) < 0.1) return false;
    const auto* handle = bar->property("contentItem").value<QQuickItem*>();
    return handle && handle->isVisible() && handle->opacity() >= 0.1 && real(bar, "size") < 1.0;
}

bool hasVisibleBar(const QQuickItem* flickable, bool vertical) {
    QList<QQuickItem*> candidates = flickable->childItems();
    if (flickable->parentItem() && is(flickable->parentItem(), "QQuickScrollView"))
        candidates += flickable->parentItem()->childItems();
    const int orientation = vertical ? Qt::Vertical : Qt::Horizontal;
    return std::any_of(candidates.begin(), candidates.end(), [&](const QQuickItem* c) {
        return is(c, "QQuickScrollBar") && c->property("orientation").toInt() == orientation &&
               barShows(c);
    });
}

struct Clip {
    const QQuickItem* item;
    QRectF rect; // scene
    bool scrollsV = false;
    bool scrollsH = false;
};

enum class Kind { Text, Button, Field, Image, ScrollBar, Flickable };

struct Element {
    const QQuickItem* item;
    Kind kind;
    const QQuickItem* owner; // the button or field a text or image belongs to, or null
    QRectF rect;             // scene: a text's glyphs, else the item's box
    QList<Clip> clips;       // clipping ancestors, outermost first
    int paint;               // paint order: later paints over earlier
    QRectF shown;            // what is left on screen after clipping and scrolling
    QString firstCut;        // the first container that cuts it (not by scrolling)
    bool outsideWindow = false;
};

struct Occluder {
    const QQuickItem* item;
    QRectF shown;
    int paint;
};

class Walker {
public:
    explicit Walker(const QRectF& area) : m_area(area) {}

    void walk(QQuickItem* item, const QList<Clip>& clips, const QQuickItem* owner, qreal opacity) {
        if (!item->isVisible()) return;
        opacity *= item->opacity();
        if (opacity < 0.01) return;
        QList<Clip> childClips = clips;
        if (item->clip()) {
            Clip c{item, sceneBox(item)};
            if (is(item, "QQuickFlickable")) {
                c.scrollsV = scrolls(item, true);
                c.scrollsH = scrolls(item, false);
            }
            childClips.append(c);
        }
        QList<QQuickItem*> children = item->childItems();
        std::stable_sort(children.begin(), children.end(),
                         [](const QQuickItem* a, const QQuickItem* b) { return a->z() < b->z(); });
        auto child = children.begin();
        for (; child != children.end() && (*child)->z() < 0; ++child)
            walk(*child, childClips, owner, opacity);
        const QQuickItem* childOwner = owner;
        if (!visit(item, clips, owner, opacity, childOwner)) return;
        for (; child != children.end(); ++child) walk(*child, childClips, childOwner, opacity);
    }

    QList<Element> elements;
    QList<Occluder> occluders;

private:
    // Records the item if it is something a person reads or presses; false: do not descend.
    bool visit(QQuickItem* item, const QList<Clip>& clips, const QQuickItem* owner, qreal opacity,
               const QQuickItem*& childOwner) {
        const int paint = m_paint++;
        const QRectF box = sceneBox(item);
        const auto add = [&](Kind kind, const QQuickItem* by, const QRectF& rect) {
            elements.append({item, kind, by, rect, clips, paint, {}, {}, false});
        };
        if (is(item, "QQuickScrollBar")) {
            if (!owner && barShows(item)) add(Kind::ScrollBar, nullptr, box);
            return false;
        }
        if (is(item, "QQuickFlickable")) add(Kind::Flickable, owner, box);
        if (!owner && is(item, "QQuickAbstractButton")) {
            add(Kind::Button, nullptr, box);
            childOwner = item;
        } else if (!owner && (is(item, "QQuickTextInput") || is(item, "QQuickTextEdit"))) {
            add(Kind::Field, nullptr, box);
            childOwner = item;
        } else if (is(item, "QQuickText")) {
            if (!item->property("text").toString().isEmpty() && real(item, "contentWidth") > 0)
                add(Kind::Text, owner, item->mapRectToScene(glyphRect(item)));
        } else if (is(item, "QQuickImage")) {
            if (item->property("status").toInt() == 1) add(Kind::Image, owner, box);
        } else if (!owner && is(item, "QQuickRectangle") && opacity > 0.99 &&
                   item->property("color").value<QColor>().alpha() == 255) {
            QRectF shown = box & m_area;
            for (const Clip& c : clips) shown &= c.rect;
            occluders.append({item, shown, paint});
        }
        return true;
    }

    QRectF m_area;
    int m_paint = 0;
};

// Follows an element through its clipping containers, innermost first: a scrolling Flickable
// may hide it in the direction it scrolls, any other cut is recorded; then the window.
void place(Element& e, const QRectF& area) {
    QRectF r = e.rect;
    for (auto c = e.clips.crbegin(); c != e.clips.crend(); ++c) {
        const bool cutV = r.top() < c->rect.top() - kTolerance || r.bottom() > c->rect.bottom() + kTolerance;
        const bool cutH = r.left() < c->rect.left() - kTolerance || r.right() > c->rect.right() + kTolerance;
        if (e.firstCut.isEmpty() && ((cutV && !c->scrollsV) || (cutH && !c->scrollsH)))
            e.firstCut = describeItem(c->item) + QLatin1Char(' ') + rectText(c->rect);
        r &= c->rect;
        if (r.isEmpty()) {
            e.shown = {};
            return;
        }
    }
    if (e.firstCut.isEmpty() && !within(r, area)) e.outsideWindow = true;
    e.shown = r & area;
}

bool occluded(const Element& e, const QList<Occluder>& occluders) {
    if (e.shown.isEmpty()) return false;
    return std::any_of(occluders.begin(), occluders.end(), [&](const Occluder& o) {
        return o.paint > e.paint && !isAncestor(o.item, e.item) && o.shown.contains(e.shown);
    });
}

} // namespace

QString LayoutProblem::describe() const {
    return kind + QStringLiteral(": ") + what + QStringLiteral(" — ") + detail;
}

QString describeItem(const QQuickItem* item) {
    if (!item) return QStringLiteral("(none)");
    static const QRegularExpression qmlSuffix(QStringLiteral("_QML(TYPE)?_\\d+$"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString name = QString::fromLatin1(item->metaObject()->className()).remove(qmlSuffix);
    if (name.startsWith(QLatin1String("QQuick"))) name = name.mid(6);
    if (!item->objectName().isEmpty()) name += QLatin1Char('#') + item->objectName();
    QString text = item->property("text").toString().remove(tags).simplified();
    if (text.isEmpty()) text = item->property("placeholderText").toString().simplified();
    if (text.size() > 60) text = text.left(57) + QStringLiteral("…");
    if (!text.isEmpty()) name += QStringLiteral(" «") + text + QStringLiteral("»");
    return name;
}

struct LayoutChecker::State {
    QList<LayoutProblem> problems;
    QStringList scrolling;
};

LayoutChecker::LayoutChecker(QQuickItem* root, const QRectF& area) : m_state(std::make_unique<State>()) {
    Walker walker(area);
    walker.walk(root, {}, nullptr, 1.0);
    QList<Element>& elements = walker.elements;
    for (Element& e : elements) place(e, area);
    elements.erase(std::remove_if(elements.begin(), elements.end(),
                                  [&](const Element& e) { return occluded(e, walker.occluders); }),
                   elements.end());

    auto& problems = m_state->problems;
    const auto report = [&](const char* kind, const QString& what, const QString& detail) {
        problems.append({QString::fromLatin1(kind), what, detail});
    };
    for (const Element& e : elements) {
        const QString what = describeItem(e.item);
        if (e.kind == Kind::Flickable) {
            for (const bool vertical : {true, false}) {
                if (!scrolls(e.item, vertical) || e.shown.isEmpty()) continue;
                m_state->scrolling.append(what);
                // A view a few pixels high "scrolls" but shows nothing: it must show at least a
                // quarter of the window (or all of its content).
                const qreal view = vertical ? e.shown.height() : e.shown.width();
                const qreal content = real(e.item, vertical ? "contentHeight" : "contentWidth");
                const qreal needed = std::min(content, (vertical ? area.height() : area.width()) / 4);
                if (view < needed - kTolerance)
                    report("scroll-too-small", what,
                           QStringLiteral("shows %1 px of %2 px content; at least %3 px needed")
                               .arg(qRound(view)).arg(qRound(content)).arg(qRound(needed)));
                if (!hasVisibleBar(e.item, vertical))
                    report("scroll-without-bar", what,
                           QStringLiteral("content %1 px in a %2 px view and no visible %3 scroll bar")
                               .arg(qRound(real(e.item, vertical ? "contentHeight" : "contentWidth")))
                               .arg(qRound(vertical ? e.item->height() : e.item->width()))
                               .arg(vertical ? QStringLiteral("vertical") : QStringLiteral("horizontal")));
            }
            continue;
        }
        if (e.kind == Kind::Text) {
            const QRectF own = sceneBox(e.item);
            if (e.item->property("truncated").toBool())
                report("elided", what, QStringLiteral("the text is cut short (elide or line limit)"));
            if (e.owner && !within(e.rect, sceneBox(e.owner)))
                report("spills-out", what + QStringLiteral(" in ") + describeItem(e.owner),
                       QStringLiteral("text %1 outside %2").arg(rectText(e.rect), rectText(sceneBox(e.owner))));
            else if (!e.owner && !within(e.rect, own))
                report("text-overflow", what,
                       QStringLiteral("text %1 larger than its box %2").arg(rectText(e.rect), rectText(own)));
        }
        if (e.kind == Kind::Field && is(e.item, "QQuickTextEdit") &&
            real(e.item, "contentHeight") > e.item->height() - real(e.item, "topPadding") -
                                                real(e.item, "bottomPadding") + kTolerance)
            report("field-overflow", what,
                   QStringLiteral("text %1 px high in a %2 px field")
                       .arg(qRound(real(e.item, "contentHeight")))
                       .arg(qRound(e.item->height())));
        if (e.owner) continue; // a label or picture inside a control: checked with its control
        if (!e.firstCut.isEmpty())
            report("clipped", what, QStringLiteral("%1 cut by %2").arg(rectText(e.rect), e.firstCut));
        else if (e.outsideWindow)
            report("outside-window", what,
                   QStringLiteral("%1 outside the window %2").arg(rectText(e.rect), rectText(area)));
    }
    // Two things a person reads or presses on top of each other (a scrolling area is a frame,
    // not a thing: what is inside it is checked instead).
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Element& a = elements[i];
        if (a.owner || a.shown.isEmpty() || a.kind == Kind::Flickable) continue;
        for (qsizetype j = i + 1; j < elements.size(); ++j) {
            const Element& b = elements[j];
            if (b.owner || b.shown.isEmpty() || b.kind == Kind::Flickable) continue;
            if (isAncestor(a.item, b.item) || isAncestor(b.item, a.item)) continue;
            const QRectF both = a.shown & b.shown;
            if (both.width() > kTolerance && both.height() > kTolerance)
                report("overlap", describeItem(a.item) + QStringLiteral(" and ") + describeItem(b.item),
                       QStringLiteral("%1 and %2 share %3")
                           .arg(rectText(a.shown), rectText(b.shown), rectText(both)));
        }
    }
}

LayoutChecker::~LayoutChecker() = default;

const QList<LayoutProblem>& LayoutChecker::problems() const { return m_state->problems; }
const QStringList& LayoutChecker::scrollingAreas() const { return m_state->scrolling; }

} // namespace nok::test
