"""The rating card after each step on each foot: how comfortable was that?

Number keys set the value (1 then 0 within a second gives 10), arrows move it,
Enter saves. "It hurts — stop" is a separate, clearly different button.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QSlider,
    QWidget,
)

from neurofoot_desktop.ui.widgets.controls import button, card, centered, label, mark_when_checked
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout

TEN_WINDOW_S = 1.0


class RatingCard(QWidget):
    rated = Signal(int, object, str)  # comfort, feel (str | None), note
    hurt = Signal(str)  # note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_digit: tuple[int, float] | None = None
        self.heading = label("", "subtitle", name="rating_heading")
        self.question = label(self.tr("How comfortable was that?"), "title", name="question")
        self.value = label("", "countdown", wrap=False, name="comfort_value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meaning = label("", "muted", name="comfort_meaning")
        self.meaning.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("comfort")
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(self.tr("Comfort from 0, painful, to 10, very comfortable"))
        self.slider.valueChanged.connect(self._show_value)
        ends = QHBoxLayout()
        ends.addWidget(label(self.tr("0 · painful"), wrap=False))
        ends.addStretch(1)
        ends.addWidget(label(self.tr("10 · very comfortable"), wrap=False))

        self.feel_group = QButtonGroup(self)
        self.feel_group.setExclusive(False)  # optional: a second click clears it
        self.feel_buttons = {}
        feel_row = FlowLayout(spacing=10)
        feel_row.addWidget(label(self.tr("The pressure was (optional):"), wrap=False))
        for feel, text in (("too_light", self.tr("Too light")),
                           ("just_right", self.tr("Just right")),
                           ("too_firm", self.tr("Too firm"))):
            b = button(text, name=feel)
            b.setCheckable(True)
            mark_when_checked(b)
            b.setAccessibleName(self.tr("The pressure was {feel}").format(feel=text.lower()))
            b.toggled.connect(lambda on, f=feel: self._feel_toggled(f, on))
            self.feel_group.addButton(b)
            self.feel_buttons[feel] = b
            feel_row.addWidget(b)

        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("A short note (optional)"))
        self.note.setAccessibleName(self.tr("Note about this step"))
        self.note.setMaxLength(500)
        self.note.returnPressed.connect(self.save)

        self.hurts = button(self.tr("It hurts — stop"), "danger", "rating_hurts")
        self.hurts.clicked.connect(lambda: self.hurt.emit(self.note.text()))
        self.confirm = button(self.tr("Save and continue  (Enter)"), "primary", "save_rating")
        self.confirm.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hurts)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        self.keys = label(self.tr("Keys: 0–9 (1 then 0 for 10) · ← → · Enter to save"), "muted")

        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.meaning.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addSpacing(16)
        value_row.addWidget(self.meaning, 1)
        panel = card(self.heading, self.question)
        panel.layout().addLayout(value_row)
        panel.layout().addWidget(self.slider)
        panel.layout().addLayout(ends)
        panel.layout().addSpacing(10)
        panel.layout().addLayout(feel_row)
        panel.layout().addWidget(self.note)
        panel.layout().addStretch(1)
        panel.layout().addWidget(self.keys)
        page = centered(panel, 1100)
        # The two actions stay in view below the card, even when large type makes it scroll.
        buttons.setContentsMargins(32, 0, 32, 16)
        page.addLayout(buttons)
        self.setLayout(page)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self).activated.connect(self.save)
        self.setFocusProxy(self.slider)

    def begin(self, heading: str, start_value: int = 7) -> None:
        self.heading.setText(heading)
        self.slider.setValue(start_value)
        self._show_value(start_value)
        for b in self.feel_buttons.values():
            b.setChecked(False)
        self.note.clear()
        self._last_digit = None
        self.slider.setFocus()

    @property
    def feel(self) -> str | None:
        return next((f for f, b in self.feel_buttons.items() if b.isChecked()), None)

    def save(self) -> None:
        self.rated.emit(self.slider.value(), self.feel, self.note.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and not self.note.hasFocus():
            self.type_digit(int(text))
            return
        super().keyPressEvent(event)

    def type_digit(self, digit: int, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        last = self._last_digit
        if digit == 0 and last and last[0] == 1 and now - last[1] <= TEN_WINDOW_S:
            self.slider.setValue(10)
            self._last_digit = None
            return
        self.slider.setValue(digit)
        self._last_digit = (digit, now)

    def _feel_toggled(self, feel: str, on: bool) -> None:
        if on:  # behave like radio buttons that can also be cleared
            for other, b in self.feel_buttons.items():
                if other != feel and b.isChecked():
                    b.setChecked(False)

    def _show_value(self, value: int) -> None:
        self.value.setText(str(value))
        words = {0: self.tr("Painful"), 1: self.tr("Very uncomfortable"),
                 3: self.tr("Uncomfortable"), 5: self.tr("So-so"), 7: self.tr("Comfortable"),
                 9: self.tr("Very comfortable")}
        meaning = words[max(k for k in words if k <= value)]
        self.meaning.setText(meaning)
        self.slider.setAccessibleDescription(f"{value} – {meaning}")
