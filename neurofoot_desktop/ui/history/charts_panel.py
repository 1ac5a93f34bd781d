"""The History's Charts tab: period, the trend first (Overview), then the detail chart with its
choices (which chart, which feet), what is under the mouse, and saving the chart.

Loads pyqtgraph (the detail charts); the detail chart itself is built just after the page's
first frame, since it sits below the first view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.clock import Clock, SystemClock, local_today
from neurofoot_desktop.core.history import BOTH, DAY_S, HistoryData
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.vocabulary import FEET
from neurofoot_desktop.ui import dialogs, i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.after_first_paint import after_first_paint
from neurofoot_desktop.ui.history.charts import CHARTS, Chart
from neurofoot_desktop.ui.history.overview import Overview
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    pass

DEFAULT_PERIOD = "3m"


class ChartsPanel(QWidget):
    """Chart choice, feet, period, the chart itself, what is under the mouse, save buttons."""

    sessionClicked = Signal(str)

    def __init__(self, protocol: Protocol, parent: QWidget | None = None,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.data = HistoryData([])
        self.kind = "comfort"
        self.foot = BOTH
        self.period = DEFAULT_PERIOD
        self.clock = clock or SystemClock()  # the window's: periods count back from its day
        self.today: Callable[[], date] = lambda: local_today(self.clock)
        self.charts: dict[str, Chart] = {}
        self._range: tuple[float, float] | None = None
        self._moved_by_hand = False  # dragged or zoomed: new data keeps the view as it is

        # Every button is an item of a wrapping row of its own (a label stays with the control
        # it names), so at 200 % Spanish on a 1024-wide window nothing pushes the page wider.
        self.kind_group = QButtonGroup(self)
        controls = FlowLayout(spacing=themes.current().px(10))
        self.save_png = QPushButton(self.tr("Save as PNG…"))
        self.save_png.setToolTip(self.tr("Save this chart as a picture"))
        self.save_png.clicked.connect(lambda: self.ask_save("png"))
        self.save_svg = QPushButton(self.tr("Save as SVG…"))
        self.save_svg.setToolTip(self.tr("Save this chart as a drawing that stays sharp "
                                         "at any size"))
        self.save_svg.clicked.connect(lambda: self.ask_save("svg"))
        # Made and placed first, so Tab and the eye meet them in the same order.
        controls.addWidget(self.save_png)
        controls.addWidget(self.save_svg)
        for key, text in (("comfort", self.tr("Comfort")), ("pressure", self.tr("Pressure")),
                          ("touch", self.tr("Light touch")),
                          ("weekly", self.tr("Sessions per week"))):
            controls.addWidget(self._toggle(self.kind_group, key, text, key == self.kind))
        self.kind_group.idClicked.connect(lambda i: self.show_chart(list(CHARTS)[i]))
        self.feet_label = QLabel(self.tr("Feet:"))
        self.foot_group = QButtonGroup(self)
        self.foot_buttons = [
            self._toggle(self.foot_group, f, text, f == self.foot)
            for f, text in (*((f, i18n.foot_words(f, "short")) for f in FEET),
                            (BOTH, self.tr("Both")))
        ]
        self.feet_box = [self._pair(self.feet_label, self.foot_buttons[0]),
                         *self.foot_buttons[1:]]
        for w in self.feet_box:
            controls.addWidget(w)
        self.foot_group.idClicked.connect(lambda i: self.set_foot(hist.FOOT_CHOICES[i]))

        self.period_group = QButtonGroup(self)
        period_row = FlowLayout(spacing=themes.current().px(10))
        self.period_buttons = {}
        for key, text in (("2w", self.tr("2 weeks")), ("3m", self.tr("3 months")),
                          ("year", self.tr("Year")), ("all", self.tr("All")),
                          ("custom", self.tr("Custom"))):
            b = self._toggle(self.period_group, key, text, key == self.period)
            self.period_buttons[key] = b
            period_row.addWidget(b)
        self.period_group.idClicked.connect(
            lambda i: self.set_period(("2w", "3m", "year", "all", "custom")[i]))
        self.from_label = QLabel(self.tr("From"))
        self.from_date = self._date_edit(self.tr("First day shown"))
        self.to_label = QLabel(self.tr("to"))
        self.to_date = self._date_edit(self.tr("Last day shown"))
        self.custom_box = [self._pair(self.from_label, self.from_date),
                           self._pair(self.to_label, self.to_date)]
        for w in self.custom_box:
            period_row.addWidget(w)
        self._show_custom(False)
        self.overview = Overview(protocol, today=lambda: self.today())
        self.details_title = QLabel(self.tr("Details"))
        self.details_title.setProperty("role", "subtitle")

        self.stack = QStackedWidget()
        self.stack.setMinimumHeight(themes.current().px(320))
        self.hover = QLabel()
        self.hover.setObjectName("chartHover")
        self.hover.setWordWrap(True)
        self.hover.setMinimumHeight(themes.current().px(30))
        self.hover.setAccessibleName(self.tr("Values under the mouse"))
        self._hint = self.tr("Point at a mark to see its exact values; "
                             "click it to open that session.")
        self.hover.setText(self._hint)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 8, 0, 0)
        root.setSpacing(8)
        root.addLayout(period_row)
        root.addWidget(self.overview)
        root.addWidget(self.details_title)
        root.addLayout(controls)
        root.addWidget(self.stack, 1)
        root.addWidget(self.hover)
        self.set_period(self.period)
        # The detail chart sits below the first view: built just after the first frame.
        after_first_paint(self, self.chart)

    def _toggle(self, group: QButtonGroup, key: str, text: str, checked: bool) -> QPushButton:
        b = QPushButton(text)
        b.setCheckable(True)
        b.setChecked(checked)
        b.setObjectName(f"history_{key}")
        group.addButton(b, len(group.buttons()))
        return b

    @staticmethod
    def _pair(label: QLabel, control: QWidget) -> QWidget:
        """A label and the control it names, kept on one line when the row wraps."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(label)
        row.addWidget(control)
        return box

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setMinimumHeight(themes.current().target_px)
        today = self.today()
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.dateChanged.connect(self._on_custom_dates)
        return edit

    def _show_custom(self, on: bool) -> None:
        for w in self.custom_box:
            w.setVisible(on)

    # -- state ----------------------------------------------------------------------------
    def chart(self) -> Chart:
        """The chart shown under "Details", built on first use."""
        if self.kind not in self.charts:
            self.show_chart(self.kind)
        return self.charts[self.kind]

    def view_start(self) -> float:
        """The first second the detail chart shows (or will show once built)."""
        built = self.charts.get(self.kind)
        if built is not None:
            return built.x_range()[0]
        return self._range[0] if self._range else float("-inf")

    def show_chart(self, kind: str) -> None:
        previous = self.charts.get(self.kind)
        if previous is not None:
            self._range = previous.x_range()
        self.kind = kind
        self.kind_group.button(list(CHARTS).index(kind)).setChecked(True)
        if kind not in self.charts:
            chart = CHARTS[kind](self.protocol)
            chart.hovered.connect(self._on_hover)
            chart.clicked.connect(self.sessionClicked)
            chart.plot.getViewBox().sigRangeChangedManually.connect(self._on_moved_by_hand)
            self.charts[kind] = chart
            self.stack.addWidget(chart)
            chart.set_data(self.data, self.foot)
            self._set_limits(chart)
        self.stack.setCurrentWidget(self.charts[kind])
        for w in self.feet_box:
            w.setVisible(kind != "weekly")
        if self._range is None:
            self.set_period(self.period)
        else:
            self.chart().set_x_range(*self._range)
        self.hover.setText(self._hint)

    def set_foot(self, foot: str) -> None:
        self.foot = foot
        self.foot_buttons[hist.FOOT_CHOICES.index(foot)].setChecked(True)
        for chart in self.charts.values():
            chart.foot = foot
        for kind, chart in self.charts.items():
            keep = chart.x_range()
            chart.set_data(self.data, foot)
            if kind == self.kind:
                chart.set_x_range(*keep)

    def set_data(self, data: HistoryData) -> None:
        """New or more data: redraw every chart made so far, keeping the period or view."""
        shown = self.charts.get(self.kind)
        keep = shown.x_range() if shown is not None else None
        self.data = data
        for chart in self.charts.values():
            chart.set_data(data, self.foot)
            self._set_limits(chart)
        if self._moved_by_hand and shown is not None and keep is not None:
            shown.set_x_range(*keep)
            self.overview.set_view(self.data, *self.period_span())
        else:
            self.set_period(self.period)

    def period_span(self) -> tuple[date, date]:
        """The first and last day of the chosen period (custom: the two dates)."""
        if self.period == "custom":
            a, b = self.from_date.date().toPython(), self.to_date.date().toPython()
            return min(a, b), max(a, b)
        return hist.period_dates(self.period, self.today(), self._data_span())

    def _on_moved_by_hand(self, *args: object) -> None:
        self._moved_by_hand = True

    def _data_span(self) -> tuple[date, date] | None:
        return self.data.first_last()

    def _set_limits(self, chart: Chart) -> None:
        span = self._data_span()
        today = self.today()
        year_ago = hist.add_months(today, -12)  # "Year" always shows a whole year
        first = min(span[0], year_ago) if span else year_ago
        last = max(span[1], today) if span else today
        t0, t1 = hist.span_seconds(first, last)
        chart.set_x_limits(t0 - 7 * DAY_S, t1 + 2 * DAY_S)
        lo, hi = QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(True)
            edit.setDateRange(lo, hi)
            edit.blockSignals(False)

    def set_period(self, period: str) -> None:
        self.period = period
        self._moved_by_hand = False
        self.period_buttons[period].setChecked(True)
        self._show_custom(period == "custom")
        if period == "custom":
            self._on_custom_dates()
            return
        first, last = hist.period_dates(period, self.today(), self._data_span())
        self.overview.set_view(self.data, first, last)
        t0, t1 = hist.span_seconds(first, last)
        pad = min(0.5 * DAY_S if period == "2w" else 0.01 * (t1 - t0), 2 * DAY_S)
        self._range = (t0 - pad, t1 + pad)
        self._show_range()
        for edit, day in ((self.from_date, first), (self.to_date, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _on_custom_dates(self) -> None:
        if self.period != "custom":
            return
        a, b = self.from_date.date().toPython(), self.to_date.date().toPython()
        self.overview.set_view(self.data, min(a, b), max(a, b))
        self._range = hist.span_seconds(a, b)
        self._show_range()

    def _show_range(self) -> None:
        shown = self.charts.get(self.kind)
        if shown is not None and self._range is not None:
            shown.set_x_range(*self._range)

    def _on_hover(self, text: str) -> None:
        self.hover.setText(text or self._hint)

    def apply_theme(self, t: themes.Theme) -> None:
        self.overview.apply_theme(t)
        for chart in self.charts.values():
            chart.apply_theme(t)

    # -- saving -----------------------------------------------------------------------------
    def default_path(self, suffix: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        names = {"comfort": "comfort", "pressure": "pressure", "touch": "light-touch",
                 "weekly": "sessions-per-week"}
        return Path(folder) / f"NeuroFoot {names[self.kind]} {self.today().isoformat()}.{suffix}"

    def ask_save(self, suffix: str) -> None:
        kinds = {"png": self.tr("PNG picture (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        chosen = dialogs.service().ask_path(self, self.tr("Save the chart"), mode="save",
                                            suggested=str(self.default_path(suffix)),
                                            filter_=kinds[suffix])
        if chosen is None:
            return
        target = chosen
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(target.name + f".{suffix}")
        try:
            self.chart().save(target)
        except OSError as exc:
            dialogs.service().tell(self, self.tr(
                "NeuroFoot could not write {path}: {e}. Please choose another folder.").format(
                path=target, e=exc), kind="warning", title=self.tr("The chart was not saved"))
            return
        self.hover.setText(self.tr("Saved the chart as {path}.").format(path=target))
