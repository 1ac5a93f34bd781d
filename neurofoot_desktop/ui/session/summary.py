"""The summary: every step on each foot, next time's pressure and why, and any warnings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.session import Outcome
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.widgets.controls import (
    button,
    card,
    centered,
    format_clock,
    label,
    warning_label,
)

FEEL_WORDS = {"too_light": QT_TRANSLATE_NOOP("SummaryPage", "too light"),
              "just_right": QT_TRANSLATE_NOOP("SummaryPage", "just right"),
              "too_firm": QT_TRANSLATE_NOOP("SummaryPage", "too firm")}


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
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wrapped rows must be re-measured whenever the columns get their real widths; the
        # table is then as tall as its rows and the page scrolls, never the table alone.
        header.sectionResized.connect(lambda *_: self._fit_rows())
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
        self.setLayout(centered(body, 1400, margins=(24, 16)))
        self.setFocusProxy(self.finish)

    def show_log(self, log: SessionLog) -> None:
        record = log.record()
        stopped = record.status == "stopped"
        self.title.setText(self.tr("Session stopped early") if stopped
                           else self.tr("Well done: today's massage is complete"))
        minutes = sum(s.actual_s for s in record.steps) / 60
        self.subtitle.setText(self.tr("{name} · {date} · {minutes:.0f} minutes of massage").format(
            name=record.profile_name, date=i18n.local_datetime(record.started_at),
            minutes=minutes))
        reported = [self.protocol.question(w).short for w in record.warnings]
        self.warnings.setVisible(bool(reported))
        self.doctor.setVisible(bool(reported))
        if reported:
            self.warnings.setText("⚠  " + self.tr("Reported today: {items}.").format(
                items=", ".join(reported)))
            self.doctor.setText(self.protocol.advice["doctor_title"] + ". "
                                + self.protocol.advice["doctor_text"])
        results = {(s.step_id, s.foot): s for s in record.steps}
        upcoming = log.next_time()
        self.table.setRowCount(0)
        for (step_id, foot), rec in upcoming.items():
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
                        comfort += f" · {self.tr(FEEL_WORDS[done.feel])}"
                today = self.tr("{time} at {level} ({n})").format(
                    time=format_clock(done.actual_s), level=level.lower(), n=done.pressure)
                today += "\n" + comfort
            next_text = (f"{rec.level} · {self.protocol.pressure(rec.level).name}. "
                         f"{i18n.pressure_reason(rec.reason)}")
            foot_text = self.tr("left foot") if foot == "left" else self.tr("right foot")
            cells = (f"{self.protocol.step(step_id).title}\n{foot_text}", today, next_text)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self._fit_rows()
        self.finish.setFocus()

    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + frame)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""
