"""The plan editor: days, one or two times, quiet hours, reminders on or off.

The core decides whether a plan can work; a refusal is shown in one sentence under the
fields and nothing is saved until it is fixed. Used by the offer after the first session and
by the Settings section.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.reminders import Plan, PlanError
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.reminders import words as rwords
from neurofoot_desktop.ui.widgets.controls import label
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class PlanEditor(QWidget):
    changed = Signal()  # the person changed a field (the plan may or may not be valid)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "subtitle")
        self.days = [QCheckBox(rwords.weekday_words(d)) for d in range(7)]
        day_row = FlowLayout()
        for d, box in enumerate(self.days):
            box.setObjectName(f"planDay{d}")
            day_row.addWidget(box)
        self.first = QTimeEdit(QTime(10, 0))
        self.second_on = QCheckBox()
        self.second = QTimeEdit(QTime(18, 0))
        self.quiet_on = QCheckBox()
        self.quiet_start = QTimeEdit(QTime(21, 0))
        self.quiet_end = QTimeEdit(QTime(8, 0))
        self.reminders = QCheckBox()
        self.reminders.setChecked(True)
        for edit in (self.first, self.second, self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        # Every time field has a label of its own (its buddy), besides the switch before it.
        self.first_label = label("")
        self.first_at = label("", wrap=False)
        self.second_at = label("", wrap=False)
        self.quiet_from = label("", wrap=False)
        self.quiet_to = label("", wrap=False)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        # The quiet hours' two fields go on a line of their own under their switch: beside
        # it they would not fit a 1366-pixel screen at 200 % text in Spanish.
        rows = ((self.first_label, ((self.first_at, self.first),)),
                (self.second_on, ((self.second_at, self.second),)),
                (self.quiet_on, ()),
                (None, ((self.quiet_from, self.quiet_start), (self.quiet_to, self.quiet_end))))
        for row, (lead, fields) in enumerate(rows):
            line = QHBoxLayout()
            line.setSpacing(8)
            for words, edit in fields:
                words.setBuddy(edit)
                line.addWidget(words)
                line.addWidget(edit)
            line.addStretch(1)
            if lead is None:  # indented under the switch above, across both columns
                line.setContentsMargins(theme.current().px(40), 0, 0, 0)
                grid.addLayout(line, row, 0, 1, 2)
            elif fields:
                grid.addWidget(lead, row, 0)
                grid.addLayout(line, row, 1)
            else:
                grid.addWidget(lead, row, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.problem = label("", "warning", name="planProblem")
        self.problem.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(day_row)
        column.addLayout(grid)
        column.addWidget(self.reminders)
        column.addWidget(self.problem)
        self.second_on.toggled.connect(self.second.setEnabled)
        self.quiet_on.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_on.toggled.connect(self.quiet_end.setEnabled)
        for box in (*self.days, self.second_on, self.quiet_on, self.reminders):
            box.toggled.connect(self._changed)
        for edit in (self.first, self.second, self.quiet_start, self.quiet_end):
            edit.timeChanged.connect(self._changed)
        self._loading = False
        self.load(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Which days, and when?"))
        for d, box in enumerate(self.days):
            box.setText(rwords.weekday_words(d))
            box.setAccessibleName(box.text())
        self.first_label.setText(self.tr("Each planned day"))
        self.first_at.setText(self.tr("at"))
        self.second_on.setText(self.tr("And again"))
        self.second_at.setText(self.tr("at"))
        self.quiet_on.setText(self.tr("Quiet hours"))
        self.quiet_from.setText(self.tr("from"))
        self.quiet_to.setText(self.tr("to"))
        self.second_on.setAccessibleName(self.tr("A second time each planned day"))
        self.quiet_on.setAccessibleName(self.tr("Quiet hours"))
        self.reminders.setAccessibleName(self.reminders.text())
        self.reminders.setText(self.tr("Remind me on these days"))
        for edit, words in ((self.first, self.tr("First time")),
                            (self.second, self.tr("Second time")),
                            (self.quiet_start, self.tr("Quiet hours start")),
                            (self.quiet_end, self.tr("Quiet hours end"))):
            edit.setAccessibleName(words)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, plan: Plan | None) -> None:
        self._loading = True
        try:
            self._show(plan)
        finally:
            self._loading = False

    def _show(self, plan: Plan | None) -> None:
        days = plan.days if plan else frozenset({0, 2, 4})
        for d, box in enumerate(self.days):
            box.setChecked(d in days)
        times = plan.times if plan else (time(10),)
        self.first.setTime(_qtime(times[0]))
        self.second_on.setChecked(len(times) > 1)
        self.second.setEnabled(len(times) > 1)
        if len(times) > 1:
            self.second.setTime(_qtime(times[1]))
        quiet = plan is not None and plan.quiet_start is not None
        self.quiet_on.setChecked(quiet)
        self.quiet_start.setEnabled(quiet)
        self.quiet_end.setEnabled(quiet)
        if plan and plan.quiet_start and plan.quiet_end:
            self.quiet_start.setTime(_qtime(plan.quiet_start))
            self.quiet_end.setTime(_qtime(plan.quiet_end))
        self.reminders.setChecked(plan.reminders if plan else True)
        self.problem.hide()

    def plan(self) -> Plan | None:
        """The plan on screen, or None with the refusal shown under the fields."""
        times = [_time(self.first.time())]
        if self.second_on.isChecked():
            times.append(_time(self.second.time()))
        try:
            plan = Plan(frozenset(d for d, box in enumerate(self.days) if box.isChecked()),
                        tuple(times),
                        _time(self.quiet_start.time()) if self.quiet_on.isChecked() else None,
                        _time(self.quiet_end.time()) if self.quiet_on.isChecked() else None,
                        self.reminders.isChecked())
        except PlanError as refused:
            self.problem.setText(rwords.plan_refusal_words(refused.reason))
            self.problem.show()
            return None
        self.problem.hide()
        return plan


class PlanDialog(QDialog):
    """The editor in a window of its own, for the offer after the first session."""

    def __init__(self, name: str, plan: Plan | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A plan for {name}").format(name=name))
        self.editor = PlanEditor()
        self.editor.load(plan)
        self.result_plan: Plan | None = None
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._save)
        box.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.editor)
        column.addWidget(box)

    def _save(self) -> None:
        plan = self.editor.plan()
        if plan is not None:
            self.result_plan = plan
            self.accept()
