"""Light touch per foot and pressure as shares per day, week or month (stacked bars), so a long
range reads as proportions rather than thousands of segments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from neurofoot_desktop.charts.canvas import Canvas, Palette
from neurofoot_desktop.core import history as hist


def _bars(p: QPainter, canvas: Canvas, grouped: hist.Buckets, shares: np.ndarray,
          colours: Sequence[str], top: float, height: float) -> None:
    """shares (k, levels) stacked from the bottom in [top, top + height]."""
    for i in range(len(grouped)):
        x0, x1 = canvas.x(float(grouped.t0[i])), canvas.x(float(grouped.t1[i]))
        width = max(1.0, (x1 - x0) * 0.86)
        left = (x0 + x1 - width) / 2
        y = top + height
        for level, colour in enumerate(colours):
            h = height * float(shares[i, level])
            if h > 0:
                p.fillRect(QRectF(left, y - h, width, h), QColor(colour))
                y -= h


def paint_touch(p: QPainter, rect: QRectF, data: hist.HistoryData, first: date, last: date,
                foot_names: Sequence[str], palette: Palette, tz: tzinfo | None = None) -> None:
    """Two rows, left foot above right: the share of reduced / normal / heightened checks."""
    t0, t1 = hist.span_seconds(first, last, tz)
    grouped = hist.buckets(data.between(t0, t1), hist.bucket_unit(first, last), tz)
    metrics = p.fontMetrics()
    left = max(metrics.horizontalAdvance(n) for n in foot_names) + 12
    canvas = Canvas(p, rect, first, last, palette, tz, left=left, top=4,
                    bottom=metrics.height() + 10)
    canvas.time_axis()
    shares = grouped.touch_shares()
    gap = 8.0
    row_h = (canvas.plot.height() - gap) / 2
    for f, name in enumerate(foot_names):
        top = canvas.plot.top() + f * (row_h + gap)
        p.fillRect(QRectF(canvas.plot.left(), top, canvas.plot.width(), row_h),
                   QColor(palette.grid).lighter(108))
        p.setPen(QColor(palette.text))
        p.drawText(QRectF(rect.left(), top, left - 8, row_h),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name)
        _bars(p, canvas, grouped, shares[:, f, :], palette.levels, top, row_h)


def paint_pressure(p: QPainter, rect: QRectF, data: hist.HistoryData, first: date, last: date,
                   palette: Palette, tz: tzinfo | None = None) -> None:
    """The share of step results done at each pressure level (light at the bottom)."""
    t0, t1 = hist.span_seconds(first, last, tz)
    grouped = hist.buckets(data.between(t0, t1), hist.bucket_unit(first, last), tz)
    metrics = p.fontMetrics()
    canvas = Canvas(p, rect, first, last, palette, tz,
                    left=metrics.horizontalAdvance("100 %") + 12, top=4,
                    bottom=metrics.height() + 10)
    canvas.grid((0, 0.5, 1.0), 0, 1, ("0 %", "50 %", "100 %"))
    canvas.time_axis()
    _bars(p, canvas, grouped, grouped.pressure_shares(), palette.pressure, canvas.plot.top(),
          canvas.plot.height())
    p.setPen(QPen(QColor(palette.muted), 0.8))


def legend(p: QPainter, rect: QRectF, items: Sequence[tuple[str, str]], palette: Palette) -> float:
    """Colour boxes and words on one or more lines from rect's top-left; returns the height."""
    metrics = p.fontMetrics()
    box = metrics.height() * 0.7
    x, y = rect.left(), rect.top()
    for colour, label in items:
        width = box + 6 + metrics.horizontalAdvance(label) + 16
        if x + width > rect.right() and x > rect.left():
            x, y = rect.left(), y + metrics.height() + 4
        p.setPen(QPen(QColor(palette.muted), 0.5))
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(x, y + (metrics.height() - box) / 2, box, box))
        p.setPen(QColor(palette.text))
        p.drawText(QPointF(x + box + 6, y + metrics.ascent()), label)
        x += width
    return y + metrics.height() - rect.top()

