"""Sessions per week against the plan (issue 20), on the same time axis as the comfort trend.

Each week: a filled bar for the sessions held, a dashed outline for the sessions planned, and
the planned ones the safety questions held back stacked above in a soft hatch and counted
apart. Calm by design: no streaks, no red, nothing marks a week as failed. The numbers are
core.reminders.weekly(); the left margin is the trend's, so the weeks line up under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from neurofoot_desktop.charts.canvas import Canvas, Palette
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.reminders import Adherence

LEGEND = 26.0

Week = tuple[date, date, Adherence]


def held(a: Adherence) -> int:
    return a.done + a.extra


def legend_words() -> tuple[str, str, str]:
    return (QCoreApplication.translate("Adherence", "sessions held"),
            QCoreApplication.translate("Adherence", "planned"),
            QCoreApplication.translate("Adherence", "held back for safety"))


def paint(p: QPainter, rect: QRectF, weeks: Sequence[Week], first: date, last: date,
          palette: Palette, tz: tzinfo | None = None) -> None:
    metrics = p.fontMetrics()
    top = max([held(a) for _s, _e, a in weeks] + [a.planned + a.blocked for _s, _e, a in weeks]
              + [2])
    # The trend's left margin ("10" plus its gap): the same days at the same x.
    canvas = Canvas(p, rect, first, last, palette, tz, left=metrics.horizontalAdvance("10") + 14,
                    top=LEGEND + 6, bottom=metrics.height() + 10)
    step = max(1, (top + 3) // 4)
    canvas.grid(range(0, top + 1, step), 0, top)
    canvas.time_axis()
    done_colour, plan_colour = QColor(palette.series[0]), QColor(palette.text)
    safety = QColor(palette.series[4])
    for start, end, a in weeks:
        x0 = canvas.x(hist.day_start(start, tz))
        x1 = canvas.x(hist.day_start(end + timedelta(days=1), tz))
        gap = min(4.0, (x1 - x0) * 0.15)
        left, width = x0 + gap, max(1.0, x1 - x0 - 2 * gap)
        base = canvas.y(0, 0, top)
        if held(a):
            y = canvas.y(held(a), 0, top)
            p.setPen(QPen(done_colour.darker(115), 0.8))
            p.setBrush(done_colour)
            p.drawRect(QRectF(left, y, width, base - y))
        if a.blocked:
            y0, y1 = canvas.y(a.planned, 0, top), canvas.y(a.planned + a.blocked, 0, top)
            p.setPen(QPen(safety, 0.8))
            p.setBrush(QBrush(safety, Qt.BrushStyle.BDiagPattern))
            p.drawRect(QRectF(left, y1, width, y0 - y1))
        if a.planned:
            y = canvas.y(a.planned, 0, top)
            pen = QPen(plan_colour, 1.6, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(left, y, width, base - y))
    _legend(p, QRectF(canvas.plot.left(), rect.top(), canvas.plot.width(), LEGEND),
            done_colour, plan_colour, safety, palette)


def _legend(p: QPainter, rect: QRectF, done: QColor, plan: QColor, safety: QColor,
            palette: Palette) -> None:
    x = rect.left()
    cy = rect.center().y()
    metrics = p.fontMetrics()
    swatches = ((QPen(done.darker(115), 0.8), QBrush(done)),
                (QPen(plan, 1.6, Qt.PenStyle.DashLine), QBrush(Qt.BrushStyle.NoBrush)),
                (QPen(safety, 0.8), QBrush(safety, Qt.BrushStyle.BDiagPattern)))
    for (pen, brush), words in zip(swatches, legend_words(), strict=True):
        p.setPen(pen)
        p.setBrush(brush)
        p.drawRect(QRectF(x, cy - 7, 16, 14))
        p.setPen(QColor(palette.text))
        p.drawText(QPointF(x + 22, cy + metrics.ascent() / 2 - 1), words)
        x += 22 + metrics.horizontalAdvance(words) + 24
