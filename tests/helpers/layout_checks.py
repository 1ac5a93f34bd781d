"""What the layout walk looks for on a screen: cut text, overlaps, the pressure out of view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QWidget


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
