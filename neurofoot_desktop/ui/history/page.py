"""The History page: trend charts and the session browser, with export requests.

Importing this module loads pyqtgraph, so the main window imports it only when the
History page is first opened. The log is read newest first: the recent months at
once (so the page draws quickly), then older years in small steps while the page
stays responsive; the charts and the list grow as they arrive.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.clock import Clock, SystemClock, local_today
from neurofoot_desktop.core.history import BOTH, DAY_S, HistoryData
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.vocabulary import FEET
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.repository import SessionRecord
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history import adherence, footchecks
from neurofoot_desktop.ui.history.browser import SessionBrowser
from neurofoot_desktop.ui.history.charts import CHARTS, Chart
from neurofoot_desktop.ui.history.overview import Overview
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout

FIRST_READ_DAYS = 100  # read at once: covers the default period (3 months)
MIN_CHUNK_DAYS, MAX_CHUNK_DAYS = 90, 3660  # then older stretches, newest first,
STEP_S = 0.06  # each sized to take about this long, so the page stays responsive
DEFAULT_PERIOD = "3m"
EXPORT_FORMATS = ("pdf", "csv", "json", "fhir")


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
        self.save_png = QPushButton(self.tr("Save as PNG…"))
        self.save_png.setToolTip(self.tr("Save this chart as a picture"))
        self.save_png.clicked.connect(lambda: self.ask_save("png"))
        self.save_svg = QPushButton(self.tr("Save as SVG…"))
        self.save_svg.setToolTip(self.tr("Save this chart as a drawing that stays sharp "
                                         "at any size"))
        self.save_svg.clicked.connect(lambda: self.ask_save("svg"))
        controls.addWidget(self.save_png)
        controls.addWidget(self.save_svg)
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
        self.show_chart(self.kind)

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
        return self.charts[self.kind]

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
        keep = self.chart().x_range()
        self.chart().set_data(self.data, foot)
        self.chart().set_x_range(*keep)
        for kind, chart in self.charts.items():
            if kind != self.kind:
                chart.set_data(self.data, foot)

    def set_data(self, data: HistoryData) -> None:
        """New or more data: redraw every chart made so far, keeping the period or view."""
        keep = self.chart().x_range()
        self.data = data
        for chart in self.charts.values():
            chart.set_data(data, self.foot)
            self._set_limits(chart)
        if self._moved_by_hand:
            self.chart().set_x_range(*keep)
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
        self.chart().set_x_range(*self._range)
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
        self.chart().set_x_range(*self._range)

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
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), str(self.default_path(suffix)), kinds[suffix])
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(target.name + f".{suffix}")
        try:
            self.chart().save(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The chart was not saved"), self.tr(
                "NeuroFoot could not write {path}: {e}. Please choose another folder.").format(
                path=target, e=exc))
            return
        self.hover.setText(self.tr("Saved the chart as {path}.").format(path=target))


class HistoryView(QWidget):
    """Charts and session browser for one person; the lead wires exportRequested."""

    sessionOpened = Signal(str)  # a session chosen by clicking its point in a chart
    exportRequested = Signal(str)  # "csv" | "json" | "pdf" | "fhir"
    loaded = Signal()  # the whole log of this person has been read

    def __init__(self, store: Store, parent: QWidget | None = None,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock or SystemClock()  # MainWindow's; tests give a FakeClock
        self.protocol = i18n.current_protocol()
        self.profile_id: int | None = None
        self.records: list[SessionRecord] = []  # oldest first
        self.data = HistoryData([])
        self.loading = False
        self._generation = 0
        self._older_than: datetime | None = None
        self._chunk_days = 365
        self._theme: themes.Theme | None = None  # the one last applied

        self.charts = ChartsPanel(self.protocol, clock=self.clock)
        self.charts.sessionClicked.connect(self.open_session)
        self.browser = SessionBrowser(store, self.protocol)
        self.browser.sessionDeleted.connect(self._on_deleted)
        self.browser.sessionRestored.connect(self._on_restored)
        self.browser.filters.personChosen.connect(self.set_profile)  # History follows

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setDrawBase(False)
        self.charts_page = QScrollArea()  # at large text sizes the page scrolls, never squashes
        self.charts_page.setWidgetResizable(True)
        self.charts_page.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.charts_page.setWidget(self.charts)
        self.tabs.addTab(self.charts_page, self.tr("Charts"))
        self.charts_page.setAccessibleName(self.tr("Charts"))  # a Tab stop of its own
        self.tabs.addTab(self.browser, self.tr("Sessions"))
        footchecks.attach(self)  # issue 19: the "Foot checks" tab follows this view
        adherence.attach(self)  # issue 20: sessions per week against the plan, under the trend
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setObjectName("historyExport")
        self.export_button.setToolTipDuration(-1)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, text in (
            ("pdf", self.tr("Report for the doctor (PDF)")),
            ("csv", self.tr("Spreadsheet (CSV)")),
            ("json", self.tr("Complete log, can be imported again (JSON)")),
            ("fhir", self.tr("For health record systems (FHIR)")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, f=fmt: self.exportRequested.emit(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        self.export_menu = menu
        self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)
        QWidget.setTabOrder(self.tabs.tabBar(), self.export_button)  # it sits beside the tabs
        # Never a scroll stub or a cut tab: when the tabs and Export do not fit side by side
        # (large text, Spanish, a small screen), Export moves to a row of its own above them.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.export_row = QHBoxLayout()
        self.export_row.setContentsMargins(0, 0, 0, 0)
        self.export_row.addStretch(1)
        self.error = QLabel()
        self.error.setProperty("role", "warning")
        self.error.setWordWrap(True)
        self.error.hide()

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 8, 12, 8)
        root.addWidget(self.error)
        root.addLayout(self.export_row)
        root.addWidget(self.tabs, 1)
        self.apply_theme(themes.current())

    def _tab_pad(self, t: themes.Theme) -> int:
        """Roomy tabs when all three fit in the width, else narrow padding before any cut."""
        margins = self.layout().contentsMargins() if self.layout() else None
        room = self.width() - (margins.left() + margins.right() if margins else 0)
        return t.px(24) if self._tabs_width(t, t.px(24)) <= room else t.px(8)

    def _tabs_width(self, t: themes.Theme, pad: int) -> int:
        bar = self.tabs.tabBar()
        font = QFont(bar.font())  # as the style sheet draws them: t.px(20), the chosen one bold
        font.setPixelSize(t.px(20))
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        return sum(metrics.horizontalAdvance(bar.tabText(i)) + 2 * pad + 4
                   for i in range(bar.count()))

    def export_in_corner(self) -> bool:
        return self.tabs.cornerWidget(Qt.Corner.TopRightCorner) is self.export_button

    def _fit_export(self) -> None:
        """Export beside the tabs when both fit in the width, else on its own row above."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        t = themes.current()
        pad = self._tab_pad(t)
        if f"0 {pad}px;" not in self.tabs.styleSheet():
            self.apply_theme(t)  # the tabs' padding changes with the width
            return
        tabs_w = self._tabs_width(t, pad)
        fits = tabs_w + self.export_button.sizeHint().width() + 16 <= room
        if fits == self.export_in_corner():
            return
        if fits:
            self.export_row.removeWidget(self.export_button)
            self.tabs.setCornerWidget(self.export_button, Qt.Corner.TopRightCorner)
        else:
            self.tabs.setCornerWidget(None, Qt.Corner.TopRightCorner)
            self.export_row.addWidget(self.export_button)
        self.export_button.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_export()

    def apply_theme(self, t: themes.Theme) -> None:
        self._theme = t
        pad = t.px(14)
        self.tabs.setStyleSheet(
            f"QTabBar::tab {{ min-height: {t.target_px}px; padding: 0 {self._tab_pad(t)}px;"
            f" font-size: {t.px(20)}px; border: none; border-bottom: 4px solid transparent;"
            f" color: {t.muted}; background: transparent; }}"
            f" QTabBar::tab:selected {{ color: {t.text}; border-bottom-color: {t.accent};"
            f" font-weight: 600; }}"
            f" QTabWidget::pane {{ border: none; border-top: 1px solid {t.border}; }}"
        )
        self.export_button.setStyleSheet(
            "QToolButton#historyExport::menu-indicator { image: none; width: 0; }")
        self.export_menu.setStyleSheet(
            f"QMenu {{ background: {t.surface}; border: 1px solid {t.border}; }}"
            f" QMenu::item {{ padding: {pad}px {t.px(28)}px; }}"
            f" QMenu::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}"
        )
        self.export_button.setMinimumHeight(t.target_px)
        self._fit_export()
        self.charts.apply_theme(t)
        self.browser.apply_theme(t)

    # -- the contract ----------------------------------------------------------------------
    def set_profile(self, profile_id: int) -> None:
        if profile_id != self.profile_id:
            self.profile_id = profile_id
            self.charts.period = DEFAULT_PERIOD
        self.refresh()

    def refresh(self) -> None:
        """Re-read the log (after a session ends, an import, a change of theme)."""
        self._generation += 1
        if themes.current() != self._theme:  # re-styling every widget costs ~0.1 s: only on change
            self.apply_theme(themes.current())
        if self.profile_id is None:
            return
        since = self.clock.now() - timedelta(days=FIRST_READ_DAYS)
        recent = self._read(since=since)
        if recent is None:
            return
        self.records = recent
        self._older_than = since
        self._chunk_days = 365
        self.loading = True
        self.data = HistoryData(recent)
        self.charts.set_data(self.data)
        self.browser.set_sessions(recent, self.profile_id)
        QTimer.singleShot(0, lambda g=self._generation: self._load_older(g))

    def open_session(self, session_id: str) -> None:
        self.tabs.setCurrentWidget(self.browser)
        self.browser.select_session(session_id)
        self.sessionOpened.emit(session_id)

    # -- reading in steps ------------------------------------------------------------------
    def _read(self, since: datetime | None = None,
              until: datetime | None = None) -> list[SessionRecord] | None:
        try:
            records = self.store.sessions(self.profile_id, since=since, until=until)
        except StorageError as exc:
            self.loading = False
            self.error.setText(self.tr("⚠ The history could not be read: {e}").format(e=exc))
            self.error.show()
            return None
        self.error.hide()
        return records

    def _load_older(self, generation: int) -> None:
        """Read the next older stretch, sized to take about STEP_S, then yield to the UI."""
        if generation != self._generation or self._older_than is None:
            return
        until = self._older_than
        since = until - timedelta(days=self._chunk_days)
        started = time.perf_counter()
        chunk = self._read(since=since, until=until)
        done = False
        if chunk is not None and not chunk:  # a stretch without sessions: take all the rest
            chunk, done = self._read(until=until), True
        if chunk is None:
            return
        took = max(time.perf_counter() - started, 1e-3)
        self._chunk_days = int(min(MAX_CHUNK_DAYS, max(MIN_CHUNK_DAYS,
                                                       self._chunk_days * STEP_S / took)))
        self._older_than = since
        if chunk:
            self.records = chunk + self.records
            self.data = HistoryData.joined([HistoryData(chunk), self.data])
            self.browser.add_older(chunk)
        # Redraw now only if the charts look further back than what they show; else at the end.
        shown_from = self.charts.data.t[0] if len(self.charts.data) else float("inf")
        if done or self.charts.chart().x_range()[0] < shown_from:
            self.charts.set_data(self.data)
        if done:
            self.loading = False
            self.loaded.emit()
        else:
            QTimer.singleShot(0, lambda: self._load_older(generation))

    # -- deletes and undo from the browser ---------------------------------------------------
    def _on_deleted(self, session_id: str) -> None:
        self.records = [r for r in self.records if r.id != session_id]
        self.data = HistoryData(self.records)
        self.charts.set_data(self.data)

    def _on_restored(self, record: SessionRecord) -> None:
        if record.profile_id != self.profile_id:
            return
        self.records.append(record)
        self.records.sort(key=lambda r: (r.started_at, r.id))
        self.data = HistoryData(self.records)
        self.charts.set_data(self.data)
