"""A time axis and a plot area inside a rectangle of any QPainter, in logical pixels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from neurofoot_desktop.core import history as hist


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    muted: str
    grid: str
    series: tuple[str, ...]  # five, told apart by colour-blind people too
    warning: str
    danger: str
    levels: tuple[str, ...]  # light touch: reduced, normal, heightened
    pressure: tuple[str, ...]  # four levels, light to firm


# Okabe-Ito colours: tell apart with most kinds of colour blindness, and in grey print.
PRINT = Palette("#ffffff", "#1a1a1a", "#555555", "#e4e4e4",
                ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"), "#E69F00", "#D55E00",
                ("#56B4E9", "#C8C8C8", "#E69F00"), ("#cfe3f3", "#8dbbe0", "#3f88c5", "#0b4f8a"))


class Canvas:
    """Maps days and values into plot, the rectangle left inside rect for the data."""

    def __init__(self, p: QPainter, rect: QRectF, first: date, last: date, palette: Palette,
                 tz: tzinfo | None = None, left: float = 48, top: float = 8,
                 bottom: float = 24, right: float = 10) -> None:
        self.p, self.rect, self.palette, self.tz = p, rect, palette, tz
        self.first, self.last = first, last
        self.t0, self.t1 = hist.span_seconds(first, last, tz)
        self.plot = QRectF(rect.left() + left, rect.top() + top,
                           max(10.0, rect.width() - left - right),
                           max(10.0, rect.height() - top - bottom))

    def x(self, t: float) -> float:
        span = max(1.0, self.t1 - self.t0)
        return self.plot.left() + self.plot.width() * (t - self.t0) / span

    def y(self, value: float, lo: float, hi: float) -> float:
        return self.plot.bottom() - self.plot.height() * (value - lo) / (hi - lo)

    def grid(self, values: Sequence[float], lo: float, hi: float,
             labels: Sequence[str] | None = None) -> None:
        p = self.p
        for i, v in enumerate(values):
            y = self.y(v, lo, hi)
            p.setPen(QPen(QColor(self.palette.grid), 0.8))
            p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
            p.setPen(QColor(self.palette.text))
            text = labels[i] if labels else f"{v:g}"
            p.drawText(QRectF(self.rect.left(), y - 10, self.plot.left() - self.rect.left() - 6,
                              20), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       text)

    def time_axis(self) -> None:
        p = self.p
        axis = self.plot.bottom()
        p.setPen(QPen(QColor(self.palette.muted), 0.8))
        p.drawLine(QPointF(self.plot.left(), axis), QPointF(self.plot.right(), axis))
        days = (self.last - self.first).days + 1
        fmt = "d MMM" if days <= 120 else ("MMM yyyy" if days <= 1100 else "yyyy")
        locale = QLocale()
        metrics = p.fontMetrics()
        last_right = -1e9
        for tick in ticks(self.first, self.last):
            x = self.x(hist.day_start(tick, self.tz))
            p.setPen(QPen(QColor(self.palette.muted), 0.8))
            p.drawLine(QPointF(x, axis), QPointF(x, axis + 4))
            label = locale.toString(tick, fmt)
            w = metrics.horizontalAdvance(label)
            left = min(max(x - w / 2, self.rect.left()), self.rect.right() - w - 2)
            if left > last_right + 8:  # labels never overlap
                p.setPen(QColor(self.palette.text))
                p.drawText(QPointF(left, axis + 4 + metrics.ascent()), label)
                last_right = left + w


def ticks(first: date, last: date) -> list[date]:
    days = (last - first).days + 1
    if days <= 16:
        step = 1 if days <= 8 else 2
        return [first + timedelta(days=i) for i in range(0, days, step)]
    if days <= 120:
        start = first + timedelta(days=(7 - first.weekday()) % 7)
        step = 7 if days <= 60 else 14
        return [start + timedelta(days=i) for i in range(0, days, step)
                if start + timedelta(days=i) <= last]
    months = 1 if days <= 400 else 3 if days <= 1100 else 12
    out = []
    month = first.replace(day=1)
    if month < first:
        month = hist.add_months(month, 1)
    while month <= last:
        if (month.month - 1) % months == 0:
            out.append(month)
        month = hist.add_months(month, 1)
    return out


def mark(p: QPainter, path: QPainterPath, x: float, y: float, size: float, fill: str,
         edge: str) -> None:
    p.save()
    p.translate(x, y)
    p.scale(size, size)
    p.setPen(QPen(QColor(edge), 1.0 / size))
    p.setBrush(QColor(fill))
    p.drawPath(path)
    p.restore()


def counted_mark(p: QPainter, path: QPainterPath, x: float, y: float, size: float, count: int,
                 fill: str, edge: str) -> None:
    """One mark for a day, week or month, with how many sessions it stands for."""
    mark(p, path, x, y, size, fill, edge)
    if count > 1:
        font = QFont(p.font())
        font.setBold(True)
        p.save()
        p.setFont(font)
        p.setPen(QColor(edge))
        p.drawText(QPointF(x + size * 0.55, y + p.fontMetrics().ascent() * 0.4), str(count))
        p.restore()
