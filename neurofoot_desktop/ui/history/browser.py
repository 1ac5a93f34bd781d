"""The session browser: every session of one person, newest first, and its details.

A list (date, duration, status, average comfort, warnings) beside the chosen
session's details: each step on each foot, the light-touch check, warning signs,
and the note, which can be edited. A session can be deleted after a confirmation;
Undo puts it back, for as long as the program runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.history import duration_s
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.session import Outcome
from neurofoot_desktop.core.session_filter import filter_sessions, row_for_date
from neurofoot_desktop.storage import Store, removal
from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.repository import SessionRecord
from neurofoot_desktop.ui import dialogs, i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history import symbols
from neurofoot_desktop.ui.history.browser_filters import FilterBar
from neurofoot_desktop.ui.history.session_list import (
    SessionListModel,
    column_widths,
    minutes_text,
    warnings_text,
)
from neurofoot_desktop.ui.history.step_table import StepTable
from neurofoot_desktop.ui.history.text import local_date_text


class _Splitter(QSplitter):
    """Asks only for its minimum: the tab scrolls only when the window is shorter than the
    filters, four sessions and a little of the details (not for the details' whole height)."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class SessionBrowser(QWidget):
    """List of sessions and the chosen one's details; edits the note, deletes with undo."""

    sessionDeleted = Signal(str)  # session id, already removed from the log
    sessionRestored = Signal(object)  # the SessionRecord put back by Undo
    noteSaved = Signal(str)  # session id

    def __init__(self, store: Store, protocol: Protocol | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.protocol = protocol or i18n.current_protocol()
        self.profile_id: int | None = None
        self._undo: list[SessionRecord] = []  # deleted this run, newest last
        self._shown: SessionRecord | None = None
        self._all: list[SessionRecord] = []  # the person's sessions, oldest first

        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.filters.jumpRequested.connect(self.jump_to)

        self.model = SessionListModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.table.setModel(self.model)
        self.table.setObjectName("sessionList")
        self.table.setAccessibleName(self.tr("Sessions, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._list_width = self._list_height = self._last_column = 0
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        # Undo bar: shown after a delete, until everything deleted is back.
        self.undo_bar = QFrame()
        self.undo_bar.setProperty("role", "card")
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(16, 8, 8, 8)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.details = self._build_details()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        self.scroll = scroll

        split = _Splitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.splitter = split

        # The filters wrap onto more lines at large text; where the window is short the whole
        # tab then scrolls (filters, list and details keep their sizes) instead of squashing
        # the list under the filters.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.filters)
        column.addWidget(self.undo_bar)
        column.addWidget(split, 1)
        self.page = QScrollArea()
        self.page.setObjectName("sessionsPage")
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
        self.page.setWidget(body)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.page)
        self.apply_theme(themes.current())
        self._show(None)

    def _build_details(self) -> QWidget:
        box = QWidget()
        box.setObjectName("sessionDetails")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(20, 8, 12, 12)
        lay.setSpacing(12)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.alert = QFrame()
        self.alert.setObjectName("sessionAlert")
        self.alert_layout = QVBoxLayout(self.alert)
        self.alert_layout.setContentsMargins(12, 10, 12, 10)
        self.alert_texts: list[str] = []
        self.touch = QLabel()
        self.touch.setWordWrap(True)
        self.steps = StepTable(0, 5)
        self.steps.setObjectName("stepDetails")
        self.steps.setAccessibleName(self.tr("Steps of this session"))
        self.steps.setHorizontalHeaderLabels([
            self.tr("Step"), self.tr("Time"), self.tr("Pressure"), self.tr("Comfort"),
            self.tr("Feel"),
        ])
        self.steps.step_title = self.tr("Step")
        self.steps.verticalHeader().hide()
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setShowGrid(False)
        self.steps.setAlternatingRowColors(True)
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.horizontalHeader().setStretchLastSection(False)
        self.steps.horizontalHeader().setHighlightSections(False)

        note_label = QLabel(self.tr("Note about this session"))
        note_label.setProperty("role", "subtitle")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything worth remembering about this session"))
        self.note.setAccessibleName(self.tr("Note about this session"))
        self.note.setFixedHeight(themes.current().px(110))
        self.note.textChanged.connect(self._on_note_edited)
        note_label.setBuddy(self.note)
        self.save_note = QPushButton(self.tr("Save note"))
        self.save_note.clicked.connect(self.save_current_note)
        self.note_status = QLabel()
        self.note_status.setProperty("role", "muted")
        self.delete_button = QPushButton(self.tr("Delete this session…"))
        self.delete_button.setProperty("role", "danger")
        self.delete_button.clicked.connect(self.delete_current)
        actions = QHBoxLayout()
        actions.addWidget(self.save_note)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        self.note_status.setWordWrap(True)  # under the buttons: beside them it made the
        # pane wider than a 1024 window at 200 % in Spanish

        self.empty = QLabel(self.tr(
            "No sessions yet. After the first massage, each session is listed here "
            "with every step, how comfortable it was and any note."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        for w in (self.heading, self.summary, self.alert, self.touch, self.steps, note_label,
                  self.note):
            lay.addWidget(w)
        lay.addLayout(actions)
        lay.addWidget(self.note_status)
        lay.addWidget(self.empty)
        lay.addStretch(1)
        self._detail_widgets = [self.heading, self.summary, self.touch, self.steps, note_label,
                                self.note, self.save_note, self.note_status, self.delete_button]
        return box

    def apply_theme(self, t: themes.Theme) -> None:
        self.filters.apply_theme(t)
        row = t.target_px
        for view in (self.table, self.steps):
            view.verticalHeader().setDefaultSectionSize(row)
            item_pad = t.px(8) if view is self.table else 2  # wrapped step titles: no padding
            view.setStyleSheet(
                f"QTableView {{ border: 2px solid {t.border}; border-radius: 10px;"
                f" background: {t.surface}; alternate-background-color: {t.window};"
                f" selection-background-color: {t.accent}; selection-color: {t.accent_text}; }}"
                f" QTableView::item {{ padding: 0 {item_pad}px; }}"
                f" QHeaderView::section {{ background: {t.window}; color: {t.text};"
                f" border: none; border-bottom: 2px solid {t.border};"
                f" padding: {t.px(6)}px {t.px(8)}px; font-weight: 600; }}"
            )
        self.table.setIconSize(QSize(t.px(44), t.px(22)))
        self.alert.setStyleSheet(
            f"QFrame#sessionAlert {{ background: {t.warning_bg}; border: 2px solid {t.warning};"
            f" border-radius: 10px; }} QFrame#sessionAlert QLabel {{ background: transparent; }}"
        )
        widths, head = column_widths(self.model, t, self.table.font())
        for col, w in enumerate(widths[:-1]):  # the last one takes the rest, or its need
            self.table.setColumnWidth(col, w)
        self._last_column = widths[-1]
        self._list_width = (sum(widths) + t.px(8) + 2 * 2  # the frame, and the scroll bar
                            + self.table.verticalScrollBar().sizeHint().width())
        # A list always tall enough for its titles and four sessions.
        self._list_height = (head + 4 * row + 2 * 2
                             + self.table.horizontalScrollBar().sizeHint().height())
        self.table.setMinimumHeight(self._list_height)
        self._fit_orientation(force=True)
        self.model.refresh_icons()
        if self._shown is not None:
            self._show(self._shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_orientation()
        # Stretched, the last column shrank to 100 px at 200 % ("Warnings" cut): at least its
        # need, the list scrolling sideways when the window is narrower than that.
        rest = self.table.viewport().width() - sum(self.table.columnWidth(c) for c in range(4))
        self.table.horizontalHeader().setStretchLastSection(rest >= self._last_column)
        if rest < self._last_column:
            self.table.setColumnWidth(4, self._last_column)

    def _fit_orientation(self, force: bool = False) -> None:
        """List beside the details when both fit (large text can make them too wide): else
        the list above the details, each keeping a usable height (the tab scrolls)."""
        t = themes.current()
        wide = self.width() >= self._list_width + t.px(560)
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation == self.splitter.orientation() and not force:
            return
        self.splitter.setOrientation(orientation)
        self.table.setMinimumWidth(self._list_width if wide else 0)
        self.scroll.setMinimumHeight(0 if wide else t.px(260))
        if wide:
            self.splitter.setSizes([self._list_width, max(1, self.width() - self._list_width)])
        else:
            height = max(self.splitter.height(), 2)
            first = max(self._list_height, height // 2)
            self.splitter.setSizes([first, max(1, height - first)])

    # -- contents ---------------------------------------------------------------------
    def set_sessions(self, records: Sequence[SessionRecord], profile_id: int | None) -> None:
        """Show records (oldest first, as read from the store); keeps the chosen one if there."""
        keep = self._shown.id if self._shown else None
        self._save_pending_note()
        self.profile_id = profile_id
        self._all = list(records)
        try:
            people = [(p.id, p.name) for p in self.store.profiles()]
        except StorageError:
            people = []
        self.filters.set_people(people, profile_id)
        self.model.set_records(filter_sessions(records, self.filters.value()))
        self._count()
        if not (keep and self.select_session(keep)):
            self._select_row(0)

    def add_older(self, records: Sequence[SessionRecord]) -> None:
        had = self.model.rowCount()
        self._all[:0] = records
        self.model.add_older(filter_sessions(records, self.filters.value()))
        self._count()
        if not had:
            self._select_row(0)

    def apply_filter(self) -> None:
        """List only what the filter keeps; the chosen session stays chosen if it is kept."""
        keep = self._shown.id if self._shown else None
        self._save_pending_note()
        self.model.set_records(filter_sessions(self._all, self.filters.value()))
        self._count()
        if not (keep and self.select_session(keep)):
            self._select_row(0)

    def jump_to(self, day: date) -> None:
        """Show the last listed session on or before day (the oldest if all are later)."""
        self._select_row(row_for_date(self.model.rows, day))

    def _count(self) -> None:
        f = self.filters.value()
        self.filters.set_count(self.model.rowCount(), len(self._all), f.active)
        if self._all:
            first, last = self._all[0].started_at, self._all[-1].started_at
            self.filters.set_day_range(first.astimezone().date(), last.astimezone().date())

    def select_session(self, session_id: str) -> bool:
        row = self.model.row_of(session_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def current_record(self) -> SessionRecord | None:
        return self._shown

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show(self.model.rows[row])

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        record = self.model.rows[current.row()] if current.isValid() else None
        if record is not self._shown:
            self._save_pending_note()
            self._show(record)

    # -- details ------------------------------------------------------------------------
    def _show(self, record: SessionRecord | None) -> None:
        self._shown = record
        for w in self._detail_widgets:
            w.setVisible(record is not None)
        self.empty.setVisible(record is None and self.model.rowCount() == 0)
        if record is None:
            self.alert.hide()
            return
        t = record.started_at.timestamp()
        self.heading.setText(local_date_text(t, "dddd d MMMM yyyy, HH:mm"))
        avg = record.average_comfort
        parts = [i18n.status_words(record.status), minutes_text(self, duration_s(record))]
        parts.append(self.tr("average comfort {value} of 10").format(value=f"{avg:.1f}")
                     if avg is not None else self.tr("no comfort ratings"))
        summary = " · ".join(parts)
        if record.status_reason and not record.hurt:
            summary += "\n" + record.status_reason
        self.summary.setText(summary)
        alerts = []
        if record.warnings:
            alerts.append((symbols.WARNING, warnings_text(self, record, self.protocol)))
        hurt = next((s for s in record.steps if s.outcome == Outcome.HURT), None)
        if hurt is not None:
            alerts.append((symbols.STOP, self.tr("Stopped because it hurt: {step}, {foot}.").format(
                step=self._step_title(hurt.step_id), foot=self._foot(hurt.foot))))
        self._fill_alert(alerts)
        self.touch.setText(self._touch_text(record))
        self._fill_steps(record)
        self.note.blockSignals(True)
        self.note.setPlainText(record.note)
        self.note.blockSignals(False)
        self.save_note.setEnabled(False)
        self.note_status.setText("")

    def _fill_alert(self, alerts: list[tuple[object, str]]) -> None:
        """Each warning with its mark (the same shapes as in the charts) and in words."""
        while self.alert_layout.count():
            item = self.alert_layout.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    gone = item.layout().takeAt(0).widget()
                    gone.hide()  # off the screen now (deleteLater waits for the event loop)
                    gone.setParent(None)
                    gone.deleteLater()
        t = themes.current()
        self.alert_texts = [text for _, text in alerts]
        for path, text in alerts:
            row = QHBoxLayout()
            mark = QLabel()
            colour = t.warning if path is symbols.WARNING else t.danger
            mark.setPixmap(symbols.icon([(path, colour)], t.px(28), t.text).pixmap(
                t.px(28), t.px(28)))
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            words = QLabel(text)
            words.setWordWrap(True)
            row.addWidget(mark)
            row.addWidget(words, 1)
            self.alert_layout.addLayout(row)
        self.alert.setVisible(bool(alerts))

    def _touch_text(self, record: SessionRecord) -> str:
        if not record.light_touch:
            return self.tr("Light-touch check: not done.")
        each = [self.tr("{foot} {result}").format(
                    foot=self._foot(f),
                    result=i18n.sensitivity_words(lt.sensitivity, in_sentence=True))
                for f, lt in sorted(record.light_touch.items())]
        return self.tr("Light-touch check: {each}.").format(each=", ".join(each))

    def step_rows(self, record: SessionRecord) -> list[list[str]]:
        """What the step table shows: step, foot, time, pressure, comfort, feel, note."""
        rows = []
        for s in record.steps:
            if s.outcome == Outcome.HURT:
                comfort = self.tr("It hurt")
            elif s.outcome == Outcome.SKIPPED:
                comfort = self.tr("Skipped")
            else:
                comfort = "—" if s.comfort is None else self.tr("{n} of 10").format(n=s.comfort)
            try:
                pressure = self.protocol.pressure(s.pressure).name
            except IndexError:
                pressure = str(s.pressure)
            foot = i18n.foot_words(s.foot, "short")
            rows.append([self._step_title(s.step_id), foot, i18n.clock_text(s.actual_s), pressure,
                         comfort, i18n.feel_words(s.feel), s.note])
        return rows

    def _fill_steps(self, record: SessionRecord) -> None:
        """Steps grouped by foot under a heading row; a note gets a row under its step."""
        rows = self.step_rows(record)
        feet = list(dict.fromkeys(s.foot for s in record.steps))
        lines: list[tuple[str, list[str]]] = []
        for foot in feet:
            lines.append(("foot", [i18n.foot_words(foot, "title")]))
            for step, cells in zip(record.steps, rows, strict=True):
                if step.foot == foot:
                    lines.append(("step", cells))
                    if cells[6]:
                        lines.append(("note", [self.tr("Note: {note}").format(note=cells[6])]))
        hurt = self.tr("It hurt")
        self.steps.fill([(kind, [cells[0], *cells[2:6]] if kind == "step" else cells)
                         for kind, cells in lines],
                        lambda cells: cells[3] == hurt)

    def _step_title(self, step_id: str) -> str:
        try:
            return self.protocol.step(step_id).title
        except KeyError:
            return step_id

    def _foot(self, foot: str) -> str:
        return i18n.foot_words(foot)

    # -- note ---------------------------------------------------------------------------
    def _on_note_edited(self) -> None:
        changed = self._shown is not None and self.note.toPlainText() != self._shown.note
        self.save_note.setEnabled(changed)
        self.note_status.setText(self.tr("Not saved yet") if changed else "")

    def save_current_note(self) -> bool:
        record = self._shown
        if record is None:
            return False
        text = self.note.toPlainText()
        try:
            self.store.set_session_note(record.id, text)
        except StorageError as exc:
            self.note_status.setText(self.tr("The note could not be saved: {e}").format(e=exc))
            return False
        record.note = text
        self.save_note.setEnabled(False)
        self.note_status.setText(self.tr("Note saved."))
        self.noteSaved.emit(record.id)
        return True

    def _save_pending_note(self) -> None:
        """Leaving a session with an edited note keeps the edit rather than losing it."""
        if self._shown is not None and self.note.toPlainText() != self._shown.note:
            self.save_current_note()

    # -- delete and undo -----------------------------------------------------------------
    def confirm_delete(self, record: SessionRecord) -> bool:
        """Asked first; the safe answer ("Keep it") is the default, so Enter does not delete."""
        return dialogs.service().confirm(
            self, self.tr("Delete the session of {date}?").format(
                date=local_date_text(record.started_at.timestamp(), "dddd d MMMM yyyy, HH:mm"))
            + "\n\n" + self.tr("Its steps, ratings and note are removed from the log. You can "
                                "undo this until NeuroFoot is closed."),
            accept=self.tr("Delete session"), reject=self.tr("Keep it"), destructive=True,
            title=self.tr("Delete this session?"))

    def delete_current(self) -> bool:
        record = self._shown
        if record is None or not self.confirm_delete(record):
            return False
        self.note.blockSignals(True)  # an unsaved edit goes with the session
        try:
            removed = removal.delete_session(self.store, record.id)  # with its look and photos
        except (StorageError, KeyError) as exc:
            self.note.blockSignals(False)
            self._error(self.tr("The session could not be deleted: {e}").format(e=exc))
            return False
        self.note.blockSignals(False)
        self._undo.append(removed)
        self._shown = None
        self._all = [r for r in self._all if r.id != record.id]
        row = self.model.remove(record.id)
        self._select_row(min(row, self.model.rowCount() - 1))
        self._update_undo_bar()
        self.sessionDeleted.emit(record.id)
        return True

    def undo_delete(self) -> SessionRecord | None:
        if not self._undo:
            return None
        record = self._undo.pop()
        try:
            removal.put_back(self.store, record)
        except StorageError as exc:
            self._error(self.tr("The session could not be put back: {e}").format(e=exc))
            self._update_undo_bar()
            return None
        if record.profile_id == self.profile_id:
            self._all.append(record)
            self._all.sort(key=lambda r: (r.started_at, r.id))
            if self.filters.value().keeps(record):
                self._select_row(self.model.insert(record))
            self._count()
        self._update_undo_bar()
        self.sessionRestored.emit(record)
        return record

    def can_undo(self) -> bool:
        return bool(self._undo)

    def _update_undo_bar(self) -> None:
        if not self._undo:
            self.undo_bar.hide()
            return
        last = self._undo[-1]
        date = local_date_text(last.started_at.timestamp(), "ddd d MMM yyyy, HH:mm")
        if len(self._undo) == 1:
            text = self.tr("The session of {date} was deleted.").format(date=date)
        else:
            n = len(self._undo)
            text = self.tr("%n session(s) deleted; Undo brings back the last one "
                           "({date}).", "", n).format(date=date)
        self.undo_label.setText(text)
        self.undo_bar.show()

    def _error(self, text: str) -> None:
        dialogs.service().tell(self, text, kind="warning")
