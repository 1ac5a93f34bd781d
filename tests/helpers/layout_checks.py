"""What the layout walk looks for on a screen: cut text (in labels, buttons, table cells and
column titles, list items), overlaps, words pushed past an edge, the pressure out of view."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and check boxes whose words do not fit (and say so nowhere)."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        name = f"{type(w).__name__} {w.objectName() or ''!s}"
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                # heightForWidth takes and gives the whole widget's size, padding and frame
                # included (a warning label's box), not its contentsRect's
                need = w.heightForWidth(w.width())
                if need > w.height() + 2 and not w.toolTip():
                    found.append(f"{name} {w.text()[:40]!r}: needs {need} px high, has "
                                 f"{w.height()}")
            elif _text_width(w, w.text()) > w.contentsRect().width() + 1 and not w.toolTip():
                found.append(f"{name} {w.text()[:40]!r}: needs {_text_width(w, w.text())} px "
                             f"wide, has {w.contentsRect().width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            extra = 28 if isinstance(w, QCheckBox) else 8  # the box, or the frame
            if _text_width(w, text) + extra > w.width():
                found.append(f"{name} {text[:40]!r}: needs {_text_width(w, text) + extra} px "
                             f"wide, has {w.width()}")
    return found


def overlapping(root: QWidget) -> list[str]:
    """Visible words or buttons that cover one another within the same parent."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        kids = [c for c in parent.children() if isinstance(c, QLabel | QAbstractButton)
                and c.isVisible() and c.width() > 0]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                inter = a.geometry().intersected(b.geometry())
                if inter.width() > 2 and inter.height() > 2:
                    found.append(f"{a.objectName() or a.text()[:20]!r} overlaps "
                                 f"{b.objectName() or b.text()[:20]!r}")
    return found


def in_view(widget: QWidget, window: QWidget) -> bool:
    """The whole widget is shown and lies inside the window."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def cut_off(root: QWidget) -> list[str]:
    """Visible words or buttons cut by what holds them: off the side of any parent, or off
    the bottom of one that does not scroll (the part below a scroll area's edge is reached
    by scrolling)."""
    found = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not w.isVisible() or w.width() <= 0 or not _words(w):
            continue
        if isinstance(w.parentWidget(), QAbstractItemView | QHeaderView | QAbstractScrollArea):
            continue  # a view's own corner button, not a word a person reads
        rect = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
        parent = w.parentWidget()
        scrolls = False  # inside a scroll area: what is below its edge is reached by scrolling
        while parent is not None and parent is not root.parentWidget():
            shown = QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
            scrolls = scrolls or isinstance(parent.parentWidget(), QAbstractScrollArea)
            sideways = rect.left() < shown.left() - 2 or rect.right() > shown.right() + 2
            below = rect.top() < shown.top() - 2 or rect.bottom() > shown.bottom() + 2
            if sideways or (below and not scrolls):
                found.append(f"{type(w).__name__} {_words(w)[:40]!r} is cut by "
                             f"{type(parent).__name__} {parent.objectName()!r}: it spans "
                             f"x {rect.left()}-{rect.right()}, y {rect.top()}-{rect.bottom()}; "
                             f"the holder x {shown.left()}-{shown.right()}, "
                             f"y {shown.top()}-{shown.bottom()}")
                break
            if parent is root:
                break
            parent = parent.parentWidget()
    return found


def _words(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
    return text if not (isinstance(w, QLabel) and not w.pixmap().isNull()) else ""


def cells_cut(root: QWidget) -> list[str]:
    """Table cells, column titles and list items whose words do not fit and are elided or
    cut without a tooltip saying them whole."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisible() or view.model() is None:
            continue
        model = view.model()
        name = f"{type(view).__name__} {view.objectName()!r}"
        if isinstance(view, QTableView):
            header = view.horizontalHeader()
            bold = QFont(header.font())
            bold.setWeight(QFont.Weight.DemiBold)  # titles are drawn bold here
            metrics = QFontMetrics(bold)
            for col in range(_columns(model)):
                if view.isColumnHidden(col) or not header.isVisible():
                    continue
                title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                if metrics.horizontalAdvance(title) + 8 > header.sectionSize(col):
                    found.append(f"{name} column title {title!r}: needs "
                                 f"{metrics.horizontalAdvance(title) + 8} px, has "
                                 f"{header.sectionSize(col)}")
        for row in range(model.rowCount()):
            for col in range(_columns(model)):
                index = model.index(row, col)
                text = str(model.data(index) or "")
                if not text or model.data(index, Qt.ItemDataRole.ToolTipRole):
                    continue
                found.extend(f"{name} cell {text[:40]!r}: {p}" for p in _cell_fits(view, index))
    return found


def _columns(model: QAbstractItemModel) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def _cell_fits(view: QAbstractItemView, index: QModelIndex) -> list[str]:
    if isinstance(view, QTableView):
        span = view.columnSpan(index.row(), index.column())
        if span < 1 or view.isRowHidden(index.row()):
            return []
        width = sum(view.columnWidth(c) for c in range(index.column(), index.column() + span))
        height = view.rowHeight(index.row())
        right = view.columnViewportPosition(index.column()) + width
        if (view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and right > view.viewport().width() + 1):
            return [f"runs to {right} px, past the table's edge at {view.viewport().width()}"]
    else:
        rect = view.visualRect(index)
        width, height = view.viewport().width(), rect.height()
    if width <= 0:
        return []
    need = view.sizeHintForIndex(index)
    wraps = isinstance(view, QTableView) and view.wordWrap()
    if not wraps:
        return [f"needs {need.width()} px wide, has {width}"] if need.width() > width + 1 else []
    text = str(index.data() or "")
    metrics = view.fontMetrics()
    pad = max(0, need.width() - metrics.horizontalAdvance(text))
    tall = metrics.boundingRect(QRect(0, 0, max(1, width - pad + 2), 10000),  # 2: rounding
                                int(Qt.TextFlag.TextWordWrap), text).height()
    return [f"needs {tall} px high, has {height}"] if tall > height + 1 else []
