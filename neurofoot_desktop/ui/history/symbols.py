"""The two marks used across the History view: warning signs, and "It hurts — stop".

Shapes, not only colours: a triangle with an exclamation mark, and an octagon
(a stop sign) with a bar. Paths are in a unit box centred on (0, 0), y down, as
pyqtgraph expects for custom scatter symbols; icons are drawn from the same paths.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def warning_path() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(0, -0.55)
    path.lineTo(0.55, 0.45)
    path.lineTo(-0.55, 0.45)
    path.closeSubpath()
    path.addRect(QRectF(-0.07, -0.2, 0.14, 0.38))
    path.addEllipse(QPointF(0, 0.3), 0.075, 0.075)
    return path


def stop_path() -> QPainterPath:
    path = QPainterPath()
    for i in range(8):
        angle = math.pi / 8 + i * math.pi / 4
        point = QPointF(0.52 * math.cos(angle), 0.52 * math.sin(angle))
        if i:
            path.lineTo(point)
        else:
            path.moveTo(point)
    path.closeSubpath()
    path.addRect(QRectF(-0.32, -0.08, 0.64, 0.16))
    return path


WARNING = warning_path()
STOP = stop_path()


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
