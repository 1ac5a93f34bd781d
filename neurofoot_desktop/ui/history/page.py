"""The History page: trend charts and the session browser, with export requests.

Importing this module loads pyqtgraph, so the main window imports it only when the
History page is first opened. The log is read newest first: the recent months at
once (so the page draws quickly), then older years in small steps while the page
stays responsive; the charts and the list grow as they arrive.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.clock import Clock, SystemClock
from neurofoot_desktop.core.history import HistoryData
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.repository import SessionRecord
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history import adherence, footchecks
from neurofoot_desktop.ui.history.charts_panel import DEFAULT_PERIOD, ChartsPanel

if TYPE_CHECKING:
    from neurofoot_desktop.ui.history.browser import SessionBrowser

FIRST_READ_DAYS = 100  # read at once: covers the default period (3 months)
MIN_CHUNK_DAYS, MAX_CHUNK_DAYS = 90, 3660  # then older stretches, newest first,
STEP_S = 0.06  # each sized to take about this long, so the page stays responsive
EXPORT_FORMATS = ("pdf", "csv", "json", "fhir")


class HistoryView(QWidget):
    """Charts and session browser for one person; the lead wires exportRequested."""

    sessionOpened = Signal(str)  # a session chosen by clicking its point in a chart
    exportRequested = Signal(str)  # "csv" | "json" | "pdf" | "fhir"
    loaded = Signal()  # the whole log of this person has been read
    sessionDeleted = Signal(str)  # from the session browser, once it is built
    sessionRestored = Signal(object)  # a SessionRecord brought back by Undo

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
        self._restyle_due = False

        self.charts = ChartsPanel(self.protocol, clock=self.clock)
        self.charts.sessionClicked.connect(self.open_session)
        self._browser: SessionBrowser | None = None  # built when its tab is first opened
        self.sessions_page = QWidget()  # stands in for it until then

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
        self.tabs.addTab(self.sessions_page, self.tr("Sessions"))
        self.tabs.currentChanged.connect(self._on_tab)
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

    def changeEvent(self, event: QEvent) -> None:
        # A theme or text size chosen while History is open: its own style sheets, the
        # charts and the list's columns follow at once, after the application's own style
        # (palette, font and style sheet arrive as three events: one re-styling for all).
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange,
                            QEvent.Type.PaletteChange) and not self._restyle_due:
            self._restyle_due = True
            QTimer.singleShot(0, self, self._follow_theme)  # dropped if the view goes first

    def _follow_theme(self) -> None:
        self._restyle_due = False
        if themes.current() != self._theme:
            self.apply_theme(themes.current())

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
            f" QMenu::item {{ padding: {pad}px {t.px(12)}px; }}"  # within 1024 px at 200 %
            f" QMenu::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}"
        )
        self.export_button.setMinimumHeight(t.target_px)
        self._fit_export()
        self.charts.apply_theme(t)
        if self._browser is not None:
            self._browser.apply_theme(t)

    # -- the Sessions tab, built on first use ------------------------------------------------
    @property
    def browser(self) -> SessionBrowser:
        if self._browser is None:
            self._build_browser()
        assert self._browser is not None
        return self._browser

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.sessions_page:
            self._build_browser()

    def _build_browser(self) -> None:
        """Make the session browser, fill it with what is read so far, put it in its tab."""
        from neurofoot_desktop.ui.history.browser import SessionBrowser

        browser = SessionBrowser(self.store, self.protocol)
        self._browser = browser
        browser.sessionDeleted.connect(self._on_deleted)
        browser.sessionRestored.connect(self._on_restored)
        browser.sessionDeleted.connect(self.sessionDeleted)
        browser.sessionRestored.connect(self.sessionRestored)
        browser.filters.personChosen.connect(self.set_profile)  # History follows
        browser.apply_theme(self._theme or themes.current())
        if self.profile_id is not None:
            browser.set_sessions(list(self.records), self.profile_id)
        index, current = self.tabs.indexOf(self.sessions_page), self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the same tab stays chosen: nothing has changed
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, browser, self.tr("Sessions"))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.sessions_page.deleteLater()

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
        if self._browser is not None:
            self._browser.set_sessions(recent, self.profile_id)
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
            if self._browser is not None:
                self._browser.add_older(chunk)
        # Redraw now only if the charts look further back than what they show; else at the end.
        shown_from = self.charts.data.t[0] if len(self.charts.data) else float("inf")
        if done or self.charts.view_start() < shown_from:
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
