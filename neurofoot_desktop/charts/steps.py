"""Per-step detail as small multiples: one small chart per step, all on the same 0..10 scale."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from neurofoot_desktop.charts.canvas import Canvas, Palette
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.protocol import STEP_IDS


def paint(p: QPainter, rect: QRectF, data: hist.HistoryData, first: date, last: date,
          titles: Sequence[str], palette: Palette, tz: tzinfo | None = None,
          columns: int = 5) -> None:
    """A grid of small charts (columns wide): each step's mean comfort per bucket."""
    t0, t1 = hist.span_seconds(first, last, tz)
    part = data.between(t0, t1)
    grouped = hist.buckets(part, hist.bucket_unit(first, last), tz)
    rows = -(-len(STEP_IDS) // columns)
    w, h = rect.width() / columns, rect.height() / rows
    metrics = p.fontMetrics()
    for i in range(len(STEP_IDS)):
        cell = QRectF(rect.left() + (i % columns) * w, rect.top() + (i // columns) * h, w, h)
        p.setPen(QColor(palette.text))
        title = metrics.elidedText(titles[i], Qt.TextElideMode.ElideRight, int(w - 8))
        p.drawText(QRectF(cell.left() + 4, cell.top(), w - 8, metrics.height()),
                   int(Qt.AlignmentFlag.AlignLeft), title)
        inner = cell.adjusted(0, metrics.height() + 2, -8, 0)
        canvas = Canvas(p, inner, first, last, palette, tz,
                        left=metrics.horizontalAdvance("10") + 8 if i % columns == 0 else 8,
                        top=4, bottom=metrics.height() + 8, right=2)
        canvas.grid((0, 5, 10), 0, 10, None if i % columns == 0 else ("", "", ""))
        canvas.time_axis()
        values = grouped.step_comfort[:, i]
        have = ~np.isnan(values)
        xs, ys = grouped.mid[have], values[have]
        colour = QColor(palette.series[i % len(palette.series)])
        if len(xs) > 1:
            path = QPainterPath(QPointF(canvas.x(xs[0]), canvas.y(ys[0], 0, 10)))
            for x, v in zip(xs[1:], ys[1:], strict=True):
                path.lineTo(canvas.x(x), canvas.y(v, 0, 10))
            p.strokePath(path, QPen(colour, 1.8))
        if len(xs) <= 60:
            p.setPen(QPen(colour.darker(130), 0.5))
            p.setBrush(colour)
            for x, v in zip(xs, ys, strict=True):
                p.drawEllipse(QPointF(canvas.x(x), canvas.y(v, 0, 10)), 2.2, 2.2)
