"""The base of the History's detail charts (pyqtgraph): axis, legend, marks, mouse, saving.

Imported only with the History view, so pyqtgraph loads when that page first opens.
Each chart is one pyqtgraph scene: a title, the plot and its legend, so a saved
PNG or SVG carries all three. One PlotDataItem per series over numpy arrays,
downsampled and clipped to the view; sessions with warning signs or a stop sit in
two marker lanes above the data, each with its own shape, colour and legend entry.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    MONTH_SPACING,
    YEAR_SPACING,
    TickSpec,
    ZoomLevel,
    makeMStepper,
    makeSStepper,
    makeYStepper,
)
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRect, QRectF, QSaveFile, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QWheelEvent
from PySide6.QtSvg import QSvgGenerator

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.history import BOTH, DAY_S, HistoryData
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.vocabulary import Outcome
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history import mark_lanes, symbols
from neurofoot_desktop.ui.history.text import local_date_text

SYMBOLS_BELOW = 200  # a line shows a symbol on each point when fewer points are in view
OVERVIEW_DAYS = 120  # above this span, comfort shows a 4-week average over faint daily lines
TREND_WINDOW_S = 28 * DAY_S
TREND_POINTS = 300  # at most this many points per average line
HIT_PX = 16  # how near (in pixels) the mouse must be to a point
MIN_SPAN_S = 7 * DAY_S  # the closest zoom: a week
STEP_SYMBOLS = ("o", "s", "d", "p", "h")
FOOT_SYMBOLS = ("o", "s")


def series_colours(t: themes.Theme) -> tuple[str, ...]:
    """Five line colours, told apart by colour-blind people too, away from amber and red."""
    if t.name == "dark":
        return ("#7cbdf2", "#6fd6a4", "#c0a6f7", "#f29ac6", "#d3dbe1")
    if t.name == "high_contrast":
        return ("#ffffff", "#00ffff", "#ff9cff", "#9cff9c", "#8cb4ff")
    return ("#1f6fb2", "#16875a", "#7a4cc2", "#b8407a", "#4a5863")


def faded(colour: str, background: str, amount: float) -> QColor:
    """colour mixed into background, opaque: Qt strokes translucent zigzags very slowly."""
    c, b = QColor(colour), QColor(background)
    return QColor.fromRgbF(*(b_ * (1 - amount) + c_ * amount for c_, b_ in (
        (c.redF(), b.redF()), (c.greenF(), b.greenF()), (c.blueF(), b.blueF()))))


class LocalDateAxis(pg.DateAxisItem):
    """Dates in local time with day and month names in the UI language ("5 Nov", "Nov 2026")."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._years = ZoomLevel([
            TickSpec(YEAR_SPACING, makeYStepper(1), "", autoSkip=[1, 2, 5, 10]),
            TickSpec(MONTH_SPACING, makeMStepper(1), ""),
        ], "MMM")
        self._days = ZoomLevel([
            TickSpec(MONTH_SPACING, makeMStepper(1), ""),
            TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "", autoSkip=[1, 2, 7, 14]),
        ], "00 MMM")
        self.zoomLevels = OrderedDict([(np.inf, self._years), (8 * DAY_SPACING, self._days)])

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Years; months with the year on the first one; days as "5 Nov"."""
        if spacing >= YEAR_SPACING:
            return [local_date_text(v, "yyyy") for v in values]
        if spacing >= MONTH_SPACING:
            return [local_date_text(v, "MMM yyyy" if i == 0 or self.zoomLevel is self._days
                                    else "MMM") for i, v in enumerate(values)]
        return [local_date_text(v, "d MMM") for v in values]


@dataclass
class _Hit:
    """Points the mouse can land on: plotted x/y and what to say about point i."""

    item: pg.GraphicsObject
    x: np.ndarray
    y: np.ndarray
    rows: np.ndarray  # session rows in HistoryData; -1 where a point is not one session
    describe: Callable[[int], str]


class LegendSample(ItemSample):
    """A larger legend sample that always shows the line and its symbol; faded when hidden."""

    W, H = 46, 28

    def __init__(self, item: pg.GraphicsObject) -> None:
        super().__init__(item)
        self.setFixedWidth(self.W)
        self.setFixedHeight(self.H)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.W, self.H)

    def paint(self, p: QPainter, *args: object) -> None:
        spec: dict = getattr(self.item, "legend_spec", {})
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.item.isVisible():
            p.setOpacity(0.3)
        if spec.get("bar") is not None:
            p.setPen(pg.mkPen(spec["bar"]))
            p.setBrush(pg.mkBrush(spec["bar"]))
            p.drawRect(QRectF(10, 3, 26, self.H - 6))
            return
        if spec.get("pen") is not None:
            p.setPen(spec["pen"])
            p.drawLine(QPointF(3, self.H / 2), QPointF(self.W - 3, self.H / 2))
        if spec.get("symbol") is not None:
            p.translate(self.W / 2, self.H / 2)
            drawSymbol(p, spec["symbol"], spec["size"], spec["symbol_pen"], spec["brush"])


class Chart(pg.GraphicsLayoutWidget):
    """Title, plot over time, legend; tells what is under the mouse and which point is clicked."""

    hovered = Signal(str)  # what is under the mouse; "" for nothing
    clicked = Signal(str)  # the session id of a clicked point

    kind = ""
    y_data = (0.0, 1.0)  # the values' own range; the marker lanes sit above it
    y_below = 0.5
    lane_gap = 1.0
    line_symbols = True  # False: series are drawn as dots only

    def __init__(self, protocol: Protocol, parent: object = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.data = HistoryData([])
        self.foot = BOTH
        self.overview = False
        self._hits: list[_Hit] = []
        self._series: list[tuple[pg.PlotDataItem, str]] = []
        self._symbols_on: bool | None = None
        self.ci.setContentsMargins(8, 6, 16, 4)
        self.ci.setSpacing(2)
        self.title = pg.LabelItem("", justify="left")
        self.addItem(self.title, row=0, col=0)
        self.axis = LocalDateAxis()
        self.plot: pg.PlotItem = self.addPlot(row=1, col=0, axisItems={"bottom": self.axis})
        self.legend = pg.LegendItem(frame=False, colCount=4, sampleType=LegendSample,
                                    horSpacing=6, verSpacing=0)
        self.addItem(self.legend, row=2, col=0)
        self.ci.layout.setRowStretchFactor(1, 1)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.18)
        vb = self.plot.getViewBox()
        vb.setMouseEnabled(x=True, y=False)
        vb.disableAutoRange()
        vb.sigXRangeChanged.connect(self._on_range)
        self.separator = pg.InfiniteLine(angle=0, movable=False)
        self.plot.addItem(self.separator, ignoreBounds=True)
        self.highlight = pg.ScatterPlotItem(size=26, brush=None)
        self.plot.addItem(self.highlight, ignoreBounds=True)
        self.empty = pg.TextItem("", anchor=(0.5, 0.5))
        self.plot.addItem(self.empty, ignoreBounds=True)
        self.markers: dict[str, pg.PlotDataItem] = {}
        self.mark_unit: str | None = None  # "session", or the bucket the marks are counted by
        self.mark_labels: list[pg.TextItem] = []  # the counts beside counted marks
        self._mark_base: Callable[[np.ndarray], np.ndarray] | None = None
        self.scene().sigMouseMoved.connect(self._on_move)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.theme = themes.current()
        self._build()
        self.apply_theme(self.theme)

    # -- what subclasses provide ---------------------------------------------------
    def _build(self) -> None:
        raise NotImplementedError

    def _fill(self) -> None:
        raise NotImplementedError

    def heading(self) -> tuple[str, str]:
        """The title and a muted remark after it."""
        raise NotImplementedError

    @property
    def y_range(self) -> tuple[float, float]:
        return self.y_data[0] - self.y_below, self.y_data[1] + 2.6 * self.lane_gap

    # -- building blocks -------------------------------------------------------------
    def _line(self, name: str, symbol: str, legend: bool = True) -> pg.PlotDataItem:
        item = pg.PlotDataItem(
            np.zeros(0), np.zeros(0), antialias=True, clipToView=True, autoDownsample=True,
            downsampleMethod="peak", skipFiniteCheck=True, name=name,
        )
        if not self.line_symbols:
            item.setPen(None)
            item.setSymbol(symbol)
            item.setSymbolSize(10)
        self.plot.addItem(item)
        if legend:
            self.legend.addItem(item, name)
            self._series.append((item, symbol))
        return item

    def _add_markers(self) -> None:
        """The two lanes above the data: warning signs, and "It hurts — stop"."""
        for key, name, symbol in (
            ("warned", self.tr("Warning signs before the session"), symbols.WARNING),
            ("hurt", self.tr("Stopped: it hurt"), symbols.STOP),
        ):
            item = pg.PlotDataItem(np.zeros(0), np.zeros(0), pen=None, symbol=symbol,
                                   symbolSize=22, antialias=True, name=name)
            self.plot.addItem(item)
            self.legend.addItem(item, name)
            self.markers[key] = item

    def _fill_markers(self, base_of: Callable[[np.ndarray], np.ndarray] | None = None) -> None:
        self._mark_base = base_of
        self.mark_unit = None
        self._update_marks()

    def _update_marks(self) -> None:
        """One mark per session while they fit side by side, else counted per bucket."""
        lo, hi = self.x_range()
        vb = self.plot.getViewBox()
        font = QFont()
        font.setPixelSize(self.theme.px(16))
        unit = mark_lanes.unit_for(hist.local_date(lo), hist.local_date(max(hi, lo)),
                                   max(vb.width(), 1.0), font) if len(self.data) else "session"
        if unit != self.mark_unit:
            self.mark_unit = unit
            self._draw_marks(unit)
        mark_lanes.place(self.mark_labels, vb.width() / max(hi - lo, 1.0))

    def _draw_marks(self, unit: str) -> None:
        for label in self.mark_labels:
            self.plot.removeItem(label)
        self.mark_labels = []
        self._hits = [h for h in self._hits if h.item not in self.markers.values()]
        grouped = hist.buckets(self.data, unit) if unit != "session" else None
        font = QFont()
        font.setPixelSize(self.theme.px(16))
        for i, key in enumerate(mark_lanes.KEYS):
            lane = self.lane_gap * (1.0 + 0.9 * i)
            rows = self.data.marked(key)
            base = self._mark_base(rows) if self._mark_base else np.full(len(rows),
                                                                         self.y_data[1])
            x, y, hit_rows = self.data.t[rows], base + lane, rows
            if grouped is not None:  # a lone session keeps its own mark; more are counted
                counts = grouped.warned if key == "warned" else grouped.hurt
                alone = counts[grouped.row_bucket[rows]] == 1
                many = np.flatnonzero(counts > 1)
                x = np.concatenate([x[alone], grouped.mid[many]])
                y = np.concatenate([y[alone], np.full(len(many), self.y_data[1] + lane)])
                hit_rows = np.concatenate([rows[alone], -1 - many])  # -1-k: bucket k
                order = np.argsort(x, kind="stable")
                x, y, hit_rows = x[order], y[order], hit_rows[order]
                self.mark_labels += mark_lanes.labels(
                    self.plot, grouped.mid[many], np.full(len(many), self.y_data[1] + lane),
                    counts[many], self.theme.text, font)
            self.markers[key].setData(x, y)
            describe = self._describe_warned if key == "warned" else self._describe_hurt

            def text(j: int, r: np.ndarray = hit_rows, d: Callable[[int], str] = describe,
                     k: str = key, g: hist.Buckets | None = grouped) -> str:
                row = int(r[j])
                return d(row) if row >= 0 else mark_lanes.describe(k, g, -1 - row)

            self._hits.append(_Hit(self.markers[key], x, y, np.maximum(hit_rows, -1), text))

    def _describe_warned(self, row: int) -> str:
        record = self.data.records[row]
        names = []
        for w in record.warnings:
            try:
                names.append(self.protocol.question(w).short)
            except KeyError:
                names.append(w.replace("_", " "))
        return self.tr("{date} · warning signs before the session: {signs}").format(
            date=local_date_text(self.data.t[row]), signs=", ".join(names))

    def _describe_hurt(self, row: int) -> str:
        record = self.data.records[row]
        hurt = next((s for s in record.steps if s.outcome == Outcome.HURT), None)
        where = ""
        if hurt is not None:
            where = self.tr(" during {step}, {foot}").format(
                step=self.step_title(hurt.step_id), foot=self.foot_text(hurt.foot))
        return self.tr("{date} · stopped: it hurt{where}").format(
            date=local_date_text(self.data.t[row]), where=where)

    def step_title(self, step_id: str) -> str:
        try:
            return self.protocol.step(step_id).title
        except KeyError:
            return step_id

    def foot_text(self, foot: str) -> str:
        return self.tr("both feet") if foot == BOTH else i18n.foot_words(foot)

    def title_text(self) -> str:
        title, remark = self.heading()
        t = self.theme
        remark = f"<span style='font-size:{t.px(18)}px; color:{t.muted}'> · {remark}</span>"
        return (f"<span style='font-size:{t.px(20)}px; font-weight:600; color:{t.text}'>"
                f"{title}</span>{remark if remark else ''}")

    # -- public ----------------------------------------------------------------------
    def set_data(self, data: HistoryData, foot: str | None = None) -> None:
        self.data = data
        if foot is not None:
            self.foot = foot
        self._hits = []
        self.highlight.setData([], [])
        self._fill()
        lo, hi = self.y_range
        self.plot.getViewBox().setLimits(yMin=lo, yMax=hi)
        self.plot.setYRange(lo, hi, padding=0)
        self.separator.setValue(self.y_data[1] + 0.5 * self.lane_gap)
        self.separator.setVisible(self.kind != "weekly")
        self._symbols_on = None
        self._on_range()
        self.title.setText(self.title_text())
        self.setAccessibleName(self.heading()[0])  # a Tab stop: screen readers say what it is
        self.setAccessibleDescription(self.heading()[1])

    def set_x_range(self, t0: float, t1: float) -> None:
        self.plot.setXRange(t0, t1, padding=0.0)

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.plot.getViewBox().viewRange()[0]
        return float(lo), float(hi)

    def set_x_limits(self, t0: float, t1: float) -> None:
        self.plot.getViewBox().setLimits(xMin=t0, xMax=t1, minXRange=MIN_SPAN_S,
                                         maxXRange=max(t1 - t0, MIN_SPAN_S))

    def apply_theme(self, t: themes.Theme) -> None:
        self.theme = t
        self.setBackground(t.surface)
        tick_font = QFont()
        tick_font.setPixelSize(t.px(16))
        for name in ("bottom", "left"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(t.muted, width=1))
            axis.setTextPen(pg.mkPen(t.text))
            axis.setStyle(tickFont=tick_font, tickTextOffset=8)
            axis.label.setFont(tick_font)
        self.plot.getAxis("left").setWidth(t.px(self._left_axis_width()))
        self.plot.getAxis("bottom").setHeight(t.px(40))
        self.legend.opts["labelTextColor"] = t.text
        self.legend.opts["labelTextSize"] = f"{t.px(16)}px"
        for _sample, label in self.legend.items:
            label.setAttr("color", t.text)
            label.setAttr("size", f"{t.px(16)}px")
            label.setText(label.text)
        self.separator.setPen(pg.mkPen(faded(t.muted, t.surface, 0.5), width=1,
                                       style=Qt.PenStyle.DashLine))
        self.highlight.setPen(pg.mkPen(t.text, width=3))
        self.empty.setColor(t.muted)
        self.empty.setFont(tick_font)
        colour = {"warned": t.warning, "hurt": t.danger}
        for key, item in self.markers.items():
            pen = pg.mkPen(t.text, width=1)
            item.setSymbolBrush(colour[key])
            item.setSymbolPen(pen)
            item.legend_spec = {"pen": None, "symbol": item.opts["symbol"], "size": 20,
                                "symbol_pen": pen, "brush": pg.mkBrush(colour[key])}
        self._style_series()
        self.legend.update()
        self.title.setText(self.title_text())
        self.mark_unit = None  # the counts' colour and size follow the theme
        self._update_marks()

    def series_colour(self, i: int) -> str:
        colours = series_colours(self.theme)
        return colours[i % len(colours)]

    def _style_series(self) -> None:
        for i, (item, symbol) in enumerate(self._series):
            colour = self.series_colour(i)
            edge = pg.mkPen(self.theme.surface if self.line_symbols else None, width=1)
            pen = pg.mkPen(colour, width=2.5)
            if self.line_symbols:
                item.setPen(pen if not self.overview else pg.mkPen(
                    faded(colour, self.theme.surface, 0.4), width=1))
                # Thin faint lines need no smoothing, and drawing them plain is much faster.
                item.opts["antialias"] = item.curve.opts["antialias"] = not self.overview
                item.curve.update()
            item.setSymbolBrush(colour)
            item.setSymbolPen(edge)
            item.legend_spec = {"pen": pen if self.line_symbols else None, "symbol": symbol,
                                "size": 12, "symbol_pen": edge, "brush": pg.mkBrush(colour)}

    def _left_axis_width(self) -> int:
        return 60

    def save(self, path: Path) -> None:
        """Write the chart (title, plot, legend) as PNG or SVG; raises OSError on failure."""
        self.highlight.setData([], [])
        source = self.ci.sceneBoundingRect()
        size = QSize(int(source.width()), int(source.height()))
        out = QSaveFile(str(path))
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
            raise OSError(out.errorString())
        if path.suffix.lower() == ".svg":
            gen = QSvgGenerator()
            gen.setOutputDevice(out)
            gen.setSize(size)
            gen.setViewBox(QRect(0, 0, size.width(), size.height()))
            gen.setTitle(self.heading()[0])
            # Axes are cached as QPictures, which replay scaled by the ratio of resolutions.
            gen.setResolution(self.logicalDpiX())
            painter = QPainter(gen)
            with self._only_in_view():
                self._render(painter, source)
            painter.end()
        else:
            scale = 2
            image = QImage(size * scale, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(scale)
            painter = QPainter(image)
            self._render(painter, source)
            painter.end()
            if not image.save(out, "PNG"):
                out.cancelWriting()
                raise OSError(out.errorString() or "the picture could not be written")
        if not out.commit():
            raise OSError(out.errorString())

    @contextmanager
    def _only_in_view(self) -> Iterator[None]:
        """SVG has no clipping for the plot area: leave out what lies outside the view."""
        lo, hi = self.x_range()
        saved = []
        for item in self.plot.listDataItems():
            if isinstance(item, pg.PlotDataItem):
                x, y = item.getOriginalDataset()
                if x is not None and len(x):
                    keep = (x >= lo) & (x <= hi)
                    saved.append((item, x, y))
                    item.setData(x[keep], y[keep])
        bars = getattr(self, "bars", None)
        bar_opts = None
        if bars is not None:
            bar_opts = {k: np.asarray(bars.opts[k]) for k in ("x0", "width", "height")}
            keep = (bar_opts["x0"] >= lo) & (bar_opts["x0"] + bar_opts["width"] <= hi)
            bars.setOpts(**{k: v[keep] for k, v in bar_opts.items()})
        try:
            yield
        finally:
            for item, x, y in saved:
                item.setData(x, y)
            if bars is not None and bar_opts is not None:
                bars.setOpts(**bar_opts)

    def _render(self, painter: QPainter, source: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = QRectF(0, 0, source.width(), source.height())
        painter.fillRect(target, QColor(self.theme.surface))
        self.scene().render(painter, target, source)

    # -- mouse -------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the page; it zooms only on purpose, with Ctrl held."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
        else:
            event.ignore()

    def hit_at(self, scene_pos: QPointF) -> tuple[_Hit, int] | None:
        """The point under scene_pos, if one is near enough."""
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        at = vb.mapSceneToView(scene_pos)
        x_px, y_px = vb.viewPixelSize()
        best: tuple[float, _Hit, int] | None = None
        for hit in self._hits:
            if not hit.item.isVisible():
                continue
            i = hist.nearest(hit.x, hit.y, at.x(), at.y(), x_px, y_px, HIT_PX)
            if i < 0:
                continue
            d = ((hit.x[i] - at.x()) / x_px) ** 2 + ((hit.y[i] - at.y()) / y_px) ** 2
            if best is None or d < best[0]:
                best = (d, hit, i)
        if best is None:
            return self._area_hit(at.x(), at.y())
        return best[1], best[2]

    def _area_hit(self, x: float, y: float) -> tuple[_Hit, int] | None:
        return None

    def scene_pos_of(self, x: float, y: float) -> QPointF:
        return self.plot.getViewBox().mapViewToScene(QPointF(x, y))

    def _on_move(self, scene_pos: QPointF) -> None:
        found = self.hit_at(scene_pos)
        if found is None:
            self.highlight.setData([], [])
            self.hovered.emit("")
            return
        hit, i = found
        if hit.rows[i] >= 0:
            self.highlight.setData([hit.x[i]], [hit.y[i]])
        else:
            self.highlight.setData([], [])
        self.hovered.emit(hit.describe(i))

    def _on_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        found = self.hit_at(event.scenePos())
        if found is not None and found[0].rows[found[1]] >= 0:
            self.clicked.emit(self.data.ids[int(found[0].rows[found[1]])])

    def _on_range(self, *args: object) -> None:
        """Symbols on each point only when few are in view; say so when nothing is."""
        lo, hi = self.x_range()
        overview = hi - lo > OVERVIEW_DAYS * DAY_S
        if overview != self.overview:
            self.overview = overview
            self._overview_changed()
        items = dict(self._series)
        lines = [h for h in self._hits if h.item in items]
        in_view = max((int(np.searchsorted(h.x, hi) - np.searchsorted(h.x, lo))
                       for h in lines), default=0)
        on = 0 < in_view < SYMBOLS_BELOW
        if self.line_symbols and on != self._symbols_on:
            self._symbols_on = on
            for item, symbol in self._series:
                item.setSymbol(symbol if on else None)
                item.setSymbolSize(10)
        if self.markers:
            self._update_marks()
        first = np.searchsorted(self.data.t, lo)
        any_in_view = first < len(self.data.t) and self.data.t[first] <= hi
        self.empty.setText("" if any_in_view else self.tr("No sessions in this period"))
        ylo, yhi = self.y_data
        self.empty.setPos((lo + hi) / 2, (ylo + yhi) / 2)

    def _overview_changed(self) -> None:
        pass
