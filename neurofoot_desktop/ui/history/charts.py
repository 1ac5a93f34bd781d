"""The History's detail charts: comfort, pressure, light touch and sessions per week.

Imported only with the History view, so pyqtgraph loads when that page first opens.
The shared machinery (axis, legend, marks, mouse, saving) is in chart_base.py.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.history import BOTH, DAY_S, WEEK_S
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.history.chart_base import (
    FOOT_SYMBOLS,
    STEP_SYMBOLS,
    TREND_POINTS,
    TREND_WINDOW_S,
    Chart,
    _Hit,
    series_colours,
)
from neurofoot_desktop.ui.history.text import local_date_text


class ComfortChart(Chart):
    kind = "comfort"
    y_data = (0.0, 10.0)
    lane_gap = 0.9

    def _build(self) -> None:
        self.lines = [self._line(self.step_title(s), STEP_SYMBOLS[i])
                      for i, s in enumerate(STEP_IDS)]
        self.trends = [self._line("", "", legend=False) for _ in STEP_IDS]
        for trend in self.trends:
            trend.setVisible(False)
        self._add_markers()
        left = self.plot.getAxis("left")
        left.setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
        left.setLabel(self.tr("Comfort (0–10)"))

    def heading(self) -> tuple[str, str]:
        foot = self.tr("average of both feet") if self.foot == BOTH else self.foot_text(self.foot)
        if self.overview:
            foot += self.tr(" · thick lines: 4-week average")
        return self.tr("Comfort after each step — 0 painful, 10 very comfortable"), foot

    def _style_series(self) -> None:
        super()._style_series()
        for i, trend in enumerate(self.trends):
            trend.setPen(pg.mkPen(self.series_colour(i), width=3))

    def _overview_changed(self) -> None:
        self._style_series()
        for trend in self.trends:
            trend.setVisible(self.overview)
        self.title.setText(self.title_text())

    def _fill(self) -> None:
        for item, trend, step_id in zip(self.lines, self.trends, STEP_IDS, strict=True):
            s = self.data.comfort_series(step_id, self.foot)
            item.setData(s.x, s.y)
            every = max(1, len(s.x) // TREND_POINTS)  # a smooth line needs few points
            trend.setData(s.x[::every], hist.rolling_mean(s.x, s.y, TREND_WINDOW_S)[::every])
            self._hits.append(_Hit(item, s.x, s.y, s.rows,
                                   lambda i, s=s, st=step_id: self._describe(st, s, i)))
        self._fill_markers()

    def _describe(self, step_id: str, s: hist.Series, i: int) -> str:
        row = int(s.rows[i])
        value = s.y[i]
        if self.foot == BOTH:
            feet = self.data.comfort[row, STEP_IDS.index(step_id)]
            each = ", ".join(f"{self.foot_text(f)} {feet[k]:.0f}"
                             for k, f in enumerate(FEET) if not np.isnan(feet[k]))
            what = self.tr("comfort {value} of 10 ({each})").format(
                value=f"{value:.1f}".removesuffix(".0"), each=each)
        else:
            what = self.tr("comfort {value} of 10").format(value=f"{value:.0f}")
        return self.tr("{date} · {step} · {foot}: {what}").format(
            date=local_date_text(self.data.t[row]), step=self.same_here(step_id, row),
            foot=self.foot_text(self.foot), what=what)

    def same_here(self, step_id: str, row: int) -> str:
        """The step's title, with every other shown step that has the very same values there
        (their marks sit on top of each other, so the words must name them all)."""
        feet = slice(None) if self.foot == BOTH else FEET.index(self.foot)
        mine = self.data.comfort[row, STEP_IDS.index(step_id), feet]
        names = [self.step_title(other) for k, other in enumerate(STEP_IDS)
                 if self.lines[k].isVisible() and (other == step_id or np.array_equal(
                     self.data.comfort[row, k, feet], mine, equal_nan=True))]
        return self.tr(" and ").join(names) if len(names) < 3 else ", ".join(names)


class PressureChart(Chart):
    kind = "pressure"
    y_data = (1.0, 4.0)
    y_below = 0.45
    lane_gap = 0.45
    OFFSET = 0.07  # lines at one level sit side by side rather than on top of each other

    def _build(self) -> None:
        self.lines = [self._line(self.step_title(s), STEP_SYMBOLS[i])
                      for i, s in enumerate(STEP_IDS)]
        self._add_markers()
        left = self.plot.getAxis("left")
        left.setTicks([[(p.level, p.name) for p in self.protocol.pressure_levels], []])

    def _left_axis_width(self) -> int:
        return 150

    def heading(self) -> tuple[str, str]:
        foot = self.tr("average of both feet") if self.foot == BOTH else self.foot_text(self.foot)
        return self.tr("Pressure used in each step"), foot

    def _fill(self) -> None:
        for k, (item, step_id) in enumerate(zip(self.lines, STEP_IDS, strict=True)):
            s = self.data.pressure_series(step_id, self.foot)
            y = s.y + (k - 2) * self.OFFSET
            item.setData(s.x, y)
            self._hits.append(_Hit(item, s.x, y, s.rows,
                                   lambda i, s=s, st=step_id: self._describe(st, s, i)))
        self._fill_markers()

    def _describe(self, step_id: str, s: hist.Series, i: int) -> str:
        row = int(s.rows[i])
        feet = self.data.pressure[row, STEP_IDS.index(step_id)]
        shown = [(f, int(feet[k])) for k, f in enumerate(FEET)
                 if not np.isnan(feet[k]) and (self.foot in (BOTH, f))]
        what = ", ".join(
            self.tr("{foot} {name} ({level} of 4)").format(
                foot=self.foot_text(f), name=self.protocol.pressure(level).name, level=level)
            for f, level in shown)
        return self.tr("{date} · {step}: pressure {what}").format(
            date=local_date_text(self.data.t[row]), step=self.step_title(step_id), what=what)


class TouchChart(Chart):
    """One dot per check and foot, in three rows; left just above right."""

    kind = "touch"
    y_data = (0.0, 2.0)
    y_below = 0.45
    lane_gap = 0.45
    line_symbols = False
    OFFSET = 0.12

    def _build(self) -> None:
        self.lines = [self._line(i18n.foot_words(f, "title"), FOOT_SYMBOLS[i])
                      for i, f in enumerate(FEET)]
        self._add_markers()
        self.plot.getAxis("left").setTicks([list(enumerate(self.levels())), []])

    def levels(self) -> tuple[str, str, str]:
        return self.tr("Reduced"), self.tr("Normal"), self.tr("Heightened")

    def series_colour(self, i: int) -> str:
        colours = series_colours(self.theme)
        return (colours[0], colours[3])[i]

    def _left_axis_width(self) -> int:
        return 120

    def heading(self) -> tuple[str, str]:
        foot = self.tr("both feet") if self.foot == BOTH else self.foot_text(self.foot)
        return self.tr("Light-touch check before the massage"), foot

    def _fill(self) -> None:
        for k, (item, foot) in enumerate(zip(self.lines, FEET, strict=True)):
            shown = self.foot in (BOTH, foot)
            item.setVisible(shown)
            s = self.data.touch_series(foot)
            y = s.y + (1 - 2 * k) * self.OFFSET
            item.setData(s.x, y)
            self._hits.append(_Hit(item, s.x, y, s.rows,
                                   lambda i, s=s, f=foot: self._describe(f, s, i)))
        self._fill_markers()

    def _describe(self, foot: str, s: hist.Series, i: int) -> str:
        row = int(s.rows[i])
        return self.tr("{date} · {foot}: light touch {result}").format(
            date=local_date_text(self.data.t[row]), foot=self.foot_text(foot),
            result=self.levels()[int(s.y[i] + 0.5)].lower())


class WeeklyChart(Chart):
    kind = "weekly"
    y_below = 0.0
    lane_gap = 0.9

    def _build(self) -> None:
        self.weeks = self.data.weekly()
        self.bars = pg.BarGraphItem(x0=np.zeros(0), width=np.zeros(0), height=np.zeros(0))
        self.plot.addItem(self.bars)
        self.legend.addItem(self.bars, self.tr("Sessions that week"))
        self._add_markers()
        self.plot.getAxis("left").setLabel(self.tr("Sessions"))
        self.plot.getAxis("left").setTickSpacing(major=2, minor=1)

    def heading(self) -> tuple[str, str]:
        return self.tr("Sessions per week"), self.tr("weeks start on Monday")

    def _style_series(self) -> None:
        brush = QColor(self.theme.accent)
        self.bars.setOpts(brush=brush, pen=pg.mkPen(self.theme.surface, width=1))
        self.bars.legend_spec = {"bar": brush}

    def _fill(self) -> None:
        w = self.weeks = self.data.weekly()
        top = float(w.counts.max()) if len(w.counts) else 0.0
        self.y_data = (0.0, max(top, 7.0))
        self.bars.setOpts(x0=w.starts + 0.5 * DAY_S, width=np.full(len(w.starts), 6 * DAY_S),
                          height=w.counts)
        counts = w.counts.astype(float)
        self._fill_markers(lambda rows: counts[w.row_week[rows]])

    def _area_hit(self, x: float, y: float) -> tuple[_Hit, int] | None:
        w = self.weeks
        i = int(np.searchsorted(w.starts, x, "right")) - 1
        if i < 0 or x >= w.starts[i] + WEEK_S or y > w.counts[i] + 0.5:
            return None
        hit = _Hit(self.bars, w.starts + 3.5 * DAY_S, w.counts.astype(float),
                   np.full(len(w.starts), -1), self._describe_week)
        return hit, i

    def _describe_week(self, i: int) -> str:
        w = self.weeks
        n, k = int(w.counts[i]), int(w.flagged[i])
        text = self.tr("Week of {monday}: %n session(s)", "", n).format(
            monday=local_date_text(w.starts[i], "ddd d MMM yyyy"))
        if k:
            text += self.tr(", %n with warning signs or a stop", "", k)
        return text


CHARTS: dict[str, type[Chart]] = {
    "comfort": ComfortChart, "pressure": PressureChart, "touch": TouchChart,
    "weekly": WeeklyChart,
}
