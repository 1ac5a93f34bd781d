"""The two marks used on screen and in the report: warning signs, and "It hurts — stop".

Shapes, not only colours: a triangle with an exclamation mark, and an octagon (a
stop sign) with a bar. Paths are in a unit box centred on (0, 0), y down.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath


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
