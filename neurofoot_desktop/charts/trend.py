"""The overall comfort trend: one value per session (or per day, week or month at long
ranges), the smoothed trend with its band, and the flagged sessions counted above it."""

from __future__ import annotations

from datetime import date, tzinfo

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from neurofoot_desktop.charts import marks
from neurofoot_desktop.charts.canvas import Canvas, Palette, counted_mark
from neurofoot_desktop.core import history as hist

POINTS_BELOW = 200  # fewer sessions than this: a dot per session; else one per bucket
ROW = 22.0  # one row of counted marks (warning signs above, "it hurts" stops below) at least


def row_height(p: QPainter) -> float:
    """A row of marks grows with the text, so the marks and their counts keep their
    proportions at 200 % and never run into the next row."""
    return max(ROW, p.fontMetrics().height() * 1.15)


def paint(p: QPainter, rect: QRectF, data: hist.HistoryData, first: date, last: date,
          palette: Palette, tz: tzinfo | None = None) -> None:
    """Comfort 0..10 over [first, last]; data may hold more, only the period is drawn."""
    t0, t1 = hist.span_seconds(first, last, tz)
    part = data.between(t0, t1)
    metrics = p.fontMetrics()
    lane = 2 * row_height(p)  # room above the plot for the counted marks
    canvas = Canvas(p, rect, first, last, palette, tz, left=metrics.horizontalAdvance("10") + 14,
                    top=lane + 4, bottom=metrics.height() + 10)
    canvas.grid(range(0, 11, 2), 0, 10)
    canvas.time_axis()
    p.save()
    p.setClipRect(canvas.plot.adjusted(-6, -lane - 4, 6, 6))
    series = part.overall_series()
    unit = hist.bucket_unit(first, last)
    grouped = hist.buckets(part, unit, tz)
    colour = QColor(palette.series[0])
    band = hist.trend(series, hist.trend_window(t1 - t0))
    if len(band.x) > 1:
        poly = QPolygonF([QPointF(canvas.x(x), canvas.y(v, 0, 10))
                          for x, v in zip(band.x, band.high, strict=True)]
                         + [QPointF(canvas.x(x), canvas.y(v, 0, 10))
                            for x, v in zip(band.x[::-1], band.low[::-1], strict=True)])
        fill = QColor(colour)
        fill.setAlphaF(0.16)
        p.setPen(QPen(QColor(0, 0, 0, 0)))
        p.setBrush(fill)
        p.drawPolygon(poly)
    # the values: every session when few, else one dot per bucket (its mean), smaller
    if len(series) < POINTS_BELOW:
        xs, ys, size = series.x, series.y, 3.2
    else:
        have = ~np.isnan(grouped.comfort)
        xs, ys, size = grouped.mid[have], grouped.comfort[have], 2.4
    dot = QColor(colour).lighter(135) if len(series) >= POINTS_BELOW else QColor(colour)
    p.setPen(QPen(dot.darker(120), 0.6))
    p.setBrush(dot)
    for x, v in zip(xs, ys, strict=True):
        p.drawEllipse(QPointF(canvas.x(x), canvas.y(v, 0, 10)), size, size)
    if len(band.x) > 1:
        path = QPainterPath(QPointF(canvas.x(band.x[0]), canvas.y(band.mean[0], 0, 10)))
        for x, v in zip(band.x[1:], band.mean[1:], strict=True):
            path.lineTo(canvas.x(x), canvas.y(v, 0, 10))
        p.strokePath(path, QPen(colour, 3.0))
    paint_flag_lane(p, canvas, part, palette)
    p.restore()


def paint_flag_lane(p: QPainter, canvas: Canvas, part: hist.HistoryData,
                    palette: Palette) -> None:
    """Warning signs and stops counted per bucket, one mark with its count in each row.

    The bucket grows (week, month, quarter, year) until a mark and a two-digit count
    fit beside the next one, so ten years never stack into a solid band."""
    row = row_height(p)
    size = row * 0.72
    room = size + p.fontMetrics().horizontalAdvance("88") + 8
    unit = hist.mark_unit(canvas.first, canvas.last, canvas.plot.width(), room)
    grouped = hist.buckets(part, unit, canvas.tz)
    top = canvas.plot.top() - 2 * row - 2
    for k, (counts, path, fill) in enumerate(((grouped.warned, marks.WARNING, palette.warning),
                                              (grouped.hurt, marks.STOP, palette.danger))):
        y = top + row * (k + 0.5)
        for i in np.flatnonzero(counts):
            x = canvas.x(float(grouped.mid[i])) - (room - size) / 2  # mark and count centred
            counted_mark(p, path, x, y, size, int(counts[i]), fill, palette.text)
