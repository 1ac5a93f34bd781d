"""The summary: every step on each foot, next time's pressure and why, and any warnings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from neurofoot_desktop.core.next_time import needs_doctor_advice
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.session import Outcome
from neurofoot_desktop.core.vocabulary import Status
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import (
    button,
    card,
    centered,
    label,
    warning_label,
)


class SummaryPage(QWidget):
    done = Signal()
    whyRequested = Signal()
    historyRequested = Signal()

    COLUMNS = (QT_TRANSLATE_NOOP("SummaryPage", "Step"), QT_TRANSLATE_NOOP("SummaryPage", "Today"),
               QT_TRANSLATE_NOOP("SummaryPage", "Next time, and why"))

    def __init__(self, protocol: Protocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.title = label("", "title", name="summary_title")
        self.subtitle = label("", "muted", name="summary_subtitle")
        self.warnings = warning_label("", "summary_warnings")
        self.doctor = label("", name="summary_doctor")
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("summary_table")
        self.table.setAccessibleName(self.tr("Today's steps and next time's pressure"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move inside
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Three columns of short sentences that wrap: no sideways scrolling even at 200 %.
        # Equal widths, unless a column's longest word needs more ("Deslizamientos" was
        # cut at 200 % in a 1024 window): _share_columns sets them.
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self._sharing = False
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wrapped rows must be re-measured whenever the columns get their real widths; the
        # table is then as tall as its rows and the page scrolls, never the table alone.
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.installEventFilter(self)  # and when the table itself is resized
        # The column titles wrap too ("La próxima vez, y por qué" was cut at 200 %), and
        # carry their whole words as a tooltip; _fit_rows gives the header their height.
        header.setDefaultAlignment(Qt.AlignmentFlag(
            Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value))
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        for col in range(len(self.COLUMNS)):
            title = self.table.horizontalHeaderItem(col)
            title.setToolTip(title.text())
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.why = button(self.tr("Why this helps"), name="summary_why")
        self.why.clicked.connect(self.whyRequested)
        self.history = button(self.tr("History"), name="summary_history")
        self.history.clicked.connect(self.historyRequested)
        self.finish = button(self.tr("Done"), "primary", "summary_done")
        self.finish.clicked.connect(self.done)
        row = QHBoxLayout()
        row.addWidget(self.why)
        row.addWidget(self.history)
        row.addStretch(1)
        row.addWidget(self.finish)
        body = card(self.title, self.subtitle, self.warnings, self.doctor, self.table)
        body.layout().addLayout(row)
        page = centered(body, 1400, margins=(24, 16))
        self.setLayout(page)
        self.scroll = page.itemAt(0).widget()
        self.setFocusProxy(self.finish)
        keys.install(self, default=lambda: self.finish, back=self.done.emit)

    def show_log(self, log: SessionLog) -> None:
        record = log.record()
        stopped = record.status == Status.STOPPED
        self.title.setText(self.tr("Session stopped early") if stopped
                           else self.tr("Well done: today's massage is complete"))
        minutes = round(sum(s.actual_s for s in record.steps) / 60)
        # Qt's plural form puts the number in for %n ("1 minute", "2 minutes"), then the
        # other fields are filled in (finding 19)
        self.subtitle.setText(self.tr("{name} · {date} · %n minute(s) of massage", "",
                                      minutes).format(
            name=record.profile_name, date=i18n.local_datetime(record.started_at)))
        reported = [self.protocol.question(w).short for w in record.warnings]
        low = [s.comfort for s in record.steps if needs_doctor_advice(s.comfort)]
        if low:
            reported.append(self.tr("a comfort of {n} out of 10").format(n=min(low)))
        self.warnings.setVisible(bool(reported))
        self.doctor.setVisible(bool(reported))
        if reported:
            self.warnings.setText("⚠  " + self.tr("Reported today: {items}.").format(
                items=i18n.join_plain(reported)))
            self.doctor.setText(self.protocol.advice["doctor_title"] + ". "
                                + (self.protocol.advice["doctor_text"] if record.warnings
                                   else i18n.pain_advice()))
        results = {(s.step_id, s.foot): s for s in record.steps}
        upcoming = log.next_time_advice()
        self.table.setRowCount(0)
        for (step_id, foot), (rec, advice) in upcoming.items():
            done = results.get((step_id, foot))
            row = self.table.rowCount()
            self.table.insertRow(row)
            if done is None:
                today = self.tr("not done")
            else:
                level = self.protocol.pressure(done.pressure).name
                if done.outcome == Outcome.SKIPPED:
                    comfort = self.tr("skipped")
                elif done.outcome == Outcome.HURT:
                    comfort = self.tr("stopped: it hurt")
                else:
                    comfort = self.tr("comfort {n} / 10").format(n=done.comfort)
                    if done.feel:
                        comfort += f" · {i18n.feel_words(done.feel, in_sentence=True)}"
                today = self.tr("{time} at {level} ({n})").format(
                    time=i18n.clock_text(done.actual_s), level=level.lower(), n=done.pressure)
                today += "\n" + comfort
            next_text = (f"{advice.level} · {self.protocol.pressure(advice.level).name}. "
                         f"{i18n.next_time_words(advice, i18n.pressure_reason(rec.reason))}")
            foot_text = i18n.foot_words(foot)
            cells = (f"{self.protocol.step(step_id).title}\n{foot_text}", today, next_text)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)  # the whole words, should a narrow window cut a cell
                self.table.setItem(row, col, item)
        self._fit_rows()
        self.scroll.verticalScrollBar().setValue(0)  # reopens at the top, not mid-way
        self.finish.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # a live theme or text-size change: measure again once the new fonts have
            # reached the table (else its cells stay one cut line, issue 14 finding 10)
            QTimer.singleShot(0, self, self._fit_rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # a narrower window: the stretched columns' last width may come without a
            # sectionResized, and the rows must be measured at the width they end with
            QTimer.singleShot(0, self, self._fit_rows)
        return super().eventFilter(watched, event)

    def _share_columns(self) -> None:
        """Each column at least as wide as its longest word; the rest of the width shared
        out equally among the others."""
        t = theme.current()
        pad = 2 * t.px(10) + 8  # the cell's padding and frame
        cells = QFontMetrics(self.table.font())
        bold = QFont(self.table.horizontalHeader().font())
        bold.setBold(True)
        titles = QFontMetrics(bold)
        columns = range(self.table.columnCount())
        need = []
        for c in columns:
            words = [titles.horizontalAdvance(w)
                     for w in self.table.horizontalHeaderItem(c).text().split()]
            for r in range(self.table.rowCount()):
                item = self.table.item(r, c)
                if item is not None:
                    words += [cells.horizontalAdvance(w) for w in item.text().split()]
            need.append(max(words, default=0) + pad)
        total = self.table.viewport().width()
        wide = {c for c in columns if need[c] > total / len(need)}
        rest = [c for c in columns if c not in wide]
        share = (total - sum(need[c] for c in wide)) / max(1, len(rest))
        widths = [need[c] if c in wide else max(need[c], share) for c in columns]
        header = self.table.horizontalHeader()
        self._sharing = True
        try:
            for c in columns:
                if header.sectionSize(c) != round(widths[c]):
                    header.resizeSection(c, round(widths[c]))
        finally:
            self._sharing = False

    def _fit_rows(self) -> None:
        # A late resize or style event can reach us while the window is being torn down.
        if self._sharing or not isValid(self.table):
            return
        self._share_columns()
        self.table.resizeRowsToContents()
        # Qt measures a wrapped cell as if the style sheet's padding took no width, which at
        # 200 % costs a line: each row as tall as its words at the width they really get.
        t = theme.current()
        metrics = QFontMetrics(self.table.font())
        for r in range(self.table.rowCount()):
            need = 0
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                inner = max(1, self.table.columnWidth(c) - 2 * t.px(10) - 6)
                if item is not None:
                    need = max(need, metrics.boundingRect(
                        0, 0, inner, 100000, int(Qt.TextFlag.TextWordWrap), item.text()).height())
            self.table.setRowHeight(r, max(self.table.rowHeight(r), need + 2 * t.px(4) + 6))
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # measured as if bold: the style may draw the titles so
        titles = QFontMetrics(bold)
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        tall = 0
        for c in range(self.table.columnCount()):
            inner = max(1, header.sectionSize(c) - 2 * margin - 4)
            text = self.table.horizontalHeaderItem(c).text()
            tall = max(tall, titles.boundingRect(0, 0, inner, 100000,
                                                 int(Qt.TextFlag.TextWordWrap), text).height())
        header.setMinimumHeight(tall + 2 * margin + t.px(8))
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        head = max(header.height(), header.minimumHeight(), header.sizeHint().height())
        self.table.setFixedHeight(head + rows + frame)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""
