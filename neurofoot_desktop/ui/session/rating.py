"""The rating card after each step on each foot: how comfortable was that?

No number is chosen until the person chooses one: a preset would be saved as if they had
said it. Digits (1 then 0 within a second gives 10), arrows, the mouse and eleven large
number buttons all choose; Enter saves only once a number is chosen. "Too light / just
right / too firm" is asked after a comfort of 6 or less (and may be skipped). "It hurts —
stop" is a separate, clearly different button; its key (H, in Spanish D) works here as on
the player, Esc asks to stop the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.clock import Clock, SystemClock
from neurofoot_desktop.core.vocabulary import Feel
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.widgets.controls import button, card, centered, label, mark_when_checked
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout

TEN_WINDOW_S = 1.0
FEEL_ASKED_UP_TO = 6  # a comfort of 6 or less asks which way the pressure should go
NUMBER_MIN_PX = 48  # the smallest number target, before text scaling


class RatingCard(QWidget):
    rated = Signal(int, object, str)  # comfort, feel (str | None), note
    hurt = Signal(str)  # note
    stopRequested = Signal()  # Esc: the main window asks before stopping

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()  # times the "1 then 0" that types a 10
        self._last_digit: tuple[int, float] | None = None
        self._direction_first = False
        self.heading = label("", "subtitle", name="rating_heading")
        self.question = label(self.tr("How comfortable was that?"), "title", name="question")
        self.value = label("", "countdown", wrap=False, name="comfort_value")
        self.meaning = label("", "muted", name="comfort_meaning")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.meaning.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        # Eleven large targets: a recipient whose hands are free can rate with the mouse.
        self.number_group = QButtonGroup(self)
        self.number_group.setExclusive(True)
        self.numbers: list[QPushButton] = []
        numbers_row = QHBoxLayout()
        numbers_row.setSpacing(6)
        for n in range(11):
            b = button(str(n), "number", f"comfort_{n}")
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            # The theme's side padding left no room for "10" at 200 % (drawn as "1(").
            b.setStyleSheet("padding-left: 2px; padding-right: 2px;")
            b.setAccessibleName(self.tr("Comfort {n} of 10").format(n=n))
            b.clicked.connect(lambda _=False, n=n: self.choose(n))
            self.number_group.addButton(b, n)
            self.numbers.append(b)
            numbers_row.addWidget(b)
        self._size_numbers()
        ends = QHBoxLayout()
        ends.addWidget(label(self.tr("0 · painful"), wrap=False))
        ends.addStretch(1)
        ends.addWidget(label(self.tr("10 · very comfortable"), wrap=False))
        self.hint = label("", "warning", name="rating_hint")
        self.hint.setVisible(False)

        self.feel_group = QButtonGroup(self)
        self.feel_group.setExclusive(False)  # optional: a second click clears it
        self.feel_buttons: dict[str, QPushButton] = {}
        self.feel_question = label(self.tr("The pressure was (optional):"), name="feel_question")
        feel_row = FlowLayout(spacing=10)
        for feel in Feel:
            text = i18n.feel_words(feel)
            b = button(text, name=feel.value)
            b.setCheckable(True)
            mark_when_checked(b)
            b.setAccessibleName(self.tr("The pressure was {feel}").format(
                feel=i18n.feel_words(feel, in_sentence=True)))
            b.toggled.connect(lambda on, f=feel: self._feel_toggled(f, on))
            self.feel_group.addButton(b)
            self.feel_buttons[feel] = b
            feel_row.addWidget(b)

        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("A short note (optional)"))
        self.note.setAccessibleName(self.tr("Note about this step"))
        self.note.setMaxLength(500)
        # Enter in the note reaches keyPressEvent below (QLineEdit passes it on): it saves.

        # The key names the words in the screen's language (H "It hurts", D "Duele"); the
        # player takes the same letter from the same text, so one key stops on both.
        self.hurt_key = self.tr("H", "key for: It hurts")
        self.hurts = button(self.tr("It hurts — stop"), "danger", "rating_hurts",
                            tip=self.tr("Stop at once and lower the pressure next time "
                                        "({key})").format(key=self.hurt_key))
        self.hurts.clicked.connect(lambda: self.hurt.emit(self.note.text()))
        self.confirm = button(self.tr("Save and continue"), "primary", "save_rating")
        self.confirm.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hurts)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        self.keys = label(self.tr("Keys: 0–9 (1 then 0 for 10) · ← → · Enter to save · "
                                  "{hurt} it hurts · Esc stop").format(hurt=self.hurt_key),
                          "muted", name="rating_keys")

        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addSpacing(16)
        value_row.addWidget(self.meaning, 1)
        panel = card(self.heading, self.question)
        panel.layout().addLayout(value_row)
        panel.layout().addLayout(numbers_row)
        panel.layout().addLayout(ends)
        panel.layout().addWidget(self.hint)
        panel.layout().addSpacing(10)
        # the direction question in one box, so begin() can put it first (issue 17)
        self.feel_box = QWidget()
        feel_layout = QVBoxLayout(self.feel_box)
        feel_layout.setContentsMargins(0, 0, 0, 0)
        feel_layout.addWidget(self.feel_question)
        feel_layout.addLayout(feel_row)
        panel.layout().addWidget(self.feel_box)
        self._feel_at = panel.layout().indexOf(self.feel_box)
        panel.layout().addWidget(self.note)
        panel.layout().addStretch(1)
        panel.layout().addWidget(self.keys)
        page = centered(panel, 1100)
        # The two actions stay in view below the card, even when large type makes it scroll.
        buttons.setContentsMargins(32, 0, 32, 16)
        page.addLayout(buttons)
        self.setLayout(page)
        # The card itself takes the focus first, so Enter with nothing chosen says so
        # instead of activating a number the person never pointed at.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # ...and a screen reader says what that stop is for (it was an unnamed filler).
        self.setAccessibleName(self.question.text())
        self.setAccessibleDescription(self.tr("Type a number from 0 to 10, or Tab to the "
                                              "number buttons."))
        light, right, firm = (self.feel_buttons[f] for f in Feel)
        self.setTabOrder(self.numbers[-1], light)
        self.setTabOrder(light, right)
        self.setTabOrder(right, firm)
        self.setTabOrder(firm, self.note)
        self.setTabOrder(self.note, self.hurts)
        self.setTabOrder(self.hurts, self.confirm)
        for b in (*self.numbers, *self.feel_buttons.values()):
            b.installEventFilter(self)

    def _size_numbers(self) -> None:
        """Each number as tall as the text size asks and at least 48 px wide, but no wider
        than "10" needs: at 200 % the eleven scaled squares ran past a 1024 px window's
        edge and hid the 10."""
        side = max(NUMBER_MIN_PX, theme.current().px(NUMBER_MIN_PX))
        for b in self.numbers:
            b.ensurePolished()
            need = b.fontMetrics().horizontalAdvance("10") + 12  # the padding and border
            b.setMinimumSize(max(NUMBER_MIN_PX, need), side)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # a live change of the text size: measured once the buttons have their new font
            QTimer.singleShot(0, self._size_numbers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows move within the numbers or the three pressure words, not on to the
        next control (a plain QPushButton would move the Tab focus)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._arrow(self.focusWidget(), key in (Qt.Key.Key_Right, Qt.Key.Key_Down))
                return True
        return super().eventFilter(watched, event)

    def begin(self, heading: str, direction_first: bool = False) -> None:
        """direction_first: this step has been so-so for a while (core.pressure's
        ask_direction_first), so "too light / just right / too firm?" comes first."""
        self.heading.setText(heading)
        self._direction_first = direction_first
        layout = self.feel_box.parentWidget().layout()
        layout.removeWidget(self.feel_box)
        # just under the question, or in its usual place below the numbers
        layout.insertWidget(layout.indexOf(self.question) + 1 if direction_first
                            else self._feel_at, self.feel_box)
        self.number_group.setExclusive(False)
        for b in self.numbers:
            b.setChecked(False)
        self.number_group.setExclusive(True)
        self._show_value(None)
        for b in self.feel_buttons.values():
            b.setChecked(False)
        self.note.clear()
        self.hint.setVisible(False)
        self._last_digit = None
        if direction_first:
            self.feel_buttons[Feel.TOO_LIGHT].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state ---------------------------------------------------------------------
    @property
    def comfort(self) -> int | None:
        chosen = self.number_group.checkedId()
        return None if chosen < 0 else chosen

    @property
    def feel(self) -> str | None:
        return next((f for f, b in self.feel_buttons.items() if b.isChecked()), None)

    def choose(self, n: int) -> None:
        self.numbers[n].setChecked(True)
        self.hint.setVisible(False)
        self._show_value(n)

    def save(self) -> None:
        comfort = self.comfort
        if comfort is None:
            self.hint.setText("⚠  " + self.tr("Choose a number first: 0 is painful, "
                                              "10 very comfortable."))
            self.hint.setVisible(True)
            return
        self.rated.emit(comfort, self.feel, self.note.text())

    # -- keys -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        text = event.text()
        focus = self.focusWidget()
        in_note = focus is self.note
        if text.isdigit() and not in_note:
            self.type_digit(int(text))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter(focus)
            return
        if in_note:
            super().keyPressEvent(event)
            return
        if text and text.upper() == self.hurt_key.upper():
            self.hurt.emit(self.note.text())
        elif key == Qt.Key.Key_Escape:
            self.stopRequested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._arrow(focus, key in (Qt.Key.Key_Right, Qt.Key.Key_Down))
        else:
            super().keyPressEvent(event)

    def _enter(self, focus: QWidget | None) -> None:
        """Enter activates the focused button; a focused number is chosen, and Enter on
        the number already chosen saves (so "8, Enter" gives 8)."""
        if isinstance(focus, QAbstractButton) and focus in self.numbers:
            if focus.isChecked():
                self.save()
            else:
                focus.click()
        elif isinstance(focus, QAbstractButton):
            focus.click()  # Save and continue, too: its click saves
        else:
            self.confirm.click()  # the page's default (it says so when nothing is chosen)

    def _arrow(self, focus: QWidget | None, forward: bool) -> None:
        """Arrows move within a group: the numbers (choosing) or the three pressure words."""
        feels = list(self.feel_buttons.values())
        if focus in feels:
            i = (feels.index(focus) + (1 if forward else -1)) % len(feels)
            feels[i].setFocus(Qt.FocusReason.TabFocusReason)
            return
        current = self.comfort
        n = (0 if forward else 10) if current is None else current + (1 if forward else -1)
        n = max(0, min(10, n))
        self.choose(n)
        self.numbers[n].setFocus(Qt.FocusReason.OtherFocusReason)

    def type_digit(self, digit: int, now: float | None = None) -> None:
        now = self.clock.monotonic() if now is None else now
        last = self._last_digit
        if digit == 0 and last and last[0] == 1 and now - last[1] <= TEN_WINDOW_S:
            self._last_digit = None
            digit = 10
        else:
            self._last_digit = (digit, now)
        self.choose(digit)
        self.numbers[digit].setFocus(Qt.FocusReason.OtherFocusReason)

    def _feel_toggled(self, feel: str, on: bool) -> None:
        if on:  # behave like radio buttons that can also be cleared
            for other, b in self.feel_buttons.items():
                if other != feel and b.isChecked():
                    b.setChecked(False)

    def _show_value(self, value: int | None) -> None:
        asks = self._direction_first or (value is not None and value <= FEEL_ASKED_UP_TO)
        if self._direction_first:
            self.feel_question.setText(self.tr(
                "This step has been only so-so lately. Was the pressure too light, just right "
                "or too firm?"))
        else:
            self.feel_question.setText(
                self.tr("Was the pressure too light, just right or too firm? (You may skip "
                        "this.)") if asks else self.tr("The pressure was (optional):"))
        self.feel_question.setProperty("role", "subtitle" if asks else "")
        self.feel_question.style().unpolish(self.feel_question)
        self.feel_question.style().polish(self.feel_question)
        if value is None:
            self.value.setText("–")
            self.meaning.setText(self.tr("Choose a number"))
            self.value.setAccessibleName(self.tr("No number chosen yet"))
            return
        self.value.setText(str(value))
        words = {0: self.tr("Painful"), 1: self.tr("Very uncomfortable"),
                 3: self.tr("Uncomfortable"), 5: self.tr("So-so"), 7: self.tr("Comfortable"),
                 9: self.tr("Very comfortable")}
        meaning = words[max(k for k in words if k <= value)]
        self.meaning.setText(meaning)
        self.value.setAccessibleName(f"{value} – {meaning}")
