"""The two marks used across the History view: warning signs, and "It hurts — stop".

Shapes, not only colours: a triangle with an exclamation mark, and an octagon
(a stop sign) with a bar. Paths are in a unit box centred on (0, 0), y down, as
pyqtgraph expects for custom scatter symbols; icons are drawn from the same paths.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from neurofoot_desktop.charts import marks

# The marks' shapes are the charts' own, so the screen, the list and the PDF agree.
WARNING, STOP = marks.WARNING, marks.STOP


def icon(paths: list[tuple[QPainterPath, str]], size: int, edge: str) -> QIcon:
    """One or more marks side by side, each filled with its colour, as an icon."""
    ratio = 2.0
    pixmap = QPixmap(int(size * len(paths) * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, (path, fill) in enumerate(paths):
        p.save()
        p.translate(size * (i + 0.5), size / 2)
        p.scale(size * 0.9, size * 0.9)
        p.setPen(QPen(QColor(edge), 1.0 / size))
        p.setBrush(QColor(fill))
        p.drawPath(path)
        p.restore()
    p.end()
    return QIcon(pixmap)
