"""The report's charts as images, painted by the shared chart code (neurofoot_desktop.charts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from neurofoot_desktop.charts import canvas, shares, steps, trend
from neurofoot_desktop.core.history import HistoryData

WIDTH = 660  # logical pixels (96 per inch; A4 text is about 673 wide); painted at SCALE
SCALE = 3
PaintFn = Callable[[QPainter, QRectF], None]


def image(height: int, paint: PaintFn) -> QImage:
    out = QImage(WIDTH * SCALE, height * SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(QColor("white"))
    p = QPainter(out)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(SCALE, SCALE)
        font = QFont()
        font.setPointSizeF(7.5)
        p.setFont(font)
        paint(p, QRectF(0, 0, WIDTH, height))
    finally:
        p.end()
    return out


def trend_image(data: HistoryData, first: date, last: date, tz: tzinfo | None) -> QImage:
    return image(200, lambda p, r: trend.paint(p, r, data, first, last, canvas.PRINT, tz))


def steps_image(data: HistoryData, first: date, last: date, titles: list[str],
                tz: tzinfo | None) -> QImage:
    return image(120, lambda p, r: steps.paint(p, r, data, first, last, titles, canvas.PRINT,
                                               tz))


def touch_image(data: HistoryData, first: date, last: date, feet: list[str],
                legend: list[str], tz: tzinfo | None) -> QImage:
    def paint(p: QPainter, r: QRectF) -> None:
        h = shares.legend(p, r, list(zip(canvas.PRINT.levels, legend, strict=True)),
                          canvas.PRINT)
        shares.paint_touch(p, r.adjusted(0, h + 6, 0, 0), data, first, last, feet,
                           canvas.PRINT, tz)

    return image(130, paint)
