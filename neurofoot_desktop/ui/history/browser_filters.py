"""The bar above the session list: whose sessions, which ones, a note search, a date to jump to.

It only gathers what the person asks for; which sessions match is decided in
core/session_filter.py, so the widget holds no rule of its own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.session_filter import SessionFilter
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout

SEARCH_PAUSE_MS = 250  # search once typing pauses, not on every key


class FilterBar(QWidget):
    changed = Signal()  # the filter (toggles or search words) changed
    jumpRequested = Signal(object)  # a datetime.date
    personChosen = Signal(int)  # a profile id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Whose sessions"))
        self.person.activated.connect(self._on_person)
        self.search = QLineEdit()
        self.search.setObjectName("noteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the notes"))
        self.search.setAccessibleName(self.tr("Search the notes"))
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._pause.start())
        self.search.returnPressed.connect(self._search_now)

        self.stopped = self._toggle(self.tr("Stopped"))
        self.warnings = self._toggle(self.tr("Warning signs"))
        self.notes = self._toggle(self.tr("Has notes"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Date to go to"))
        self.go = QPushButton(self.tr("Go to date"))
        self.go.clicked.connect(lambda: self.jumpRequested.emit(self.day.date().toPython()))
        self.count = QLabel()
        self.count.setProperty("role", "muted")

        # The person and the search share a line; the rest wraps (200 %, Spanish, 1024 px).
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.person)
        top.addWidget(self.search, 1)
        below = FlowLayout(spacing=themes.current().px(8))
        below.addWidget(self.day)
        below.addWidget(self.go)
        for button in (self.stopped, self.warnings, self.notes):
            below.addWidget(button)
        self.count.setWordWrap(True)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(top)
        root.addLayout(below)
        root.addWidget(self.count)
        self.apply_theme(themes.current())

    def _toggle(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.toggled.connect(lambda _: self.changed.emit())
        return button

    def apply_theme(self, t: themes.Theme) -> None:
        for w in (self.person, self.search, self.day, self.go,
                  self.stopped, self.warnings, self.notes):
            w.setMinimumHeight(t.target_px)

    def _search_now(self) -> None:
        self._pause.stop()
        self.changed.emit()

    def _on_person(self, index: int) -> None:
        self.personChosen.emit(int(self.person.itemData(index)))

    # -- what the browser reads -------------------------------------------------------------
    def value(self) -> SessionFilter:
        return SessionFilter(stopped=self.stopped.isChecked(),
                             warnings=self.warnings.isChecked(),
                             notes=self.notes.isChecked(), search=self.search.text())

    def set_people(self, people: list[tuple[int, str]], current: int | None) -> None:
        """One entry per person; hidden when there is only one, as there is nothing to choose."""
        self.person.blockSignals(True)
        self.person.clear()
        for pid, name in people:
            self.person.addItem(name, pid)
            if pid == current:
                self.person.setCurrentIndex(self.person.count() - 1)
        self.person.blockSignals(False)
        self.person.setVisible(len(people) > 1)

    def set_count(self, shown: int, total: int, active: bool) -> None:
        self.count.setText(self.tr("{shown} of %n session(s)", "", total)
                           .format(shown=shown) if active else "")

    def set_day_range(self, first: date, last: date) -> None:
        self.day.setDateRange(QDate(first), QDate(last))
