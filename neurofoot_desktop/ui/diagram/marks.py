"""Drawing primitives shared by the still painter and the moving overlay: colours derived
from the theme, arrowheads, chevrons, the soft fingertip markers and their fading trails."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

from neurofoot_desktop.ui.diagram import artwork as art
from neurofoot_desktop.ui.diagram import motion as fm
from neurofoot_desktop.ui.theme import Theme


def lit(th: Theme, amount: float) -> QColor:
    """Skin in a brighter light: how worked areas are shown. A translucent colour over skin
    reads as a bruise, and mixing with the (dark) surface would too in the dark theme."""
    return mix(QColor(th.skin), QColor("#ffffff"), amount)


def vivid(c: QColor) -> QColor:
    """The accent, a little more saturated: translucent over skin it would turn grey."""
    h, s, v, _a = c.getHsvF()
    return QColor.fromHsvF(max(0.0, h), min(1.0, s * 1.35), v)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def with_alpha(colour: QColor | str, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def arrow_head(
    p: QPainter | art.MappedPainter, tip: QPointF, heading: float, size: float, colour: QColor
) -> None:
    """A filled arrowhead pointing along `heading` (radians) with its point at `tip`."""
    back = heading + math.pi
    left = QPointF(tip.x() + size * math.cos(back - 0.5), tip.y() + size * math.sin(back - 0.5))
    right = QPointF(tip.x() + size * math.cos(back + 0.5), tip.y() + size * math.sin(back + 0.5))
    path = QPainterPath(tip)
    path.lineTo(left)
    path.lineTo(right)
    path.closeSubpath()
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPath(path)
    p.restore()


def paint_marker(p: art.MappedPainter, m: fm.Marker, colour: QColor, alpha: float) -> None:
    """A soft translucent fingertip: bigger and more opaque the firmer the pressure."""
    if m.visible <= 0.01:
        return
    a = alpha * m.visible
    p.save()
    p.translate(m.at[0], m.at[1])
    p.rotate(math.degrees(m.heading) + 90)  # the oval's length runs along the motion
    w, h = m.width, m.length
    # One gradient does both the soft glow and the fingertip, drawn in a unit circle that is
    # then stretched to the oval; a thin rim marks the edge.
    p.save()
    p.scale_by(w, h)
    # A pale centre (blue alone over skin turns grey) deepening to the rim.
    pale = mix(colour, QColor("#ffffff"), 0.55)
    grad = QRadialGradient(QPointF(0, 0), 0.75)
    grad.setColorAt(0.0, with_alpha(pale, min(1.0, a + 0.15)))
    grad.setColorAt(0.64, with_alpha(colour, a * 0.85))
    grad.setColorAt(0.7, with_alpha(colour, a * 0.35))
    grad.setColorAt(1.0, with_alpha(colour, 0.0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawEllipse(QRectF(-0.75, -0.75, 1.5, 1.5))
    p.restore()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(with_alpha(colour, min(1.0, a + 0.3)), 0.004))
    p.drawEllipse(QRectF(-w / 2, -h / 2, w, h))
    p.restore()


def paint_trail(
    p: art.MappedPainter, m: fm.Marker, trail: tuple[tuple[tuple[float, float], float], ...],
    colour: QColor, alpha: float,
) -> None:
    """A fading ribbon behind the marker, so the direction reads even in a still frame.

    One stroked path with a gradient pen: overlapping segments would stack their alpha into
    beads.
    """
    if len(trail) < 2:
        return
    path = QPainterPath(QPointF(*m.at))
    for pt, _a in trail:
        path.lineTo(QPointF(*pt))
    end = trail[-1][0]
    grad = QLinearGradient(QPointF(*m.at), QPointF(*end))
    grad.setColorAt(0.0, with_alpha(colour, alpha * 0.75 * m.visible))
    grad.setColorAt(1.0, with_alpha(colour, 0.0))
    pen = QPen(QBrush(grad), m.width * 0.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)


def centre(path: QPainterPath) -> tuple[float, float]:
    c = path.boundingRect().center()
    return (c.x(), c.y())


def chevron(p: art.MappedPainter, at: tuple[float, float], heading: float, size: float,
             colour: QColor) -> None:
    pen = QPen(colour, size * 0.28)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    back = heading + math.pi
    tip = QPointF(at[0] + size * 0.5 * math.cos(heading), at[1] + size * 0.5 * math.sin(heading))
    path = QPainterPath(QPointF(tip.x() + size * math.cos(back - 0.7),
                                tip.y() + size * math.sin(back - 0.7)))
    path.lineTo(tip)
    path.lineTo(QPointF(tip.x() + size * math.cos(back + 0.7),
                        tip.y() + size * math.sin(back + 0.7)))
    p.drawPath(path)


def circle_arrow(p: QPainter, centre: QPointF, r: float, clockwise: bool, colour: QColor,
                  width: float) -> None:
    """A round arrow icon (in pixels): the way the foot turns now."""
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
    start, span = (100, -290) if clockwise else (80, 290)
    p.drawArc(rect, start * 16, span * 16)
    end = math.radians(start + span)
    # tangent of the arc at its end, in screen coordinates (y down)
    sign = -1 if clockwise else 1
    heading = math.atan2(-math.cos(end) * sign, -math.sin(end) * sign)
    size = r * 0.8
    # the head continues the arc: its base sits on the arc's end, its point beyond
    tip = QPointF(centre.x() + r * math.cos(end) + size * 0.85 * math.cos(heading),
                  centre.y() - r * math.sin(end) + size * 0.85 * math.sin(heading))
    arrow_head(p, tip, heading, size, colour)


def fingertip(p: QPainter, tip: QPointF, h: float, colour: QColor, alpha: float) -> None:
    """A fingertip (with its nail) coming in from the upper right, drawn in pixels."""
    length, width = h * 0.14, h * 0.05
    p.save()
    p.translate(tip)
    p.rotate(-40)
    body = QRectF(-width / 2, -length, width, length + width * 0.2)
    p.setPen(QPen(with_alpha(colour, min(1.0, alpha + 0.25)), max(1.5, h * 0.004)))
    p.setBrush(with_alpha(colour, alpha * 0.5))
    p.drawRoundedRect(body, width / 2, width / 2)
    nail = QRectF(-width * 0.3, -width * 0.05 - width * 0.55, width * 0.6, width * 0.62)
    p.setPen(QPen(with_alpha(colour, min(1.0, alpha + 0.1)), max(1.0, h * 0.0025)))
    p.setBrush(with_alpha("#ffffff", 0.35))
    p.drawRoundedRect(nail, width * 0.22, width * 0.22)
    p.restore()
