"""The Details charts' two mark lanes (warning signs, "stopped: it hurt") at long ranges.

When one mark per session would no longer fit side by side in the view, the marks are
counted per bucket with core/history's bucketing, as the overview does: one symbol per
week, month, quarter or year, and its number beside it when it stands for more than one.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.ui.history.text import local_date_text

SYMBOL_PX = 22  # the marks' size in the charts (chart_base._add_markers)
KEYS = ("warned", "hurt")


def unit_for(first: date, last: date, width_px: float, font: QFont) -> str:
    """"session" while one mark per session fits side by side, else the bucket to count by."""
    room = SYMBOL_PX + QFontMetrics(font).horizontalAdvance("88") + 8
    days = (last - first).days + 1
    if width_px / days >= room:
        return "session"
    return hist.mark_unit(first, last, width_px, room)


def describe(key: str, grouped: hist.Buckets, i: int) -> str:
    """What one counted mark stands for, in words, with its first and last day."""
    n = int((grouped.warned if key == "warned" else grouped.hurt)[i])
    first = local_date_text(float(grouped.t0[i]), "d MMM yyyy")
    last = local_date_text(float(grouped.t1[i]) - 12 * 3600, "d MMM yyyy")
    # spelled out in full each time, as lupdate finds its texts only that way
    if key == "warned":
        text = QCoreApplication.translate(
            "MarkLanes", "{n} sessions with warning signs before the session")
    else:
        text = QCoreApplication.translate("MarkLanes", "{n} sessions stopped: it hurt")
    return QCoreApplication.translate("MarkLanes", "{first} – {last}: {what}").format(
        first=first, last=last, what=text.format(n=n))


def labels(plot: pg.PlotItem, xs: np.ndarray, ys: np.ndarray, counts: np.ndarray,
           colour: str, font: QFont) -> list[pg.TextItem]:
    """A number beside each mark that stands for more than one session."""
    out = []
    for x, y, n in zip(xs, ys, counts, strict=True):
        if n <= 1:
            continue
        label = pg.TextItem(str(int(n)), color=colour, anchor=(0, 0.5))
        bold = QFont(font)
        bold.setBold(True)
        label.setFont(bold)
        label.setPos(float(x), float(y))
        plot.addItem(label, ignoreBounds=True)
        out.append(label)
    return out


def place(labels_: list[pg.TextItem], px_per_s: float) -> None:
    """Keep each number just right of its mark whatever the zoom (positions are in seconds)."""
    shift = (SYMBOL_PX / 2 + 2) / px_per_s if px_per_s > 0 else 0.0
    for label in labels_:
        x = getattr(label, "mark_x", None)
        if x is None:
            label.mark_x = x = label.pos().x()
        label.setPos(x + shift, label.pos().y())
