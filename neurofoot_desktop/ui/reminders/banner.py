"""A calm banner at the top of the window: the reminder where the desktop shows no tray, and
the place its answers are given when the window is open. No red, no alarm, no counts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from neurofoot_desktop.core.reminders import SNOOZE_MINUTES
from neurofoot_desktop.ui.reminders import words as rwords
from neurofoot_desktop.ui.widgets.controls import button, label
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout


class ReminderBanner(QFrame):
    begin = Signal(int)
    snooze = Signal(int, int)  # profile id, minutes
    notToday = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setProperty("role", "card")
        self.profile_id: int | None = None
        self._shown: tuple[str, bool] | None = None  # name, missed: to word again
        self.text = label("", "subtitle", name="reminderText")
        self.begin_button = button("", "primary", "reminderBegin")
        self.begin_button.clicked.connect(lambda: self._answer(self.begin.emit))
        self.snooze_buttons = []
        for minutes in SNOOZE_MINUTES:
            b = button("", name=f"reminderSnooze{minutes}")
            b.clicked.connect(lambda _=False, m=minutes: self._answer(
                lambda pid: self.snooze.emit(pid, m)))
            self.snooze_buttons.append((minutes, b))
        self.not_today = button("", name="reminderNotToday")
        self.not_today.clicked.connect(lambda: self._answer(self.notToday.emit))
        row = FlowLayout()
        for b in (self.begin_button, *(b for _m, b in self.snooze_buttons), self.not_today):
            row.addWidget(b)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        holder = QHBoxLayout()
        holder.addLayout(row, 1)
        column.addLayout(holder)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.begin_button.setText(self.tr("Begin now"))
        for minutes, b in self.snooze_buttons:
            b.setText(rwords.snooze_words(minutes))
        self.not_today.setText(self.tr("Not today"))
        for b in (self.begin_button, self.not_today, *(b for _m, b in self.snooze_buttons)):
            b.setAccessibleName(b.text())
        if self._shown is not None:
            self.text.setText(rwords.reminder_words(*self._shown))
            self.setAccessibleName(self.text.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_for(self, profile_id: int, name: str, missed: bool) -> None:
        self.profile_id = profile_id
        self._shown = (name, missed)
        self.text.setText(rwords.reminder_words(name, missed))
        self.setAccessibleName(self.text.text())
        self.show()
        self.begin_button.setFocus()

    def _answer(self, emit: object) -> None:
        pid = self.profile_id
        self.hide()
        if pid is not None:
            emit(pid)  # type: ignore[operator]
